// Code pages in the real main window: every kind opens from a hit or a link, Back returns,
// favourites, notes found by search, compare (issue 14's "done when").
#include "MainWindow.h"
#include "PageFixtures.h"
#include "UiTestSupport.h"
#include "browser/CodePageView.h"
#include "browser/CompareCodesDialog.h"
#include "browser/CompareDialog.h"
#include "browser/ReferencePane.h"
#include "browser/SearchHitsModel.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;
using codedesk::ui::CodePageView;
using codedesk::ui::ReferencePane;
using codedesk::ui::SearchHitsModel;

class TestCodePages final : public QObject
{
    Q_OBJECT

private:
    codedesk::test::WindowFixture m_fixture;

    ReferencePane *pane() const { return m_fixture.window->referencePane(); }
    CodePageView *view() const { return pane()->codePageView(); }
    QString pageText() const { return view()->toPlainText(); }

    QListView *hitList() const { return m_fixture.window->findChild<QListView *>(u"codeSetHits"_s); }

    // Types into the search field; the code-set hit for `code`, invalid when there is none.
    QModelIndex searchHit(const QString &query, const QString &code)
    {
        auto *field = m_fixture.window->findChild<QLineEdit *>(u"searchField"_s);
        field->clear();
        QTest::keyClicks(field, query);
        QAbstractItemModel *model = hitList()->model();
        for (int i = 0; i < model->rowCount(); ++i) {
            if (model->index(i, 0).data(SearchHitsModel::CodeRole).toString() == code)
                return model->index(i, 0);
        }
        return {};
    }

    // Clicks the link whose text is `label` in the page, as the coder would.
    bool clickLink(const QString &label)
    {
        QTextDocument *document = view()->document();
        QTextCursor cursor(document);
        while (!(cursor = document->find(label, cursor, QTextDocument::FindCaseSensitively)).isNull()) {
            if (!cursor.charFormat().anchorHref().isEmpty() || cursor.charFormat().isAnchor()) {
                QTextCursor middle = cursor;
                middle.setPosition(cursor.selectionStart() + 1);
                view()->setTextCursor(middle);
                view()->ensureCursorVisible();
                const QPoint point = view()->cursorRect(middle).center();
                QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, point);
                return true;
            }
        }
        return false;
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

    void diagnosisHit_opensThePage_withTheInheritedExcludes1()
    {
        const QModelIndex hit = searchHit(u"C22.0"_s, u"C22.0"_s);
        QVERIFY(hit.isValid());
        QTest::mouseClick(hitList()->viewport(), Qt::LeftButton, {}, hitList()->visualRect(hit).center());
        QTRY_COMPARE(pane()->currentCode(), u"C22.0"_s);
        QCOMPARE(pane()->currentKind(), u"icd10cm"_s);
        const QString text = pageText();
        QVERIFY2(text.contains(u"Excludes1: secondary malignant neoplasm of liver (C78.7) (from C22)"_s),
                 qPrintable(text));
        QVERIFY(text.contains(u"Billable"_s));
        QVERIFY(text.contains(u"Inclusion term: Hepatocellular carcinoma"_s));
        QVERIFY(!text.contains(u"Hepatocellular carcinoma (from"_s)); // its own note is not inherited
    }

    void modifiersView_listsThemAll_andCountsHonestly()
    {
        auto *kind = m_fixture.window->findChild<QComboBox *>(u"kindFilter"_s);
        kind->setCurrentIndex(kind->findData(u"modifier"_s));
        auto *field = m_fixture.window->findChild<QLineEdit *>(u"searchField"_s);
        field->clear();
        QAbstractItemModel *model = hitList()->model();
        auto *hits = static_cast<SearchHitsModel *>(model);
        QVERIFY(hits->total() > SearchHitsModel::pageSize); // the bundled dictionary and the imported ones
        QCOMPARE(model->rowCount(), SearchHitsModel::pageSize);
        QVERIFY(model->canFetchMore({}));
        while (model->canFetchMore({}))
            model->fetchMore({});
        QCOMPARE(model->rowCount(), hits->total());
        const QString count = m_fixture.window->findChild<QLabel *>(u"hitCountLabel"_s)->text();
        QCOMPARE(count, u"%1 hits"_s.arg(hits->total()));
        bool jz = false;
        for (int i = 0; i < model->rowCount(); ++i)
            jz = jz || model->index(i, 0).data(SearchHitsModel::CodeRole).toString() == u"JZ"_s;
        QVERIFY(jz);
    }

    void enter_opensTheBestHit_ofAnyKind()
    {
        auto *field = m_fixture.window->findChild<QLineEdit *>(u"searchField"_s);
        field->setFocus();
        field->clear();
        QTest::keyClicks(field, u"76940"_s);
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(pane()->currentKind(), u"pfs"_s);
        QCOMPARE(pane()->currentCode(), u"76940"_s);
        field->clear();
        QTest::keyClicks(field, u"JZ"_s);
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(pane()->currentKind(), u"modifier"_s);
    }

    void link_thenBack_thenForward()
    {
        QVERIFY(pane()->openPage(u"icd10cm"_s, u"C22.0"_s));
        QVERIFY(clickLink(u"C78.7"_s));
        QTRY_COMPARE(pane()->currentCode(), u"C78.7"_s);
        QTest::keyClick(m_fixture.window.get(), Qt::Key_Left, Qt::AltModifier);
        QTRY_COMPARE(pane()->currentCode(), u"C22.0"_s);
        QVERIFY(pageText().contains(u"Liver cell carcinoma"_s));
        QTest::keyClick(m_fixture.window.get(), Qt::Key_Right, Qt::AltModifier);
        QTRY_COMPARE(pane()->currentCode(), u"C78.7"_s);
        QCOMPARE(pane()->history().mid(pane()->history().size() - 2),
                 (QStringList{u"icd10cm C22.0"_s, u"icd10cm C78.7"_s}));
    }

    void seventhCharacterTable_reachesTheFullCode()
    {
        QVERIFY(pane()->openPage({}, u"S72.001"_s));
        QVERIFY(pageText().contains(u"Seventh character"_s));
        QVERIFY(pageText().contains(u"initial encounter for closed fracture"_s));
        QVERIFY(clickLink(u"S72.001A"_s));
        QTRY_COMPARE(pane()->currentCode(), u"S72.001A"_s);
        QVERIFY(pageText().contains(u"Billable"_s));
        QVERIFY(pageText().contains(u"(from S72)"_s));
    }

    void everyKind_hasItsPage()
    {
        QVERIFY(pane()->openPage({}, u"J9035"_s));
        QCOMPARE(pane()->currentKind(), u"hcpcs"_s);
        QVERIFY(pageText().contains(u"Injection, bevacizumab, 10 mg"_s));
        QVERIFY(pageText().contains(u"BETOS Code"_s));

        QVERIFY(pane()->openPage({}, u"JZ"_s));
        QCOMPARE(pane()->currentKind(), u"modifier"_s);
        QVERIFY(pageText().contains(u"Zero drug amount discarded"_s));

        QVERIFY(pane()->openPage(u"modifier"_s, u"26"_s));
        QVERIFY(pageText().contains(u"PC/TC"_s));
        QVERIFY(pageText().contains(u"47382"_s)); // a report lists it

        QVERIFY(pane()->openPage(u"pos"_s, u"22"_s));
        QVERIFY(pageText().contains(u"On Campus-Outpatient Hospital"_s));
        QVERIFY(pageText().contains(u"facility rate"_s));

        QVERIFY(pane()->openPage({}, u"76940"_s));
        QCOMPARE(pane()->currentKind(), u"pfs"_s);
        const QString text = pageText();
        QVERIFY(text.contains(u"descriptor not in the imported file"_s));
        QVERIFY(text.contains(u"-26"_s));
        QVERIFY(text.contains(u"-TC"_s));
        QVERIFY(text.contains(u"$97.04"_s));
        QVERIFY(text.contains(u"diagnostic test or radiology service"_s));
    }

    void pageNeverLoadsWhatItNames()
    {
        const QVariant loaded = view()->loadResource(QTextDocument::ImageResource, QUrl(u"file:///etc/passwd"_s));
        QVERIFY(!loaded.isValid());
        QVERIFY(!view()->openLinks());
        QVERIFY(!view()->openExternalLinks());
    }

    void recentCodes_outliveTheWindow()
    {
        QVERIFY(pane()->openPage({}, u"J9035"_s));
        QVERIFY(pane()->openPage({}, u"C22.0"_s));
        m_fixture.start();
        const QStringList recent = pane()->recentCodes();
        QVERIFY(recent.contains(u"icd10cm C22.0"_s));
        QVERIFY(recent.indexOf(u"icd10cm C22.0"_s) < recent.indexOf(u"hcpcs J9035"_s)); // newest first
    }

    void recentCodes_areWrittenSoonAfter_notOnEveryPage()
    {
        QVERIFY(pane()->openPage({}, u"J9035"_s));
        QVERIFY(pane()->recentCodes().contains(u"hcpcs J9035"_s)); // at once in the window
        // The settings file follows within seconds, without waiting for the window to close.
        QTRY_VERIFY_WITH_TIMEOUT(
            QSettings().value(u"reference/recentCodes"_s).toStringList().contains(u"hcpcs J9035"_s), 10000);
    }

    void star_thenFindUnderFavourites()
    {
        QVERIFY(pane()->openPage({}, u"J9035"_s));
        pane()->favouriteButton()->click();
        QVERIFY(pane()->openPage({}, u"C22.0"_s));
        QVERIFY(!pane()->favouriteButton()->isChecked());
        QMenu *menu = pane()->favouritesMenu();
        Q_EMIT menu->aboutToShow();
        QAction *favourite = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->text().startsWith(u"J9035"_s))
                favourite = action;
        }
        QVERIFY(favourite);
        favourite->trigger();
        QCOMPARE(pane()->currentCode(), u"J9035"_s);
        QVERIFY(pane()->favouriteButton()->isChecked());
    }

    void note_isKept_andFoundBySearch()
    {
        QVERIFY(pane()->openPage({}, u"C22.1"_s));
        pane()->noteEdit()->setPlainText(u"ask Dr Okafor about cholangiocarcinoma wording"_s);
        QTest::mouseClick(pane()->saveNoteButton(), Qt::LeftButton);
        QVERIFY(pane()->openPage({}, u"C22.0"_s));
        QVERIFY(pane()->noteEdit()->toPlainText().isEmpty());
        const QModelIndex hit = searchHit(u"Okafor"_s, u"C22.1"_s);
        QVERIFY(hit.isValid());
        QVERIFY(hit.data().toString().contains(u"your note"_s));
        // Kept in the library: a new window shows it.
        m_fixture.start();
        QVERIFY(pane()->openPage({}, u"C22.1"_s));
        QCOMPARE(pane()->noteEdit()->toPlainText(), u"ask Dr Okafor about cholangiocarcinoma wording"_s);
    }

    void compare_throughTheToolbar_marksTheDifferences()
    {
        QVERIFY(pane()->openPage({}, u"47382"_s));
        m_fixture.window->findChild<QAction *>(u"actionCompare"_s)->trigger();
        auto *ask = m_fixture.window->findChild<codedesk::ui::CompareCodesDialog *>(u"compareCodesDialog"_s);
        QVERIFY(ask);
        QTRY_VERIFY(ask->isVisible());
        QCOMPARE(ask->codesField()->text(), u"47382 "_s); // the page's code comes first
        QVERIFY(!ask->compareButton()->isEnabled());      // one code is nothing to compare
        QTest::keyClicks(ask->codesField(), u"47383 C22.0 J9035 76940"_s);
        QVERIFY(!ask->compareButton()->isEnabled()); // five do not fit side by side
        QVERIFY2(ask->hintLabel()->text().contains(u"remove 1"_s), qPrintable(ask->hintLabel()->text()));
        ask->codesField()->setText(u"47382, 47383"_s);
        QVERIFY(ask->compareButton()->isEnabled());
        QTest::mouseClick(ask->compareButton(), Qt::LeftButton);

        auto *dialog = m_fixture.window->findChild<codedesk::ui::CompareDialog *>(u"compareDialog"_s);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QTableWidget *table = dialog->table();
        QCOMPARE(table->columnCount(), 2);
        QCOMPARE(table->horizontalHeaderItem(0)->text(), u"47382"_s);
        QCOMPARE(table->horizontalHeaderItem(1)->text(), u"47383"_s);
        const QStringList differing = dialog->differingRows();
        QVERIFY(differing.contains(u"Title"_s));
        QVERIFY(differing.contains(u"Global: facility payment"_s));
        QVERIFY(!differing.contains(u"Global: global days"_s)); // both 010
        QVERIFY(!differing.contains(u"Kind"_s));
        // Rows are named in words, never by the page's JSON keys.
        QStringList labels;
        for (int row = 0; row < table->rowCount(); ++row)
            labels << table->verticalHeaderItem(row)->text();
        QVERIFY2(labels.filter(u"Typical site of service"_s).size() == 1, qPrintable(labels.join(u" | "_s)));
        for (const QString &key : {u"codeSystem"_s, u"serviceType"_s, u"siteOfService"_s})
            QVERIFY2(labels.filter(key).isEmpty(), qPrintable(labels.join(u" | "_s)));
        // Marked where the coder looks: the row's label and its cells.
        for (int row = 0; row < table->rowCount(); ++row) {
            const QString label = table->verticalHeaderItem(row)->text();
            const bool marked = label.startsWith(u"\u2260 "_s);
            QCOMPARE(marked, differing.contains(label.mid(marked ? 2 : 0)));
            QCOMPARE(table->item(row, 0)->font().bold(), marked);
            QCOMPARE(table->item(row, 1)->font().bold(), marked);
        }
    }

    void compare_unknownCode_saysSo()
    {
        pane()->compare({u"47382"_s, u"Z99999"_s});
        auto *dialog = m_fixture.window->findChild<codedesk::ui::CompareDialog *>(u"compareDialog"_s);
        QVERIFY(dialog);
        QVERIFY(dialog->table()->horizontalHeaderItem(1)->text().contains(u"not in the library"_s));
    }

    void facetFilter_changesOnlyOnPurpose_andClears()
    {
        auto *organ = m_fixture.window->findChild<QComboBox *>(u"organFilter"_s);
        QVERIFY(organ);
        QVERIFY(organ->count() > 1);
        organ->setFocus();
        QTest::keyClick(organ, Qt::Key_PageDown);
        QCOMPARE(organ->currentIndex(), 0);
        organ->setCurrentIndex(1);
        auto *payer = m_fixture.window->findChild<QComboBox *>(u"payerFilter"_s);
        payer->setCurrentIndex(1);
        m_fixture.window->findChild<QPushButton *>(u"clearFiltersButton"_s)->click();
        QCOMPARE(organ->currentIndex(), 0);
        QCOMPARE(payer->currentIndex(), 0);
    }

    void zoom_isRemembered()
    {
        QVERIFY(pane()->openPage({}, u"C22.0"_s));
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_Equal, Qt::ControlModifier);
        QTest::keyClick(view(), Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(view()->zoomSteps(), 2);
        m_fixture.start();
        QCOMPARE(view()->zoomSteps(), 2);
        QVERIFY(QTest::qWaitForWindowActive(m_fixture.window.get()));
        QVERIFY(pane()->openPage({}, u"C22.0"_s));
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(view()->zoomSteps(), 0);
    }
};

QTEST_MAIN(TestCodePages)
#include "tst_codepages.moc"
