// Typing into the worksheet as a coder does, keys delivered to the window (so a completer's open
// popup gets them first, as under X): every completing field takes "value, Enter, value, Enter"
// once each; undo and redo by their shortcuts; where focus goes; dates.
#include "browser/CodeBrowser.h"
#include "CommandRun.h"
#include "common/DialogSeams.h"
#include "UiTestSupport.h"
#include "worksheet/ClaimLineRoles.h"
#include "worksheet/Worksheet.h"
#include "worksheetview/ClaimHeaderForm.h"
#include "worksheetview/ClaimLinesTable.h"
#include "worksheetview/FindingsModel.h"
#include "worksheetview/FindingsPanel.h"
#include "worksheetview/WorksheetManager.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTest>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace codedesk;
using namespace codedesk::ui;

class TestWorksheetEntry final : public QObject
{
    Q_OBJECT

private:
    test::WindowFixture m_fixture;

    WorksheetManager *manager() const { return m_fixture.window->worksheets(); }
    QAction *action(const QString &name) const { return m_fixture.window->findChild<QAction *>(name); }
    Worksheet *worksheet() const { return manager()->currentDocument()->worksheet(); }
    WorksheetView *newWorksheet()
    {
        action(u"actionNewWorksheet"_s)->trigger();
        return manager()->currentView();
    }

    // Through the window, as the platform delivers keys: an open popup receives them first.
    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(m_fixture.window->windowHandle(), key, modifiers);
        QCoreApplication::processEvents();
    }
    void type(const QString &text)
    {
        for (QChar c : text) {
            QTest::keyClick(m_fixture.window->windowHandle(), c.toLatin1());
            QCoreApplication::processEvents();
        }
    }
    static bool popupOpen() { return qobject_cast<QAbstractItemView *>(QApplication::activePopupWidget()) != nullptr; }

    // The value a suggestion row stands for: its leading code.
    static QString firstSuggestion()
    {
        auto *popup = qobject_cast<QAbstractItemView *>(QApplication::activePopupWidget());
        return popup ? popup->model()->index(0, 0).data().toString().section(u' ', 0, 0).toUpper() : QString();
    }

    // Types one value into whatever has focus and presses Enter, optionally taking the first
    // suggestion with Down first; returns the value that should land.
    QString enter(const QString &value, bool chooseSuggestion, bool expectPopup)
    {
        type(value);
        if (expectPopup)
            [&] { QTRY_VERIFY(popupOpen()); }();
        QString expected = value;
        if (chooseSuggestion) {
            expected = firstSuggestion();
            key(Qt::Key_Down);
        }
        key(Qt::Key_Return);
        [] { QVERIFY(!popupOpen()); }();
        return expected;
    }

    // The sequence: value, Enter, value, Enter.
    QStringList typeTwice(const QString &first, const QString &second, bool chooseSuggestion, bool expectPopup = true)
    {
        const QString one = enter(first, chooseSuggestion, expectPopup);
        const QString two = enter(second, chooseSuggestion, expectPopup);
        return {one, two};
    }

private Q_SLOTS:
    void init()
    {
        m_fixture.home = std::make_unique<test::TestHome>();
        const test::CommandRun run = test::runCommand(
            {u"codeset"_s, u"import"_s, u"icd10cm"_s, test::TestHome::dataPath(u"codesets/icd10cm-order-entry.txt"_s)});
        QVERIFY2(run.status == 0, qPrintable(run.err));
        m_fixture.start();
        QVERIFY(QTest::qWaitForWindowActive(m_fixture.window.get()));
    }
    void cleanup()
    {
        DialogSeams::queueAnswer(QMessageBox::Discard);
        m_fixture.stop();
        m_fixture.home.reset();
    }

    void diagnosisField_typedCodesAndEnter_addsEachOnce_data()
    {
        QTest::addColumn<bool>("chooseSuggestion");
        QTest::newRow("Enter on the typed code") << false;
        QTest::newRow("Down, Enter on the suggestion") << true;
    }
    void diagnosisField_typedCodesAndEnter_addsEachOnce()
    {
        QFETCH(bool, chooseSuggestion);
        WorksheetView *view = newWorksheet();
        view->diagnosisField()->setFocus();
        const QStringList expected = typeTwice(u"C18.7"_s, u"E11.9"_s, chooseSuggestion);
        QCOMPARE(expected, (QStringList{u"C18.7"_s, u"E11.9"_s})); // each is its own first suggestion
        QCOMPARE(worksheet()->diagnoses(), expected);
        QCOMPARE(view->diagnosisField()->text(), QString());
        QVERIFY(view->diagnosisField()->hasFocus());
    }

    void diagnosisField_suggestionPopup_isAsWideAsItsEntries()
    {
        WorksheetView *view = newWorksheet();
        view->diagnosisField()->setFocus();
        type(u"C18"_s);
        QTRY_VERIFY(popupOpen());
        QWidget *popup = QApplication::activePopupWidget();
        const QString longest = u"C18.9 — Malignant neoplasm of colon, unspecified"_s;
        QVERIFY2(popup->width() >= popup->fontMetrics().horizontalAdvance(longest),
                 qPrintable(QString::number(popup->width())));
        key(Qt::Key_Escape);
    }

    void lineCodeCell_typedCodesAndEnter_makeTwoLines_data() { diagnosisField_typedCodesAndEnter_addsEachOnce_data(); }
    void lineCodeCell_typedCodesAndEnter_makeTwoLines()
    {
        QFETCH(bool, chooseSuggestion);
        WorksheetView *view = newWorksheet();
        view->linesTable()->setFocus();
        key(Qt::Key_Return); // a new line, editing its code
        type(u"47382"_s);
        QTRY_VERIFY(popupOpen());
        if (chooseSuggestion)
            key(Qt::Key_Down);
        key(Qt::Key_Return); // commits the code
        QVERIFY(!popupOpen());
        key(Qt::Key_Return); // the next line
        type(u"47383"_s);
        QTRY_VERIFY(popupOpen());
        if (chooseSuggestion)
            key(Qt::Key_Down);
        key(Qt::Key_Return);
        QCOMPARE(worksheet()->lineCount(), 2);
        QCOMPARE(worksheet()->line(0).code, u"47382"_s);
        QCOMPARE(worksheet()->line(1).code, u"47383"_s);
    }

    void modifierCell_typedTwice_keepsTheSecondOnly_data() { diagnosisField_typedCodesAndEnter_addsEachOnce_data(); }
    void modifierCell_typedTwice_keepsTheSecondOnly()
    {
        QFETCH(bool, chooseSuggestion);
        WorksheetView *view = newWorksheet();
        view->addCodeLine(u"47382"_s);
        ClaimLinesTable *table = view->linesTable();
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, int(ClaimLineColumn::Modifier1)));
        const QStringList expected = typeTwice(u"RT"_s, u"LT"_s, chooseSuggestion);
        QVERIFY(!expected.at(1).isEmpty());
        QCOMPARE(worksheet()->line(0).modifiers, QStringList{expected.at(1)});
        QCOMPARE(worksheet()->lineCount(), 1);
    }

    void linePlaceOfServiceCell_typedTwice_keepsTheSecondOnly()
    {
        WorksheetView *view = newWorksheet();
        view->addCodeLine(u"47382"_s);
        ClaimLinesTable *table = view->linesTable();
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, int(ClaimLineColumn::PlaceOfService)));
        typeTwice(u"22"_s, u"24"_s, false);
        QCOMPARE(worksheet()->line(0).placeOfService, u"24"_s);
        QCOMPARE(worksheet()->lineCount(), 1);
    }

    void pointersCell_typedTwice_keepsTheSecondOnly()
    {
        WorksheetView *view = newWorksheet();
        view->diagnosisField()->setFocus();
        typeTwice(u"C18.7"_s, u"E11.9"_s, false);
        view->addCodeLine(u"47382"_s);
        ClaimLinesTable *table = view->linesTable();
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, int(ClaimLineColumn::Pointers)));
        typeTwice(u"A"_s, u"B,A"_s, false, false);
        QCOMPARE(worksheet()->line(0).pointers, (QList<int>{1, 0}));
        QCOMPARE(worksheet()->diagnoses(), (QStringList{u"C18.7"_s, u"E11.9"_s}));
    }

    void headerPlaceOfService_typedTwice_keepsTheSecondOnly_data()
    {
        diagnosisField_typedCodesAndEnter_addsEachOnce_data();
    }
    void headerPlaceOfService_typedTwice_keepsTheSecondOnly()
    {
        QFETCH(bool, chooseSuggestion);
        WorksheetView *view = newWorksheet();
        QLineEdit *field = view->headerForm()->field(ClaimField::PlaceOfService);
        field->setFocus();
        type(u"22"_s);
        QTRY_VERIFY(popupOpen());
        if (chooseSuggestion)
            key(Qt::Key_Down);
        key(Qt::Key_Return);
        QVERIFY(!popupOpen());
        QCOMPARE(worksheet()->claim().placeOfService, u"22"_s);
        field->selectAll();
        type(u"24"_s);
        QTRY_VERIFY(popupOpen());
        if (chooseSuggestion)
            key(Qt::Key_Down);
        key(Qt::Key_Return);
        QCOMPARE(worksheet()->claim().placeOfService, u"24"_s);
        QCOMPARE(field->text(), u"24"_s);
    }

    void undoRedo_byEveryShortcut_withLabelsInTheCodersWords()
    {
        QTest::failOnWarning(QRegularExpression(u"Ambiguous shortcut"_s));
        WorksheetView *view = newWorksheet();
        view->addCodeLine(u"47382"_s);
        view->addCodeLine(u"47383"_s);
        ClaimLinesTable *table = view->linesTable();
        table->setFocus();
        table->setCurrentIndex(table->model()->index(1, int(ClaimLineColumn::Charge)));
        type(u"3100"_s);
        key(Qt::Key_Return);
        QCOMPARE(worksheet()->line(1).charge->toString(), u"3100.00"_s);
        QAction *undo = action(u"actionUndo"_s);
        QAction *redo = action(u"actionRedo"_s);
        QCOMPARE(undo->text(), u"&Undo Change charge on line 2"_s);
        QVERIFY(table->hasFocus());

        key(Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!worksheet()->line(1).charge);
        QCOMPARE(redo->text(), u"&Redo Change charge on line 2"_s);
        key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(worksheet()->line(1).charge->toString(), u"3100.00"_s);
        key(Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!worksheet()->line(1).charge);
        key(Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(worksheet()->line(1).charge->toString(), u"3100.00"_s);

        // Every entry on the stack reads as a coder would say it: no file-format names.
        QUndoStack *stack = manager()->currentDocument()->undoStack();
        for (int i = 0; i < stack->count(); ++i) {
            const QString text = stack->text(i);
            QVERIFY2(!text.contains(QRegularExpression(u"[a-z][A-Z]"_s)), qPrintable(text)); // camelCase
        }
    }

    void textField_keepsItsOwnUndo()
    {
        WorksheetView *view = newWorksheet();
        view->addCodeLine(u"47382"_s);
        QLineEdit *payer = view->headerForm()->field(ClaimField::Payer);
        payer->setFocus();
        type(u"Medicare"_s);
        QCOMPARE(worksheet()->claim().payer, u"Medicare"_s);
        key(Qt::Key_Z, Qt::ControlModifier); // the field's undo, not the worksheet's
        QVERIFY(payer->text() != u"Medicare"_s);
        QCOMPARE(worksheet()->claim().payer, payer->text());
        QCOMPARE(worksheet()->lineCount(), 1);
        key(Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(payer->text(), u"Medicare"_s);
        QCOMPARE(worksheet()->claim().payer, u"Medicare"_s);
    }

    void newWorksheet_focusIsInTheFirstField_andTypingLandsThere()
    {
        WorksheetView *view = newWorksheet();
        QCOMPARE(QApplication::focusWidget(), view->headerForm()->field(ClaimField::PatientAccount));
        type(u"A77"_s);
        QCOMPARE(worksheet()->claim().patientAccount, u"A77"_s);
    }

    void addToWorksheet_focusIsOnTheNewLine()
    {
        WorksheetView *view = newWorksheet();
        view->addCodeLine(u"47382"_s);
        view->headerForm()->field(ClaimField::Payer)->setFocus();
        QVERIFY(m_fixture.window->codeBrowser()->selectCode(u"47383"_s));
        action(u"actionAddToWorksheet"_s)->trigger();
        QCOMPARE(worksheet()->lineCount(), 2);
        QCOMPARE(QApplication::focusWidget(), view->linesTable());
        QCOMPARE(view->linesTable()->currentIndex().row(), 1);
        key(Qt::Key_Delete); // keys now act on that line
        QCOMPARE(worksheet()->lineCount(), 1);
        QCOMPARE(worksheet()->line(0).code, u"47382"_s);
    }

    void tab_goesHeaderThenDiagnosesThenLines()
    {
        WorksheetView *view = newWorksheet();
        const QList<ClaimField> header{ClaimField::PatientAccount, ClaimField::Payer,        ClaimField::DateOfService,
                                       ClaimField::PlaceOfService, ClaimField::RenderingNpi, ClaimField::Notes};
        view->headerForm()->field(header.first())->setFocus();
        for (qsizetype i = 1; i < header.size(); ++i) {
            key(Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget(), view->headerForm()->field(header.at(i)));
        }
        key(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), view->diagnosisField());
        key(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), view->diagnosisList());
        key(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), view->linesTable());
    }

    void mnemonics_reachTheirFields_andNeverAMenu()
    {
        WorksheetView *view = newWorksheet();
        QSet<QChar> menuKeys;
        for (QAction *menu : m_fixture.window->menuBar()->actions()) {
            const QString text = menu->text();
            const qsizetype amp = text.indexOf(u'&');
            QVERIFY(amp >= 0);
            menuKeys << text.at(amp + 1).toLower();
        }
        int labels = 0;
        for (QLabel *label : view->findChildren<QLabel *>()) {
            const qsizetype amp = label->text().indexOf(u'&');
            if (!label->buddy() || amp < 0)
                continue;
            ++labels;
            const QChar mnemonic = label->text().at(amp + 1).toLower();
            QVERIFY2(!menuKeys.contains(mnemonic), qPrintable(label->text()));
            view->linesTable()->setFocus();
            QTest::keyClick(m_fixture.window->windowHandle(), mnemonic.toLatin1(), Qt::AltModifier);
            QVERIFY2(QApplication::activePopupWidget() == nullptr, qPrintable(label->text()));
            QCOMPARE(QApplication::focusWidget(), label->buddy());
        }
        QCOMPARE(labels, 7); // six header fields and the diagnosis entry
    }

    void dateOfService_acceptsTheCodersForms_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("ISO") << u"2025-11-03"_s;
        QTest::newRow("MM/DD/YYYY") << u"11/03/2025"_s;
        QTest::newRow("M/D/YY") << u"11/3/25"_s;
    }
    void dateOfService_acceptsTheCodersForms()
    {
        QFETCH(QString, typed);
        WorksheetView *view = newWorksheet();
        QLineEdit *date = view->headerForm()->field(ClaimField::DateOfService);
        date->setFocus();
        type(typed);
        key(Qt::Key_Tab);
        QCOMPARE(worksheet()->claim().dateOfService, QDate(2025, 11, 3));
        QCOMPARE(date->text(), u"2025-11-03"_s); // shown one way
        QVERIFY(!view->headerForm()->hasDateError());
    }

    void dateOfService_unreadable_isAnErrorOnTheField_neverDropped()
    {
        WorksheetView *view = newWorksheet();
        QLineEdit *date = view->headerForm()->field(ClaimField::DateOfService);
        date->setFocus();
        type(u"11/03/2025"_s);
        key(Qt::Key_Tab);
        date->setFocus();
        date->selectAll();
        type(u"13/45/2025"_s);
        key(Qt::Key_Tab);
        QCOMPARE(date->text(), u"13/45/2025"_s); // what was typed stays to be corrected
        QVERIFY(view->headerForm()->hasDateError());
        QVERIFY(date->toolTip().contains(u"13/45/2025"_s));
        QVERIFY(date->toolTip().contains(u"2025-11-03"_s)); // says what the claim keeps
        QCOMPARE(worksheet()->claim().dateOfService, QDate(2025, 11, 3));
        const FindingsModel *findings = view->findingsPanel()->findingsModel();
        const auto unreadableFindings = [findings] {
            int count = 0;
            for (int row = 0; row < findings->rowCount(); ++row)
                count += findings->findingAt(row).rule == u"date.unreadable" && findings->findingAt(row).line == -1;
            return count;
        };
        QCOMPARE(unreadableFindings(), 1); // in the findings too
        date->setFocus();
        date->selectAll();
        type(u"2025-11-04"_s);
        key(Qt::Key_Tab);
        QVERIFY(!view->headerForm()->hasDateError());
        QCOMPARE(worksheet()->claim().dateOfService, QDate(2025, 11, 4));
        QCOMPARE(unreadableFindings(), 0);
    }

    void lineDates_acceptTheCodersForms()
    {
        WorksheetView *view = newWorksheet();
        view->addCodeLine(u"47382"_s);
        ClaimLinesTable *table = view->linesTable();
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, int(ClaimLineColumn::From)));
        type(u"11/03/2025"_s);
        key(Qt::Key_Return);
        QCOMPARE(worksheet()->line(0).from, QDate(2025, 11, 3));
        QCOMPARE(table->model()->index(0, int(ClaimLineColumn::From)).data().toString(), u"2025-11-03"_s);
    }

    // The case: a From or To the coder types that is no date is kept as typed, marked on
    // its cell and listed in the findings, never dropped; a readable date then replaces it.
    void lineDates_unreadable_isAnErrorOnTheCellAndInTheFindings_neverDropped_data()
    {
        QTest::addColumn<int>("column");
        QTest::newRow("From") << int(ClaimLineColumn::From);
        QTest::newRow("To") << int(ClaimLineColumn::To);
    }
    void lineDates_unreadable_isAnErrorOnTheCellAndInTheFindings_neverDropped()
    {
        QFETCH(int, column);
        WorksheetView *view = newWorksheet();
        view->addCodeLine(u"47382"_s);
        ClaimLinesTable *table = view->linesTable();
        table->setFocus();
        const QModelIndex cell = table->model()->index(0, column);
        table->setCurrentIndex(cell);
        type(u"11/03/2025"_s);
        key(Qt::Key_Return);
        const auto date = [this, column] {
            return column == int(ClaimLineColumn::From) ? worksheet()->line(0).from : worksheet()->line(0).to;
        };
        QCOMPARE(date(), QDate(2025, 11, 3));

        table->setCurrentIndex(cell);
        type(u"13/45/2025"_s);
        key(Qt::Key_Return);
        QCOMPARE(date(), QDate(2025, 11, 3)); // the line keeps its date
        QCOMPARE(cell.data().toString(), u"13/45/2025"_s); // what was typed stays to be corrected
        QCOMPARE(cell.data(ClaimLineRole::SeverityRole).toInt(), int(Severity::Error));
        QVERIFY2(cell.data(Qt::ToolTipRole).toString().contains(u"\"13/45/2025\""_s),
                 qPrintable(cell.data(Qt::ToolTipRole).toString()));
        const FindingsModel *findings = view->findingsPanel()->findingsModel();
        int found = -1;
        for (int row = 0; row < findings->rowCount(); ++row) {
            if (findings->findingAt(row).rule == u"date.unreadable")
                found = row;
        }
        QVERIFY(found >= 0);
        QCOMPARE(findings->findingAt(found).severity, Severity::Error);
        QCOMPARE(findings->findingAt(found).line, 0);
        QCOMPARE(findings->index(found, FindingsModel::FieldColumn).data().toString(),
                 column == int(ClaimLineColumn::From) ? u"from date"_s : u"to date"_s);
        QVERIFY(findings->findingAt(found).message.contains(u"keeps 2025-11-03"_s));

        // Editing again starts from what was typed; a readable date replaces it.
        table->setCurrentIndex(cell);
        key(Qt::Key_F2);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        QCOMPARE(editor->text(), u"13/45/2025"_s);
        editor->selectAll();
        type(u"11/4/25"_s);
        key(Qt::Key_Return);
        QCOMPARE(date(), QDate(2025, 11, 4));
        QCOMPARE(cell.data().toString(), u"2025-11-04"_s);
        for (int row = 0; row < findings->rowCount(); ++row)
            QVERIFY(findings->findingAt(row).rule != u"date.unreadable");
    }

    void emptyLists_showFocus()
    {
        WorksheetView *view = newWorksheet();
        QListView *list = view->diagnosisList();
        QCOMPARE(list->model()->rowCount(), 0);
        view->diagnosisField()->setFocus();
        const QImage unfocused = list->grab().toImage();
        list->setFocus();
        QVERIFY(list->hasFocus());
        const QImage focused = list->grab().toImage();
        QVERIFY(focused != unfocused);
    }

    void exportWithErrors_asksListingThem_andCancelWritesNothing()
    {
        const QString path = m_fixture.home->filePath(u"errors.codedesk"_s);
        QVERIFY(QFile::copy(test::TestHome::dataPath(u"worksheets/design-example.codedesk"_s), path));
        m_fixture.window->openFiles({path});
        WorksheetDocument *document = manager()->currentDocument();
        QVERIFY(document);
        QString firstError;
        int errors = 0;
        for (const ClaimFinding &finding : document->findings()) {
            if (finding.severity == Severity::Error && errors++ == 0)
                firstError = finding.message;
        }
        QVERIFY(errors >= 2);

        const QString csv = m_fixture.home->filePath(u"errors.csv"_s);
        DialogSeams::queueFileNames({csv});
        DialogSeams::queueAnswer(QMessageBox::Cancel);
        action(u"actionExportCsv"_s)->trigger();
        const QString question = DialogSeams::messagesShown().constLast();
        QVERIFY2(question.contains(u"%1 errors"_s.arg(errors)), qPrintable(question));
        QVERIFY2(question.contains(u"line 1: "_s + firstError), qPrintable(question));
        QVERIFY(!QFile::exists(csv));

        DialogSeams::queueFileNames({csv});
        DialogSeams::queueAnswer(QMessageBox::Yes); // "Export Anyway"
        action(u"actionExportCsv"_s)->trigger();
        QFile written(csv);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray bytes = written.readAll();
        QVERIFY(bytes.startsWith("line,from,to,placeOfService,code,modifier1,modifier2,modifier3,modifier4,pointer1,"
                                 "pointer2,pointer3,pointer4,diagnosis1,diagnosis2,diagnosis3,diagnosis4,units,"));
        QVERIFY(bytes.contains(",A,B,,,C78.7,Z85.038,,,1,4200.00,"));
    }

    void exportWithWarningsOnly_doesNotAsk()
    {
        const QString path = m_fixture.home->filePath(u"warnings.codedesk"_s);
        QVERIFY(QFile::copy(test::TestHome::dataPath(u"worksheets/warnings-only.codedesk"_s), path));
        m_fixture.window->openFiles({path});
        const QString csv = m_fixture.home->filePath(u"warnings.csv"_s);
        const qsizetype before = DialogSeams::messagesShown().size();
        DialogSeams::queueFileNames({csv});
        action(u"actionExportCsv"_s)->trigger();
        QCOMPARE(DialogSeams::messagesShown().size(), before);
        QVERIFY(QFile::exists(csv));
    }
};

QTEST_MAIN(TestWorksheetEntry)
#include "tst_worksheetentry.moc"
