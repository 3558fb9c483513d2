// "Add to Worksheet" from each kind of code page in the real main window, and the mouse's back and
// forward buttons over the reference pages.
#include "MainWindow.h"
#include "PageFixtures.h"
#include "UiTestSupport.h"
#include "browser/CodePageView.h"
#include "browser/ProcedureView.h"
#include "browser/ReferencePane.h"
#include "common/DialogSeams.h"
#include "worksheet/Worksheet.h"
#include "worksheetview/ClaimLinesTable.h"
#include "worksheetview/WorksheetManager.h"

#include <QAction>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using codedesk::LineField;
using codedesk::ui::DialogSeams;
using codedesk::ui::ReferencePane;
using codedesk::ui::WorksheetView;

class TestPageToWorksheet final : public QObject
{
    Q_OBJECT

private:
    codedesk::test::WindowFixture m_fixture;

    codedesk::ui::MainWindow *window() const { return m_fixture.window.get(); }
    ReferencePane *pane() const { return window()->referencePane(); }
    codedesk::ui::WorksheetManager *worksheets() const { return window()->worksheets(); }
    const codedesk::Worksheet *sheet(WorksheetView *view) const { return view->document()->worksheet(); }

    // Opens the page as the coder would (the reference tab in front) and presses Add to Worksheet.
    void addFromPage(const QString &kind, const QString &code)
    {
        window()->tabs()->setCurrentWidget(pane());
        QVERIFY(pane()->openPage(kind, code));
        auto *add = window()->findChild<QAction *>(u"actionAddPageToWorksheet"_s);
        QVERIFY(add);
        QVERIFY(add->isEnabled());
        add->trigger();
    }

    WorksheetView *worksheetWithLines(const QStringList &codes)
    {
        WorksheetView *view = worksheets()->newWorksheet();
        for (const QString &code : codes)
            view->addCodeLine(code);
        return view;
    }

    QString lastMessage() const { return DialogSeams::messagesShown().value(DialogSeams::messagesShown().size() - 1); }

    void pressMouseButton(QWidget *widget, Qt::MouseButton button)
    {
        QTest::mousePress(widget, button, {}, widget->rect().center());
        QTest::mouseRelease(widget, button, {}, widget->rect().center());
    }

private Q_SLOTS:
    void init()
    {
        m_fixture.home = std::make_unique<codedesk::test::TestHome>();
        const QStringList failures = codedesk::test::importPageFixtures();
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
        m_fixture.start();
    }
    void cleanup()
    {
        m_fixture.stop();
        m_fixture.home.reset();
    }

    void diagnosisPage_addsTheDiagnosis_toTheWorksheetLastWorkedOn()
    {
        WorksheetView *first = worksheets()->newWorksheet();
        WorksheetView *second = worksheets()->newWorksheet();
        window()->tabs()->setCurrentWidget(first); // the coder works on the first, then reads a page
        addFromPage(u"icd10cm"_s, u"C22.0"_s);
        QCOMPARE(sheet(first)->diagnoses(), QStringList{u"C22.0"_s});
        QVERIFY(sheet(second)->diagnoses().isEmpty());
        QCOMPARE(window()->tabs()->currentWidget(), first);
        QVERIFY(first->document()->isModified());
    }

    void diagnosisPage_twice_isRefused_andNamesTheLetter()
    {
        WorksheetView *view = worksheets()->newWorksheet();
        addFromPage(u"icd10cm"_s, u"C22.1"_s);
        addFromPage(u"icd10cm"_s, u"C22.0"_s);
        const qsizetype shown = DialogSeams::messagesShown().size();
        addFromPage(u"icd10cm"_s, u"C22.0"_s);
        QCOMPARE(sheet(view)->diagnoses(), (QStringList{u"C22.1"_s, u"C22.0"_s}));
        QCOMPARE(DialogSeams::messagesShown().size(), shown + 1);
        QVERIFY2(lastMessage().contains(u"C22.0 is already diagnosis B"_s), qPrintable(lastMessage()));
    }

    void diagnosisPage_withoutWorksheet_startsOne()
    {
        QVERIFY(worksheets()->views().isEmpty());
        addFromPage(u"icd10cm"_s, u"S72.001A"_s);
        QCOMPARE(worksheets()->views().size(), 1);
        QCOMPARE(sheet(worksheets()->views().constFirst())->diagnoses(), QStringList{u"S72.001A"_s});
    }

    void codePages_addAClaimLine_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("code");
        QTest::newRow("procedure") << u"procedure"_s << u"47382"_s;
        QTest::newRow("hcpcs") << u"hcpcs"_s << u"J9035"_s;
        QTest::newRow("fee schedule only") << u"pfs"_s << u"76940"_s;
    }
    void codePages_addAClaimLine()
    {
        QFETCH(QString, kind);
        QFETCH(QString, code);
        WorksheetView *view = worksheetWithLines({u"99213"_s});
        addFromPage(kind, code);
        QCOMPARE(sheet(view)->lineCount(), 2);
        QCOMPARE(sheet(view)->line(1).code, code);
        QVERIFY(sheet(view)->diagnoses().isEmpty()); // a procedure is never taken for a diagnosis
        QCOMPARE(window()->tabs()->currentWidget(), view);
        QCOMPARE(view->linesTable()->currentIndex().row(), 1);
    }

    void modifierPage_addsTheModifier_toTheCurrentLineOnly()
    {
        WorksheetView *view = worksheetWithLines({u"47382"_s, u"J9035"_s, u"76940"_s});
        view->linesTable()->setCurrentIndex(view->linesTable()->model()->index(1, 0));
        addFromPage(u"modifier"_s, u"JZ"_s);
        QCOMPARE(sheet(view)->line(1).modifiers, QStringList{u"JZ"_s});
        QVERIFY(sheet(view)->line(0).modifiers.isEmpty());
        QVERIFY(sheet(view)->line(2).modifiers.isEmpty());
        QCOMPARE(window()->tabs()->currentWidget(), view);
        // Undo takes it off again: one step, like any edit.
        view->document()->undoStack()->undo();
        QVERIFY(sheet(view)->line(1).modifiers.isEmpty());
    }

    void modifierPage_withoutWorksheet_isRefusedClearly()
    {
        addFromPage(u"modifier"_s, u"26"_s);
        QVERIFY(worksheets()->views().isEmpty()); // no empty worksheet is made for a modifier
        QVERIFY2(lastMessage().contains(u"no worksheet is open"_s), qPrintable(lastMessage()));
        QVERIFY(lastMessage().contains(u"26"_s));
    }

    void modifierPage_withoutLine_isRefusedClearly()
    {
        WorksheetView *view = worksheets()->newWorksheet();
        addFromPage(u"modifier"_s, u"26"_s);
        QCOMPARE(sheet(view)->lineCount(), 0);
        QVERIFY2(lastMessage().contains(u"has no claim line"_s), qPrintable(lastMessage()));
    }

    void modifierPage_severalLinesNoneChosen_isRefused_oneLineTakesIt()
    {
        WorksheetView *view = worksheetWithLines({u"47382"_s, u"J9035"_s});
        view->linesTable()->setCurrentIndex({});
        addFromPage(u"modifier"_s, u"26"_s);
        QVERIFY(sheet(view)->line(0).modifiers.isEmpty());
        QVERIFY(sheet(view)->line(1).modifiers.isEmpty());
        QVERIFY2(lastMessage().contains(u"Select the claim line"_s), qPrintable(lastMessage()));

        WorksheetView *single = worksheetWithLines({u"47382"_s});
        single->linesTable()->setCurrentIndex({});
        addFromPage(u"modifier"_s, u"26"_s);
        QCOMPARE(sheet(single)->line(0).modifiers, QStringList{u"26"_s});
    }

    void modifierPage_onAFullLine_isRefusedClearly()
    {
        WorksheetView *view = worksheetWithLines({u"47382"_s});
        const QStringList four{u"26"_s, u"51"_s, u"59"_s, u"79"_s};
        view->document()->setLineField(0, LineField::Modifiers, four);
        view->linesTable()->setCurrentIndex(view->linesTable()->model()->index(0, 0));
        addFromPage(u"modifier"_s, u"RT"_s);
        QCOMPARE(sheet(view)->line(0).modifiers, four);
        QVERIFY2(lastMessage().contains(u"already has 4 modifiers (26, 51, 59, 79)"_s), qPrintable(lastMessage()));
    }

    void modifierPage_alreadyOnTheLine_isRefused()
    {
        WorksheetView *view = worksheetWithLines({u"47382"_s});
        view->document()->setLineField(0, LineField::Modifiers, QStringList{u"26"_s});
        view->linesTable()->setCurrentIndex(view->linesTable()->model()->index(0, 0));
        addFromPage(u"modifier"_s, u"26"_s);
        QCOMPARE(sheet(view)->line(0).modifiers, QStringList{u"26"_s});
        QVERIFY2(lastMessage().contains(u"already has modifier 26"_s), qPrintable(lastMessage()));
    }

    void mouseBackAndForwardButtons_moveThroughTheHistory()
    {
        QVERIFY(pane()->openPage(u"icd10cm"_s, u"C22.0"_s));
        QVERIFY(pane()->openPage(u"icd10cm"_s, u"C78.7"_s));
        QVERIFY(pane()->openPage(u"procedure"_s, u"47382"_s));
        // On the procedure page (its own view) and on the code page view alike.
        pressMouseButton(window()->procedureView(), Qt::BackButton);
        QCOMPARE(pane()->currentCode(), u"C78.7"_s);
        pressMouseButton(pane()->codePageView()->viewport(), Qt::BackButton);
        QCOMPARE(pane()->currentCode(), u"C22.0"_s);
        // Back to the first page the window opened, and no further.
        const QStringList history = pane()->history();
        for (qsizetype i = 0; i < history.size(); ++i)
            pressMouseButton(window()->findChild<QStackedWidget *>(u"detailPane"_s)->currentWidget(), Qt::BackButton);
        QCOMPARE(pane()->currentKind() + u' ' + pane()->currentCode(), history.constFirst());
        while (pane()->currentCode() != u"C22.0"_s && pane()->forwardAction()->isEnabled())
            pane()->forward();
        pressMouseButton(pane()->codePageView()->viewport(), Qt::ForwardButton);
        QCOMPARE(pane()->currentCode(), u"C78.7"_s);
        pressMouseButton(pane()->codePageView()->viewport(), Qt::ForwardButton);
        QCOMPARE(pane()->currentKind(), u"procedure"_s);
        QCOMPARE(pane()->currentCode(), u"47382"_s);
        // The left button still selects text and follows links: it is not taken for either.
        pressMouseButton(window()->procedureView(), Qt::LeftButton);
        QCOMPARE(pane()->currentCode(), u"47382"_s);
    }
};

QTEST_MAIN(TestPageToWorksheet)
#include "tst_pagetoworksheet.moc"
