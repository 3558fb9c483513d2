// The worksheet view driven by keyboard: build a claim, undo and redo, save and reopen, reorder
// diagnoses, recover after a crash.
#include "browser/CodeBrowser.h"
#include "common/DialogSeams.h"
#include "core/InputLimits.h"
#include "core/RecoveryStore.h"
#include "UiTestSupport.h"
#include "worksheet/ClaimLineRoles.h"
#include "worksheet/Worksheet.h"
#include "worksheet/WorksheetFile.h"
#include "worksheetview/ClaimHeaderForm.h"
#include "worksheetview/ClaimLinesTable.h"
#include "worksheetview/FindingsModel.h"
#include "worksheetview/FindingsPanel.h"
#include "worksheetview/WorksheetManager.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QListView>
#include <QProcess>
#include <QSplitter>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace codedesk;
using namespace codedesk::ui;

class TestWorksheetView final : public QObject
{
    Q_OBJECT

private:
    test::WindowFixture m_fixture;

    WorksheetManager *manager() const { return m_fixture.window->worksheets(); }
    QAction *action(const QString &name) const { return m_fixture.window->findChild<QAction *>(name); }
    Worksheet *worksheet() const { return manager()->currentDocument()->worksheet(); }

    void typeInto(QWidget *widget, const QString &text)
    {
        widget->setFocus();
        QTest::keyClicks(widget, text);
    }

    // Keys go to whatever has focus, as they do for a coder.
    static void keys(const QString &text) { QTest::keyClicks(QApplication::focusWidget(), text); }
    // The delegate closes an editor on Enter through a queued call: let it run, as the event
    // loop does between a coder's keystrokes.
    static void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(QApplication::focusWidget(), key, modifiers);
        QCoreApplication::processEvents();
    }

    WorksheetView *buildTwoLineClaim()
    {
        action(u"actionNewWorksheet"_s)->trigger();
        WorksheetView *view = manager()->currentView();
        ClaimHeaderForm *header = view->headerForm();
        typeInto(header->field(ClaimField::PatientAccount), u"A12345"_s);
        key(Qt::Key_Tab);
        keys(u"Medicare"_s);
        key(Qt::Key_Tab);
        keys(u"2026-11-02"_s);
        typeInto(header->field(ClaimField::PlaceOfService), u"22"_s);
        typeInto(header->field(ClaimField::RenderingNpi), u"1234567893"_s);

        typeInto(view->diagnosisField(), u"C78.7"_s);
        key(Qt::Key_Return);
        keys(u"Z85.038"_s);
        key(Qt::Key_Return);

        ClaimLinesTable *table = view->linesTable();
        table->setFocus();
        key(Qt::Key_Return); // a new line, editing its code
        keys(u"47382"_s);
        for (int i = 0; i < 3; ++i) // code -> modifier 1, 2 -> pointers (the columns most used first)
            key(Qt::Key_Tab);
        keys(u"A,B"_s);
        key(Qt::Key_Tab); // units (1)
        key(Qt::Key_Tab);
        keys(u"4200.00"_s);
        key(Qt::Key_Return); // commit the charge
        key(Qt::Key_Return); // the second line
        keys(u"76940"_s);
        key(Qt::Key_Tab);
        keys(u"26"_s);
        for (int i = 0; i < 2; ++i)
            key(Qt::Key_Tab);
        keys(u"A"_s);
        key(Qt::Key_Tab);
        key(Qt::Key_Tab);
        keys(u"350"_s);
        key(Qt::Key_Return);
        return view;
    }

private Q_SLOTS:
    void init()
    {
        m_fixture.home = std::make_unique<test::TestHome>();
        m_fixture.start();
        QVERIFY(QTest::qWaitForWindowActive(m_fixture.window.get()));
    }
    void cleanup()
    {
        DialogSeams::queueAnswer(QMessageBox::Discard);
        m_fixture.stop();
        m_fixture.home.reset();
    }

    void keyboardAlone_buildsTwoLineClaim()
    {
        buildTwoLineClaim();
        const WorksheetContent &content = worksheet()->content();
        QCOMPARE(content.claim.patientAccount, u"A12345"_s);
        QCOMPARE(content.claim.payer, u"Medicare"_s);
        QCOMPARE(content.claim.dateOfService, QDate(2026, 11, 2));
        QCOMPARE(content.claim.placeOfService, u"22"_s);
        QCOMPARE(content.diagnoses, (QStringList{u"C78.7"_s, u"Z85.038"_s}));
        QCOMPARE(content.lines.size(), 2);
        QCOMPARE(content.lines.at(0).code, u"47382"_s);
        QCOMPARE(content.lines.at(0).pointers, (QList<int>{0, 1}));
        QCOMPARE(content.lines.at(0).charge->toString(), u"4200.00"_s);
        QCOMPARE(content.lines.at(1).code, u"76940"_s);
        QCOMPARE(content.lines.at(1).modifiers, QStringList{u"26"_s});
        QCOMPARE(content.lines.at(1).charge->toString(), u"350.00"_s);
        QVERIFY(manager()->currentDocument()->isModified());
        QVERIFY(m_fixture.window->isWindowModified());
    }

    void everyEdit_undoesAndRedoes()
    {
        buildTwoLineClaim();
        const WorksheetContent built = worksheet()->content();
        QUndoStack *stack = manager()->currentDocument()->undoStack();
        QVERIFY(stack->count() > 10);
        while (stack->canUndo())
            action(u"actionUndo"_s)->trigger();
        QCOMPARE(worksheet()->lineCount(), 0);
        QVERIFY(worksheet()->diagnoses().isEmpty());
        QCOMPARE(worksheet()->claim().payer, QString());
        QCOMPARE(manager()->currentView()->headerForm()->field(ClaimField::Payer)->text(), QString());
        while (stack->canRedo())
            action(u"actionRedo"_s)->trigger();
        QCOMPARE(worksheet()->content(), built);
        QCOMPARE(manager()->currentView()->headerForm()->field(ClaimField::Payer)->text(), u"Medicare"_s);
    }

    void lineShortcuts_duplicateRemoveAndMove()
    {
        WorksheetView *view = buildTwoLineClaim();
        ClaimLinesTable *table = view->linesTable();
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, int(ClaimLineColumn::Code)));
        key(Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(worksheet()->lineCount(), 3);
        QCOMPARE(worksheet()->line(1).code, u"47382"_s);
        key(Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(worksheet()->line(2).code, u"47382"_s);
        QCOMPARE(worksheet()->line(1).code, u"76940"_s);
        key(Qt::Key_Delete);
        QCOMPARE(worksheet()->lineCount(), 2);
        action(u"actionUndo"_s)->trigger();
        QCOMPARE(worksheet()->lineCount(), 3);
    }

    void reorderDiagnoses_pointersFollow()
    {
        WorksheetView *view = buildTwoLineClaim();
        QListView *list = view->diagnosisList();
        list->setFocus();
        list->setCurrentIndex(list->model()->index(1, 0));
        key(Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(worksheet()->diagnoses(), (QStringList{u"Z85.038"_s, u"C78.7"_s}));
        QCOMPARE(worksheet()->line(0).pointers, (QList<int>{1, 0}));
        QCOMPARE(worksheet()->line(1).pointers, (QList<int>{1}));
        QVERIFY(list->model()->index(0, 0).data().toString().startsWith(u"A"_s));
        action(u"actionUndo"_s)->trigger();
        QCOMPARE(worksheet()->line(1).pointers, (QList<int>{0}));
    }

    void findings_showOnCellsAndPanel_andLeadToTheCell()
    {
        WorksheetView *view = buildTwoLineClaim();
        // 76940-26 in a facility is right; make line 1 wrong: 26 on 47382 (PC/TC 0).
        view->linesTable()->setFocus();
        view->linesTable()->setCurrentIndex(view->linesTable()->model()->index(0, int(ClaimLineColumn::Modifier1)));
        keys(u"26"_s);
        key(Qt::Key_Return);
        QAbstractItemModel *model = view->linesTable()->model();
        const QModelIndex cell = model->index(0, int(ClaimLineColumn::Modifier1));
        QCOMPARE(cell.data(ClaimLineRole::SeverityRole).toInt(), int(Severity::Error));
        QVERIFY(!cell.data(Qt::ToolTipRole).toString().isEmpty());
        FindingsPanel *panel = view->findingsPanel();
        QVERIFY(panel->errorCount() >= 1);
        QModelIndex finding;
        for (int row = 0; row < panel->model()->rowCount(); ++row) {
            const QModelIndex field = panel->model()->index(row, FindingsModel::FieldColumn);
            if (field.data(FindingsModel::FieldRole).toString() == u"modifier1"_s)
                finding = field;
        }
        QVERIFY(finding.isValid());
        QCOMPARE(finding.data().toString(), u"modifier 1"_s); // what a coder calls it
        view->linesTable()->setCurrentIndex(model->index(1, 0));
        panel->setFocus();
        panel->setCurrentIndex(finding);
        QTest::keyClick(panel, Qt::Key_Return); // activates the finding, as a double-click does
        QCOMPARE(view->linesTable()->currentIndex(), cell);
    }

    // 1366x768 at 150 % scaling is about 910x510 device-independent pixels: the most used claim-line
    // columns show without scrolling; those usually left to the claim or rarely used come last.
    void lineColumns_mostUsedFirst_andShownWithoutScrollingAt150Percent()
    {
        m_fixture.window->showNormal();
        m_fixture.window->resize(910, 510);
        action(u"actionNewWorksheet"_s)->trigger();
        WorksheetView *view = manager()->currentView();
        view->addCodeLine(u"47382"_s);
        ClaimLinesTable *table = view->linesTable();
        QHeaderView *header = table->horizontalHeader();
        QCOMPARE(header->logicalIndex(0), int(ClaimLineColumn::Code));
        QCOMPARE(header->logicalIndex(header->count() - 1), int(ClaimLineColumn::RenderingNpi));
        QVERIFY(header->visualIndex(int(ClaimLineColumn::Modifier4)) > header->visualIndex(int(ClaimLineColumn::Charge)));
        QTRY_VERIFY(table->viewport()->width() > 0);
        QCoreApplication::processEvents();
        for (auto column : {ClaimLineColumn::Code, ClaimLineColumn::Modifier1, ClaimLineColumn::Modifier2,
                            ClaimLineColumn::Pointers, ClaimLineColumn::Units, ClaimLineColumn::Charge}) {
            const int right = header->sectionViewportPosition(int(column)) + header->sectionSize(int(column));
            QVERIFY2(right <= table->viewport()->width(),
                     qPrintable(u"column %1 ends at %2 of %3"_s.arg(int(column)).arg(right).arg(table->viewport()->width())));
            // Its value shows whole.
            const QString value = table->model()->index(0, int(column)).data().toString();
            QVERIFY(table->fontMetrics().horizontalAdvance(value) < header->sectionSize(int(column)));
        }
        // Every header says what it is, whole, in its tooltip.
        QCOMPARE(table->model()->headerData(int(ClaimLineColumn::RenderingNpi), Qt::Horizontal, Qt::ToolTipRole)
                     .toString()
                     .left(18),
                 u"Rendering provider"_s);
    }

    void diagnoses_keepTheirWidthInAWideWindow()
    {
        // At 1920x1080 the diagnoses once got 55 pixels: their width came from a stale splitter size.
        m_fixture.window->showNormal();
        m_fixture.window->resize(1600, 900);
        action(u"actionNewWorksheet"_s)->trigger();
        auto *top = manager()->currentView()->findChild<QSplitter *>(u"worksheetTopSplitter"_s);
        QVERIFY(top);
        QTRY_VERIFY(top->width() > 1000);
        QCoreApplication::processEvents();
        QCOMPARE(top->sizes().value(0), 240);
        m_fixture.window->resize(1800, 900);
        QTRY_VERIFY(top->width() > 1200);
        QCOMPARE(top->sizes().value(0), 240);
    }

    void layout_isRememberedForTheNextWorksheet()
    {
        action(u"actionNewWorksheet"_s)->trigger();
        WorksheetView *view = manager()->currentView();
        auto *top = view->findChild<QSplitter *>(u"worksheetTopSplitter"_s);
        QVERIFY(top);
        const int total = top->sizes().value(0) + top->sizes().value(1);
        top->setSizes({total / 2, total - total / 2}); // far from the default 240 : 900
        const int diagnosesWidth = top->sizes().value(0);
        QVERIFY(qAbs(diagnosesWidth - 240) > 50);
        view->linesTable()->setColumnWidth(int(ClaimLineColumn::Code), 222);
        QVERIFY(manager()->closeCurrent());

        action(u"actionNewWorksheet"_s)->trigger();
        view = manager()->currentView();
        QCOMPARE(view->linesTable()->columnWidth(int(ClaimLineColumn::Code)), 222);
        QCOMPARE(view->findChild<QSplitter *>(u"worksheetTopSplitter"_s)->sizes().value(0), diagnosesWidth);
    }

    void saveAndReopen_roundTrips()
    {
        buildTwoLineClaim();
        const WorksheetContent built = worksheet()->content();
        const QString path = m_fixture.home->filePath(u"claim.codedesk"_s);
        DialogSeams::queueFileNames({path});
        action(u"actionSave"_s)->trigger();
        QVERIFY(!manager()->currentDocument()->isModified());
        QVERIFY(m_fixture.window->windowTitle().startsWith(u"claim.codedesk"_s));
        QVERIFY(manager()->closeCurrent());
        QCOMPARE(manager()->views().size(), 0);

        DialogSeams::queueFileNames({path});
        action(u"actionOpenWorksheet"_s)->trigger();
        QCOMPARE(manager()->views().size(), 1);
        QCOMPARE(worksheet()->content(), built);
        QCOMPARE(manager()->recentFiles().value(0), path);
    }

    void closeWithUnsavedChanges_asksAndCancelKeepsIt()
    {
        buildTwoLineClaim();
        DialogSeams::queueAnswer(QMessageBox::Cancel);
        QVERIFY(!manager()->closeCurrent());
        QCOMPARE(manager()->views().size(), 1);
        QVERIFY(DialogSeams::messagesShown().constLast().contains(u"not saved"_s));
        DialogSeams::queueAnswer(QMessageBox::Discard);
        QVERIFY(manager()->closeCurrent());
        QCOMPARE(manager()->views().size(), 0);
    }

    void addToWorksheet_fromTheReferencePage()
    {
        QVERIFY(m_fixture.window->codeBrowser()->selectCode(u"47383"_s));
        action(u"actionAddToWorksheet"_s)->trigger();
        QCOMPARE(manager()->views().size(), 1);
        QCOMPARE(worksheet()->lineCount(), 1);
        QCOMPARE(worksheet()->line(0).code, u"47383"_s);
    }

    void recovery_afterKilledProcess_offersTheEdit()
    {
        // A real second CodeDesk edits a worksheet, autosaves, and is killed.
        const QString path = m_fixture.home->filePath(u"crash.codedesk"_s);
        WorksheetContent content;
        content.claim.payer = u"Medicare"_s;
        content.diagnoses = {u"C78.7"_s};
        QVERIFY(WorksheetFile(path).write(content));
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_fixture.home->path());
        env.insert(u"CODEDESK_TEST_AUTOSAVE_MS"_s, u"50"_s);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationDirPath() + u"/worksheet_editor"_s, {path, u"47382"_s});
        QVERIFY(child.waitForStarted());
        QVERIFY(child.waitForReadyRead(20000));
        QCOMPARE(child.readLine().trimmed(), QByteArray("autosaved"));
        child.kill();
        QVERIFY(child.waitForFinished());

        DialogSeams::queueAnswer(QMessageBox::Open); // "Restore"
        m_fixture.window->offerRecovery();
        QVERIFY(DialogSeams::messagesShown().constLast().contains(u"crash.codedesk"_s));
        QCOMPARE(manager()->views().size(), 1);
        QCOMPARE(worksheet()->lineCount(), 1);
        QCOMPARE(worksheet()->line(0).code, u"47382"_s);
        QVERIFY(manager()->currentDocument()->isModified());
        QCOMPARE(manager()->currentDocument()->filePath(), path);
    }

    void recovery_copyOverTheLimit_isRefusedAndSaid_keptUnlessDeleted()
    {
        RecoveryStore store;
        QVERIFY(QDir().mkpath(store.folder()));
        const QString copy = store.folder() + u"/big.recovery"_s;
        {
            QFile file(copy);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(R"({"pid":2147483632,"title":"big.codedesk","content":")");
            file.write(QByteArray(InputLimits::worksheetBytes + 1, 'a'));
            file.write(R"("})");
        }
        DialogSeams::queueAnswer(QMessageBox::Ignore); // "Keep"
        m_fixture.window->offerRecovery();
        QCOMPARE(manager()->views().size(), 0);
        const QString shown = DialogSeams::messagesShown().join(u'\n');
        QVERIFY2(shown.contains(u"big.codedesk"_s) && shown.contains(u"the limit for a worksheet"_s), qPrintable(shown));
        QVERIFY(QFile::exists(copy));
        DialogSeams::queueAnswer(QMessageBox::Discard); // "Delete"
        m_fixture.window->offerRecovery();
        QVERIFY(!QFile::exists(copy));
        QCOMPARE(manager()->views().size(), 0);
    }

    void fileLockedByAnotherProcess_opensReadOnly()
    {
        const QString path = m_fixture.home->filePath(u"shared.codedesk"_s);
        QVERIFY(WorksheetFile(path).write(WorksheetContent{}));
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_fixture.home->path());
        env.insert(u"CODEDESK_TEST_AUTOSAVE_MS"_s, u"50"_s);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationDirPath() + u"/worksheet_editor"_s, {path, u"47382"_s});
        QVERIFY(child.waitForStarted());
        QVERIFY(child.waitForReadyRead(20000));

        m_fixture.window->openFiles({path});
        QVERIFY(manager()->currentDocument()->isReadOnly());
        QVERIFY(manager()->currentDocument()->readOnlyReason().contains(QString::number(child.processId())));
        QVERIFY(m_fixture.window->windowTitle().contains(u"read-only"_s));
        child.kill();
        QVERIFY(child.waitForFinished());
    }
};

QTEST_MAIN(TestWorksheetView)
#include "tst_worksheetview.moc"
