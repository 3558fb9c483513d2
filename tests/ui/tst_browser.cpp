// The reference browser driven as a coder drives it: by keyboard, named actions and widgets.
#include "browser/CodeBrowser.h"
#include "browser/CodePageView.h"
#include "browser/PageZoom.h"
#include "browser/ModifierTableModel.h"
#include "browser/ProcedureView.h"
#include "browser/TextBlock.h"
#include "catalog/ProcedureRoles.h"
#include "common/DialogSeams.h"
#include "common/PlainToolTips.h"
#include "UiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QToolTip>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using namespace codedesk;
using namespace codedesk::ui;

class TestBrowser final : public QObject
{
    Q_OBJECT

private:
    test::WindowFixture m_fixture;

    CodeBrowser *browser() const { return m_fixture.window->codeBrowser(); }
    ProcedureView *view() const { return m_fixture.window->procedureView(); }

    QStringList listedCodes() const
    {
        QStringList codes;
        QAbstractItemModel *model = browser()->codeList()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            codes << model->index(row, 0).data(CodeRole).toString();
        return codes;
    }

    QString labelText(const QString &name) const
    {
        auto *label = view()->findChild<QLabel *>(name);
        return label ? label->text() : QString();
    }

    void typeSearch(const QString &text)
    {
        QLineEdit *search = browser()->searchField();
        search->setFocus();
        search->clear();
        QTest::keyClicks(search, text);
        browser()->waitForSearch();
        QCoreApplication::processEvents();
        browser()->waitForSearch();
        QCoreApplication::processEvents();
    }

    QAction *action(const QString &name) const { return m_fixture.window->findChild<QAction *>(name); }

private Q_SLOTS:
    void init()
    {
        m_fixture.home = std::make_unique<test::TestHome>();
        m_fixture.start();
    }
    void cleanup()
    {
        m_fixture.stop();
        m_fixture.home.reset();
    }

    void list_showsEveryBundledCode()
    {
        QCOMPARE(listedCodes(), (QStringList{u"47370"_s, u"47381"_s, u"47382"_s, u"47383"_s, u"47384"_s}));
        QAbstractItemModelTester tester(browser()->codeList()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void typing_filtersAsYouType()
    {
        typeSearch(u"4738"_s);
        QCOMPARE(listedCodes().mid(0, 4), (QStringList{u"47381"_s, u"47382"_s, u"47383"_s, u"47384"_s}));
        typeSearch(u"cryo"_s);
        QVERIFY(listedCodes().contains(u"47381"_s));
        QVERIFY(listedCodes().contains(u"47383"_s));
        QVERIFY(!listedCodes().contains(u"47382"_s));
        typeSearch(u"zzzz-no-such-thing"_s);
        QVERIFY(listedCodes().isEmpty());
    }

    void escape_clearsSearch_andUpDownMove()
    {
        typeSearch(u"4738"_s);
        QTest::keyClick(browser()->searchField(), Qt::Key_Escape);
        QCOMPARE(browser()->searchField()->text(), QString());
        QCOMPARE(listedCodes().size(), 5);
        browser()->selectCode(u"47370"_s);
        QTest::keyClick(browser()->searchField(), Qt::Key_Down);
        QCOMPARE(browser()->currentCode(), u"47381"_s);
        QTest::keyClick(browser()->searchField(), Qt::Key_Up);
        QCOMPARE(browser()->currentCode(), u"47370"_s);
    }

    void ctrlF_focusesSearch()
    {
        browser()->codeList()->setFocus();
        QVERIFY(QTest::qWaitForWindowActive(m_fixture.window.get()));
        QTest::keySequence(m_fixture.window.get(), QKeySequence::Find);
        QTRY_VERIFY(browser()->searchField()->hasFocus());
    }

    void facets_narrowTheList()
    {
        QComboBox *energy = browser()->facetBox(ProcedureFilterProxyModel::Facet::Energy);
        QVERIFY(energy);
        const int cryo = energy->findText(u"cryo"_s, Qt::MatchContains);
        QVERIFY2(cryo > 0, qPrintable(QStringList([&] {
                                          QStringList items;
                                          for (int i = 0; i < energy->count(); ++i)
                                              items << energy->itemText(i);
                                          return items;
                                      }())
                                          .join(u", "_s)));
        energy->setCurrentIndex(cryo);
        QCOMPARE(listedCodes(), (QStringList{u"47381"_s, u"47383"_s}));
        energy->setCurrentIndex(0);
        QCOMPARE(listedCodes().size(), 5);
    }

    void select47382_showsItsReferencePage()
    {
        QVERIFY(browser()->selectCode(u"47382"_s));
        QCOMPARE(view()->code(), u"47382"_s);
        QCOMPARE(labelText(u"codeLabel"_s), u"47382"_s);
        QVERIFY(labelText(u"titleLabel"_s).contains(u"Radiofrequency"_s, Qt::CaseInsensitive));
        QVERIFY(labelText(u"codeSystemLabel"_s).contains(u"CPT Category I"_s));
        QVERIFY(labelText(u"serviceTypeLabel"_s).contains(u"radiofrequency"_s, Qt::CaseInsensitive));
        QVERIFY(!labelText(u"siteLabel"_s).isEmpty());
        QVERIFY(labelText(u"payersLabel"_s).contains(u"Medicare"_s));

        ModifierTableModel *modifiers = view()->modifierModel();
        QCOMPARE(modifiers->rowCount(), 1);
        QCOMPARE(modifiers->index(0, ModifierTableModel::ModifierColumn).data().toString(), u"26"_s);
        QCOMPARE(modifiers->index(0, 0).data(ModifierTableModel::SeverityRole).toInt(), int(Severity::Error));
        const QString findings = modifiers->index(0, ModifierTableModel::FindingsColumn).data().toString();
        QVERIFY2(findings.contains(u"PC/TC"_s), qPrintable(findings));
        QVERIFY2(findings.contains(u"CMS"_s), qPrintable(findings)); // the source is in the row
        QVERIFY(!modifiers->index(0, ModifierTableModel::FindingsColumn).data(Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(view()->findChild<QTableView *>(u"medicareTable"_s));
        QVERIFY(labelText(u"medicareSourceLabel"_s).contains(u"2025"_s));
        QAbstractItemModelTester tester(modifiers, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void procedureWithoutIndicators_saysSoAsMissingData()
    {
        QVERIFY(browser()->selectCode(u"47384"_s));
        bool found = false;
        for (QLabel *label : view()->findChildren<QLabel *>(u"missingDataLabel"_s))
            found = found || label->text().contains(u"No Medicare indicators on file"_s);
        QVERIFY(found);
    }

    void selection_andSearch_areRememberedAcrossRestarts()
    {
        typeSearch(u"4738"_s);
        QVERIFY(browser()->selectCode(u"47383"_s));
        m_fixture.start();
        QCOMPARE(browser()->searchField()->text(), u"4738"_s);
        QCOMPARE(browser()->currentCode(), u"47383"_s);
        QCOMPARE(view()->code(), u"47383"_s);
    }

    void importThroughDialog_appearsAndPersists()
    {
        DialogSeams::queueFileNames({test::TestHome::dataPath(u"reports/kidney-cryo-50593.txt"_s)});
        action(u"actionImportReports"_s)->trigger();
        auto *dialog = m_fixture.window->findChild<QDialog *>(u"importResultDialog"_s);
        QVERIFY(dialog);
        auto *results = dialog->findChild<QTreeWidget *>(u"importResults"_s);
        QCOMPARE(results->topLevelItemCount(), 1);
        QVERIFY2(results->topLevelItem(0)->text(1).startsWith(u"Imported"_s),
                 qPrintable(results->topLevelItem(0)->text(1)));
        QVERIFY(listedCodes().contains(u"50593"_s));
        QCOMPARE(view()->code(), u"50593"_s);

        m_fixture.start();
        QVERIFY(listedCodes().contains(u"50593"_s));
        QVERIFY(browser()->selectCode(u"50593"_s));
        QVERIFY(labelText(u"codeSystemLabel"_s).contains(u"imported"_s));

        DialogSeams::queueAnswer(QMessageBox::Yes);
        QVERIFY(action(u"actionRemoveImported"_s)->isEnabled());
        action(u"actionRemoveImported"_s)->trigger();
        QVERIFY(!listedCodes().contains(u"50593"_s));
    }

    void importRejectedFile_isListedWithItsReason()
    {
        DialogSeams::queueFileNames({test::TestHome::dataPath(u"reports/empty.txt"_s)});
        action(u"actionImportReports"_s)->trigger();
        auto *dialog = m_fixture.window->findChild<QDialog *>(u"importResultDialog"_s);
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QTreeWidget *>()->topLevelItem(0)->text(1).startsWith(u"Rejected"_s));
        QCOMPARE(listedCodes().size(), 5);
    }

    void hostileReport_isShownLiterally()
    {
        m_fixture.window->openFiles({test::TestHome::dataPath(u"reports/markup.txt"_s)});
        QCOMPARE(view()->code(), u"47384"_s);
        auto *title = view()->findChild<QLabel *>(u"titleLabel"_s);
        QCOMPARE(title->textFormat(), Qt::PlainText);
        QVERIFY(title->text().contains(u"<script>alert('x')</script>"_s));
        QVERIFY(title->text().contains(u"<b>Irreversible</b>"_s));
        for (QLabel *label : view()->findChildren<QLabel *>())
            QCOMPARE(label->textFormat(), Qt::PlainText);
        bool imageTagShown = false;
        for (TextBlock *block : view()->findChildren<TextBlock *>())
            imageTagShown = imageTagShown || block->plainContent().contains(u"<img src=\"file:///etc/passwd\">"_s);
        QVERIFY(imageTagShown);
        const QString cell = view()->modifierModel()->index(0, ModifierTableModel::DescriptionColumn).data().toString();
        QCOMPARE(cell, u"<a href=\"javascript:alert(1)\">click</a>"_s);
    }

    void controlCharacters_areShownAsSymbols()
    {
        m_fixture.window->openFiles({test::TestHome::dataPath(u"reports/control-characters.txt"_s)});
        QCOMPARE(view()->code(), u"47382"_s);
        const QString title = labelText(u"titleLabel"_s);
        QVERIFY2(title.contains(u"\u241B[31mof Liver"_s), qPrintable(title));
        QVERIFY(!title.contains(QChar(0x1B)) && !title.contains(QChar(0x07)));
    }

    void importOverTheLimit_isRejectedWithTheLimit()
    {
        const QString path = m_fixture.home->filePath(u"huge.txt"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(5 * 1024 * 1024));
        file.close();
        DialogSeams::queueFileNames({path, u"/dev/zero"_s});
        action(u"actionImportReports"_s)->trigger();
        auto *dialog = m_fixture.window->findChild<QDialog *>(u"importResultDialog"_s);
        QVERIFY(dialog);
        auto *results = dialog->findChild<QTreeWidget *>();
        for (int i = 0; i < 2; ++i) {
            const QString text = results->topLevelItem(i)->text(1);
            QVERIFY2(text == u"Rejected: larger than 4 MiB, the limit for a report: not read"_s, qPrintable(text));
        }
        QCOMPARE(listedCodes().size(), 5);
    }

    void hostileReport_tooltipShowsTheCharacters()
    {
        m_fixture.window->openFiles({test::TestHome::dataPath(u"reports/markup.txt"_s)});
        QVERIFY(browser()->selectCode(u"47384"_s));
        QTreeView *list = browser()->codeList();
        const QRect row = list->visualRect(list->currentIndex());
        QHelpEvent help(QEvent::ToolTip, row.center(), list->viewport()->mapToGlobal(row.center()));
        QApplication::sendEvent(list->viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(!QToolTip::text().contains(u"<script>"_s), qPrintable(QToolTip::text()));
        QTextDocument shown;
        shown.setHtml(QToolTip::text());
        QVERIFY2(shown.toPlainText().contains(u"<script>alert('x')</script>"_s), qPrintable(shown.toPlainText()));
        QToolTip::hideText();
    }

    void plainToolTip_keepsEveryCharacter()
    {
        const QString text = u"<img src=\"file:///etc/passwd\"> & <b>bold</b>  two spaces\nnext line"_s;
        QTextDocument shown;
        shown.setHtml(PlainToolTips::literal(text));
        QCOMPARE(shown.toPlainText(), text); // spaces and the line break kept
        QVERIFY(!PlainToolTips::literal(text).contains(u"<img"_s));
    }

    void searchWords_areHighlightedOnThePage()
    {
        typeSearch(u"electrode"_s);
        QVERIFY(browser()->selectCode(u"47382"_s));
        const auto highlighted = [this] {
            bool any = false;
            for (TextBlock *block : view()->findChildren<TextBlock *>())
                any = any || !block->extraSelections().isEmpty();
            return any;
        };
        QTRY_VERIFY(highlighted()); // once typing settles
    }

    void highlights_startWhereAWordStarts()
    {
        TextBlock block;
        block.setPlainContent(u"Liver tumors; energy delivered to the liver, liver-directed"_s);
        block.setHighlightTerms({u"liver"_s});
        QStringList marked;
        for (const QTextEdit::ExtraSelection &selection : block.extraSelections())
            marked << u"%1:%2"_s.arg(selection.cursor.selectionStart()).arg(selection.cursor.selectedText());
        QCOMPARE(marked, (QStringList{u"0:Liver"_s, u"38:liver"_s, u"45:liver"_s})); // not "deLIVERed"
    }

    void typing_detailPageFollowsOnceTypingSettles()
    {
        QVERIFY(browser()->selectCode(u"47370"_s));
        QCOMPARE(view()->code(), u"47370"_s);
        typeSearch(u"47384"_s); // filters 47370 out: the list's current row moves to 47384
        QCOMPARE(browser()->currentCode(), u"47384"_s);
        QTRY_COMPARE(view()->code(), u"47384"_s);
        QTest::keyClick(browser()->searchField(), Qt::Key_Escape);
        QTest::keyClick(browser()->searchField(), Qt::Key_Up); // navigation: the page follows at once
        QCOMPARE(browser()->currentCode(), u"47383"_s);
        QCOMPARE(view()->code(), u"47383"_s);
    }

    // Ctrl+= and Ctrl+- size the whole procedure page, Ctrl+0 resets, the code pages follow, and
    // the next start remembers it.
    void zoom_sizesTheWholePage_andIsShared()
    {
        QVERIFY(browser()->selectCode(u"47382"_s));
        auto *summary = view()->findChild<TextBlock *>(u"summaryText"_s);
        QVERIFY(summary);
        const qreal normal = summary->font().pointSizeF();
        const qreal title = view()->findChild<QLabel *>(u"titleLabel"_s)->font().pointSizeF();
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_Equal, Qt::ControlModifier);
        QTest::keyClick(view(), Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(view()->zoom()->steps(), 2);
        summary = view()->findChild<TextBlock *>(u"summaryText"_s);
        QCOMPARE(summary->font().pointSizeF(), normal + 2);
        QVERIFY(view()->findChild<QLabel *>(u"titleLabel"_s)->font().pointSizeF() > title + 2);
        QCOMPARE(m_fixture.window->findChild<CodePageView *>()->zoomSteps(), 2);

        m_fixture.start(); // a new window: the zoom is remembered
        QVERIFY(browser()->selectCode(u"47382"_s));
        QTRY_VERIFY(view()->findChild<TextBlock *>(u"summaryText"_s));
        QCOMPARE(view()->findChild<TextBlock *>(u"summaryText"_s)->font().pointSizeF(), normal + 2);
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(view()->zoom()->steps(), 0);
        QCOMPARE(view()->findChild<TextBlock *>(u"summaryText"_s)->font().pointSizeF(), normal);
    }

    // A page is laid out once, at the width it is shown at: a hidden view (the window at start-up)
    // keeps the procedure and builds the page when shown; its text then fills the real width.
    void hiddenView_buildsItsPageWhenShown_atItsWidth()
    {
        Procedure procedure;
        procedure.code = u"47999"_s;
        procedure.title = u"Unlisted procedure, biliary tract"_s;
        procedure.summary = {QString(u"A long paragraph about the liver. "_s).repeated(60)};
        ProcedureView view;
        view.resize(700, 500);
        view.setProcedure(procedure, {}, u"none"_s);
        QCOMPARE(view.code(), u"47999"_s);
        QVERIFY(!view.findChild<TextBlock *>(u"summaryText"_s)); // nothing laid out yet

        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        TextBlock *summary = nullptr;
        QTRY_VERIFY((summary = view.findChild<TextBlock *>(u"summaryText"_s)));
        QTRY_COMPARE(int(summary->document()->textWidth()), summary->viewport()->width());
        QVERIFY(summary->viewport()->width() > 400);
        QCOMPARE(summary->height(), summary->sizeHint().height()); // all of it, no inner scrolling
        QVERIFY(summary->document()->size().height() > 5 * summary->fontMetrics().lineSpacing());

        procedure.code = u"47998"_s; // once shown, a new page is built at once
        view.setProcedure(procedure, {}, u"none"_s);
        QCOMPARE(view.findChild<QLabel *>(u"codeLabel"_s)->text(), u"47998"_s);
    }
};

QTEST_MAIN(TestBrowser)
#include "tst_browser.moc"
