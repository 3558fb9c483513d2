// LibrarySearch as the browser uses it: one kept for every keystroke. What it keeps (the modifier
// and place-of-service indexes, the coder's notes) never hides a change to the library.
#include "PageFixtures.h"
#include "TestHome.h"
#include "library/CodeBookmarks.h"
#include "library/LibrarySearch.h"
#include "library/Workspace.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <optional>

using namespace Qt::Literals::StringLiterals;
using codedesk::CodeBookmarks;
using codedesk::LibrarySearch;
using codedesk::SearchHit;

namespace {

// A copy: the lists searched are often temporaries.
std::optional<SearchHit> find(const QList<SearchHit> &hits, const QString &kind, const QString &code)
{
    for (const SearchHit &hit : hits) {
        if (hit.kind == kind && hit.code == code)
            return hit;
    }
    return std::nullopt;
}

QString describe(const QList<SearchHit> &hits)
{
    QStringList lines;
    for (const SearchHit &hit : hits)
        lines << u"%1 %2 %3 %4"_s.arg(hit.kind, hit.code, QString::number(hit.score), hit.matched);
    return lines.join(u'\n');
}

} // namespace

class TestLibrarySearch final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<codedesk::test::TestHome> m_home;
    std::unique_ptr<codedesk::Workspace> m_workspace;

private Q_SLOTS:
    void init()
    {
        m_home = std::make_unique<codedesk::test::TestHome>();
        const QStringList failures = codedesk::test::importPageFixtures();
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
        m_workspace = std::make_unique<codedesk::Workspace>();
        QVERIFY2(m_workspace->load(), qPrintable(m_workspace->errorString()));
    }
    void cleanup()
    {
        m_workspace.reset();
        m_home.reset();
    }

    void keptSearch_givesTheSameHits_asAFreshOne_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("kinds");
        const QStringList every{u"icd10cm"_s, u"hcpcs"_s, u"modifier"_s, u"pos"_s, u"pfs"_s};
        QTest::newRow("words") << u"liver carcinoma"_s << every;
        QTest::newRow("modifier code") << u"JZ"_s << every;
        QTest::newRow("place of service") << u"22"_s << every;
        QTest::newRow("place of service words") << u"outpatient hospital"_s << QStringList{u"pos"_s};
        QTest::newRow("fee schedule only") << u"76940"_s << every;
        QTest::newRow("code with modifier") << u"J9035 JZ"_s << QStringList{u"hcpcs"_s};
        QTest::newRow("prefix") << u"fr"_s << every;
    }
    void keptSearch_givesTheSameHits_asAFreshOne()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, kinds);
        LibrarySearch kept(*m_workspace);
        kept.search(u"warm up"_s, kinds, 50); // builds what it keeps
        const QList<SearchHit> again = kept.search(query, kinds, 50).hits;
        const QList<SearchHit> fresh = LibrarySearch(*m_workspace).search(query, kinds, 50).hits;
        QVERIFY(!fresh.isEmpty());
        QCOMPARE(describe(again), describe(fresh));
    }

    void exactCode_ofEachShortKind_isAHit_withItsTitle()
    {
        LibrarySearch search(*m_workspace);
        const QList<SearchHit> pfs = search.search(u"76940"_s, {u"pfs"_s}).hits;
        const auto hit = find(pfs, u"pfs"_s, u"76940"_s);
        QVERIFY2(hit, qPrintable(describe(pfs)));
        QCOMPARE(hit->score, 1000.0);
        QCOMPARE(hit->title, u"(descriptor not in the imported file)"_s);
        const auto jz = find(search.search(u"jz"_s, {u"modifier"_s}).hits, u"modifier"_s, u"JZ"_s);
        QVERIFY(jz);
        QVERIFY2(jz->title.startsWith(u"Zero drug amount discarded"_s), qPrintable(jz->title));
        QVERIFY(!find(search.search(u"Q9"_s, {u"modifier"_s}).hits, u"modifier"_s, u"Q9"_s)); // no such modifier
    }

    // Near misses (hits without some of the query's words) are a fallback across kinds too: an
    // exact code of one kind is not followed by other kinds' titles that share a digit with it.
    void nearMissesOfOtherKinds_giveWayToAFullMatch()
    {
        LibrarySearch search(*m_workspace);
        const QList<SearchHit> exact = search.search(u"C22.0"_s, {}, 50).hits;
        QVERIFY(!exact.isEmpty());
        QCOMPARE(exact.constFirst().code, u"C22.0"_s);
        for (const SearchHit &hit : exact) {
            QVERIFY2(!hit.partial && !hit.matched.contains(u"not found"_s), qPrintable(describe(exact)));
        }
        // With no full match anywhere, the near misses are what there is, saying what is missing.
        const QList<SearchHit> fallback = search.search(u"liver zzyzxqq"_s, {}, 50).hits;
        QVERIFY2(!fallback.isEmpty(), "the near misses are shown when nothing has every word");
        QVERIFY(std::all_of(fallback.cbegin(), fallback.cend(), [](const SearchHit &hit) { return hit.partial; }));
        QVERIFY2(fallback.constFirst().matched.contains(u"not found: zzyzxqq"_s), qPrintable(describe(fallback)));
    }

    // The same for words found only through a typo: the modifiers say "clinical", the places of
    // service only "clinic", two letters away; a coder who typed "clinical" meant the modifiers.
    void typoMatchesOfOtherKinds_giveWayToTheWordAsTyped()
    {
        LibrarySearch search(*m_workspace);
        const QStringList kinds{u"modifier"_s, u"pos"_s};
        const QList<SearchHit> typed = search.search(u"clinical"_s, kinds, 50).hits;
        QVERIFY2(!typed.isEmpty(), "the modifiers have the word");
        for (const SearchHit &hit : typed)
            QVERIFY2(hit.kind == u"modifier"_s && !hit.fuzzy, qPrintable(describe(typed)));
        const QList<SearchHit> places = search.search(u"clinical"_s, {u"pos"_s}, 50).hits;
        QVERIFY2(!places.isEmpty() && std::all_of(places.cbegin(), places.cend(),
                                                  [](const SearchHit &hit) { return hit.fuzzy; }),
                 qPrintable(describe(places))); // alone, the typo matches are what there is
    }

    void noteSaved_afterTheNotesWereKept_isFound()
    {
        LibrarySearch search(*m_workspace);
        QVERIFY(!find(search.search(u"Okafor"_s).hits, u"icd10cm"_s, u"C22.1"_s));
        QVERIFY(CodeBookmarks(m_workspace->database()).setNote(u"icd10cm"_s, u"C22.1"_s, u"ask Dr Okafor"_s));
        const QList<SearchHit> hits = search.search(u"okafor"_s).hits;
        const auto hit = find(hits, u"icd10cm"_s, u"C22.1"_s);
        QVERIFY2(hit, qPrintable(describe(hits)));
        QCOMPARE(hit->matched, u"your note: ask Dr Okafor"_s);
        // Changed and removed: the kept notes follow.
        QVERIFY(CodeBookmarks(m_workspace->database()).setNote(u"icd10cm"_s, u"C22.1"_s, u"ask Dr Adeyemi"_s));
        QVERIFY(!find(search.search(u"Okafor"_s).hits, u"icd10cm"_s, u"C22.1"_s));
        QVERIFY(find(search.search(u"adeyemi"_s).hits, u"icd10cm"_s, u"C22.1"_s));
        QVERIFY(CodeBookmarks(m_workspace->database()).setNote(u"icd10cm"_s, u"C22.1"_s, QString()));
        QVERIFY(!find(search.search(u"adeyemi"_s).hits, u"icd10cm"_s, u"C22.1"_s));
    }

    void noteWrittenByAnotherProcess_isFound()
    {
        LibrarySearch search(*m_workspace);
        QVERIFY(!find(search.search(u"Okafor"_s).hits, u"icd10cm"_s, u"C22.0"_s));
        {
            // Another connection to the same library file stands for another CodeDesk.
            QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
            other.setDatabaseName(m_workspace->database().connection().databaseName());
            QVERIFY(other.open());
            QSqlQuery insert(other);
            QVERIFY2(insert.exec(u"INSERT INTO code_note (kind, code, text, updated_at) "
                                 "VALUES ('icd10cm', 'C22.0', 'Okafor again', '2026-01-01T00:00:00Z')"_s),
                     qPrintable(insert.lastError().text()));
            other.close();
        }
        QSqlDatabase::removeDatabase(u"other"_s);
        QVERIFY(find(search.search(u"Okafor"_s).hits, u"icd10cm"_s, u"C22.0"_s));
    }
};

QTEST_MAIN(TestLibrarySearch)
#include "tst_librarysearch.moc"
