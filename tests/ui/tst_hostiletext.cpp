// What the window shows but CodeDesk did not write, in the real main window (issue 12): control
// characters in a worksheet from another program or in an imported code set are shown as symbols,
// never passed raw to the screen; a code set damaged in the library says so in the browser
// instead of finding nothing.
#include "CommandRun.h"
#include "UiTestSupport.h"
#include "browser/CodeBrowser.h"
#include "browser/CodePageView.h"
#include "browser/ReferencePane.h"
#include "browser/SearchHitsModel.h"
#include "common/DialogSeams.h"
#include "core/LibraryDatabase.h"
#include "core/VisibleText.h"
#include "worksheet/ClaimLineRoles.h"
#include "worksheet/Worksheet.h"
#include "worksheetview/ClaimHeaderForm.h"
#include "worksheetview/ClaimLinesTable.h"
#include "worksheetview/FindingsModel.h"
#include "worksheetview/FindingsPanel.h"
#include "worksheetview/WorksheetManager.h"
#include "worksheetview/WorksheetView.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace codedesk;
using namespace codedesk::ui;

namespace {

bool hasHiddenControl(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return VisibleText::isHiddenControl(c.unicode()); });
}

// Every text an item view would show of `model`: display, edit and tooltip.
QStringList shownTexts(const QAbstractItemModel *model)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            for (int role : {int(Qt::DisplayRole), int(Qt::EditRole), int(Qt::ToolTipRole)})
                texts << index.data(role).toString();
        }
    }
    return texts;
}

} // namespace

class TestHostileText final : public QObject
{
    Q_OBJECT

private:
    test::WindowFixture m_fixture;

    CodeBrowser *browser() const { return m_fixture.window->codeBrowser(); }

    void search(const QString &query)
    {
        QLineEdit *field = browser()->searchField();
        field->clear();
        QTest::keyClicks(field, query);
    }

    static bool importCodeSet(const QString &fixture)
    {
        const test::CommandRun run = test::runCommand(
            {u"codeset"_s, u"import"_s, u"icd10cm"_s, test::TestHome::dataPath(u"codesets/"_s + fixture)});
        if (run.status != 0)
            qWarning("%s", qPrintable(run.err));
        return run.status == 0;
    }

private Q_SLOTS:
    void init() { m_fixture.home = std::make_unique<test::TestHome>(); }
    void cleanup()
    {
        DialogSeams::queueAnswer(QMessageBox::Discard);
        m_fixture.stop();
        m_fixture.home.reset();
    }

    void worksheet_controlCharacters_areShownAsSymbols()
    {
        m_fixture.start();
        WorksheetManager *manager = m_fixture.window->worksheets();
        QVERIFY(manager->openFile(test::TestHome::dataPath(u"worksheets/control-characters.codedesk"_s)));
        WorksheetView *view = manager->currentView();
        QVERIFY(view);

        ClaimHeaderForm *header = view->headerForm();
        QCOMPARE(header->field(ClaimField::Payer)->text(), u"\u241B]0;owned\u2407Medicare"_s);
        QCOMPARE(header->field(ClaimField::PatientAccount)->text(), u"A\u241B[2J12345"_s);
        QCOMPARE(header->field(ClaimField::Notes)->text(), u"bell\u2407 and DEL\u2421 and C1\uFFFD"_s);

        const QAbstractItemModel *lines = view->linesTable()->model();
        QCOMPARE(lines->index(0, int(ClaimLineColumn::Code)).data().toString(), u"4738\u241B[1m2"_s);
        QCOMPARE(lines->index(0, int(ClaimLineColumn::Modifier1)).data().toString(), u"2\u24076"_s);
        QCOMPARE(view->diagnosisList()->model()->index(0, 0).data(Qt::EditRole).toString(), u"C78.7\u241B[31m"_s);

        const QAbstractItemModel *findings = view->findingsPanel()->findingsModel();
        QVERIFY(findings->rowCount() > 0);
        bool namesTheCode = false;
        const QAbstractItemModel *diagnoses = view->diagnosisList()->model();
        for (const QAbstractItemModel *model : {lines, diagnoses, findings}) {
            for (const QString &text : shownTexts(model)) {
                QVERIFY2(!hasHiddenControl(text), qPrintable(text));
                namesTheCode = namesTheCode || text.contains(u"4738\u241B[1m2"_s);
            }
        }
        QVERIFY(namesTheCode); // a finding about the code shows it with its symbols
        // The export question lists the errors with the symbols too.
        DialogSeams::queueFileNames({m_fixture.home->filePath(u"out.csv"_s)});
        DialogSeams::queueAnswer(QMessageBox::Cancel);
        m_fixture.window->findChild<QAction *>(u"actionExportCsv"_s)->trigger();
        const QString question = DialogSeams::messagesShown().constLast();
        QVERIFY2(question.contains(u"\"2\u24076\""_s) && !hasHiddenControl(question), qPrintable(question));
        // The worksheet itself is not changed by being shown.
        QCOMPARE(manager->currentDocument()->worksheet()->claim().payer, u"\u001b]0;owned\u0007Medicare"_s);
        QVERIFY(!manager->currentDocument()->isModified());
    }

    void codeSet_controlCharacters_areShownAsSymbols_inTheHitListAndThePage()
    {
        QVERIFY(importCodeSet(u"icd10cm-order-control.txt"_s));
        m_fixture.start();
        search(u"sigmoid"_s);
        const QAbstractItemModel *hits = browser()->hitList()->model();
        QVERIFY(hits->rowCount() > 0);
        bool symbols = false;
        for (const QString &text : shownTexts(hits)) {
            QVERIFY2(!hasHiddenControl(text), qPrintable(text));
            symbols = symbols || text.contains(u"\u241B]0;owned\u2407"_s);
        }
        QVERIFY(symbols);

        QVERIFY(m_fixture.window->openPage(u"icd10cm"_s, u"C18.7"_s));
        const QString page = m_fixture.window->referencePane()->codePageView()->toPlainText();
        QVERIFY2(page.contains(u"sigmoid colon\u241B]0;owned\u2407 escape"_s), qPrintable(page));
        QVERIFY(!hasHiddenControl(page));
        QVERIFY(m_fixture.window->openPage(u"icd10cm"_s, u"C78.7"_s));
        const QString liver = m_fixture.window->referencePane()->codePageView()->toPlainText();
        QVERIFY2(liver.contains(u"\u241B[31mneoplasm\u241B[0m"_s), qPrintable(liver));
        QVERIFY(!hasHiddenControl(liver));
    }

    void damagedCodeSet_theBrowserSaysWhatAndHowToFix()
    {
        QVERIFY(importCodeSet(u"icd10cm-order-2021.txt"_s));
        {
            // The stored codes and their index unreadable, as a damaged disk leaves them.
            LibraryDatabase library(LibraryDatabase::defaultPath());
            QVERIFY(library.open());
            QSqlQuery query(library.connection());
            QVERIFY(query.exec(u"UPDATE codeset_chunk SET data = x'ff00ff'"_s));
            QVERIFY(query.exec(u"DELETE FROM codeset_index"_s));
        }
        const QDir folder = QFileInfo(LibraryDatabase::defaultPath()).dir();
        for (const QString &index : folder.entryList({u"*.index"_s}, QDir::Files))
            QVERIFY(QFile::remove(folder.filePath(index)));
        m_fixture.start();
        QVERIFY(QTest::qWaitForWindowExposed(m_fixture.window.get()));

        search(u"liver"_s);
        QCOMPARE(browser()->hitList()->model()->rowCount(), 0);
        QLabel *problem = browser()->codeSetProblemLabel();
        QVERIFY(problem->isVisible());
        const QString text = problem->text();
        QVERIFY2(text.contains(u"ICD-10-CM"_s) && text.contains(u"icd10cm-order-2021.txt"_s) &&
                     text.contains(u"damaged"_s) && text.contains(u"Import it again"_s),
                 qPrintable(text));
        QCOMPARE(problem->textFormat(), Qt::PlainText);

        search(u"x"_s); // too short to search: nothing to say
        QVERIFY(!problem->isVisible());
    }

    void healthyCodeSet_noMatch_saysNothingIsDamaged()
    {
        QVERIFY(importCodeSet(u"icd10cm-order-2021.txt"_s));
        m_fixture.start();
        QVERIFY(QTest::qWaitForWindowExposed(m_fixture.window.get()));
        search(u"zzqqxx"_s);
        QCOMPARE(browser()->hitList()->model()->rowCount(), 0);
        QVERIFY(!browser()->codeSetProblemLabel()->isVisible());
        search(u"liver"_s);
        QVERIFY(browser()->hitList()->model()->rowCount() > 0);
        QVERIFY(!browser()->codeSetProblemLabel()->isVisible());
    }

    void emptyLibrary_aCodeFindsNothing_andTheBrowserSaysWhy()
    {
        m_fixture.start();
        QVERIFY(QTest::qWaitForWindowExposed(m_fixture.window.get()));
        search(u"C78.7"_s);
        QCOMPARE(browser()->hitList()->model()->rowCount(), 0);
        QLabel *problem = browser()->codeSetProblemLabel();
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(u"No ICD-10-CM or HCPCS code set is imported yet"_s) &&
                     problem->text().contains(u"Tools > Code Sets"_s),
                 qPrintable(problem->text()));
        search(u"RT"_s); // found among the bundled modifiers: nothing to explain
        QVERIFY(browser()->hitList()->model()->rowCount() > 0);
        QVERIFY(!problem->isVisible());
    }
};

QTEST_MAIN(TestHostileText)
#include "tst_hostiletext.moc"
