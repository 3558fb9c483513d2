#include "codesets/CodeSetImporter.h"
#include "codesets/CodeSetSearch.h"
#include "core/LibraryDatabase.h"
#include "TestHome.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace codedesk;

// The ranking rules of the code-set search, each on a small hand-written order file
// (tests/data/codesets/icd10cm-order-ranking.txt, written by make_fixtures.py).
class TestSearchRanking final : public QObject
{
    Q_OBJECT

private:
    QStringList codes(const QString &query, int limit = 10)
    {
        QStringList result;
        for (const CodeSetHit &hit : m_search->search(CodeSetKind::Icd10Cm, query, limit))
            result << hit.code;
        return result;
    }
    CodeSetHit first(const QString &query) { return m_search->search(CodeSetKind::Icd10Cm, query, 10).value(0); }

    std::unique_ptr<test::TestHome> m_home;
    std::unique_ptr<LibraryDatabase> m_db;
    std::unique_ptr<CodeSetSearch> m_search;

private Q_SLOTS:
    void initTestCase()
    {
        m_home = std::make_unique<test::TestHome>();
        m_db = m_home->openLibrary();
        QVERIFY(m_db);
        const auto result = CodeSetImporter(*m_db).importFile(
            CodeSetKind::Icd10Cm, test::TestHome::dataPath(u"codesets/icd10cm-order-ranking.txt"_s));
        QVERIFY2(result.ok(), qPrintable(result.error));
        m_search = std::make_unique<CodeSetSearch>(*m_db);
    }

    void cleanupTestCase()
    {
        m_search.reset();
        m_db.reset();
        m_home.reset();
    }

    void exactTitle_comesFirst_headerOrNot()
    {
        QCOMPARE(codes(u"fracture femur"_s).value(0), u"S72"_s); // a header, over every billable code
        QCOMPARE(codes(u"cholera"_s).value(0), u"A00"_s);
        QCOMPARE(codes(u"heart failure"_s).value(0), u"I50"_s);
    }

    void coverage_shortBillableSequelaDoesNotOutrankTheCondition()
    {
        const QStringList found = codes(u"fracture femur"_s);
        QVERIFY(found.indexOf(u"M84.351S"_s) > found.indexOf(u"S72.90"_s));
    }

    void initialEncounter_beforeSubsequentAndSequela()
    {
        const QStringList found = codes(u"unspecified fracture of unspecified femur closed"_s);
        QCOMPARE(found.value(0), u"S72.90XA"_s);
        QVERIFY(found.indexOf(u"S72.90XD"_s) > found.indexOf(u"S72.90XA"_s));
        const QStringList femur = codes(u"fracture unspecified femur"_s);
        QVERIFY(femur.indexOf(u"S72.90XS"_s) > femur.indexOf(u"S72.90XA"_s));
    }

    void unspecifiedSibling_beforeOtherSiblings()
    {
        QCOMPARE(codes(u"chest pain"_s).value(0), u"R07.9"_s);
        QCOMPARE(codes(u"pain chest"_s).value(0), u"R07.9"_s);
        QCOMPARE(codes(u"alzheimer disease"_s).value(0), u"G30"_s); // the exact title, then its default
        QCOMPARE(codes(u"alzheimer disease"_s).value(1), u"G30.9"_s);
    }

    void whatTheDefaultLeavesOpen_isNotNeeded()
    {
        // "Sepsis, unspecified organism" is sepsis itself; "Puerperal sepsis" is a kind of it.
        QCOMPARE(codes(u"sepsis"_s).value(0), u"A41.9"_s);
    }

    void nonessentialWords_andHierarchy_breakEqualCoverage()
    {
        // "Essential (primary) hypertension": the words in parentheses are not needed; of the
        // titles that cover "hypertension" as well, the category code comes first.
        QCOMPARE(codes(u"hypertension"_s).value(0), u"I10"_s);
        QCOMPARE(codes(u"primary hypertension"_s).value(0), u"I10"_s);
    }

    void codes_anywhereInTheQuery_withOrWithoutDot()
    {
        QCOMPARE(codes(u"I10 hypertension"_s).value(0), u"I10"_s);
        QCOMPARE(codes(u"hypertension I10"_s).value(0), u"I10"_s);
        QCOMPARE(codes(u"r079 pain"_s).value(0), u"R07.9"_s);
        QCOMPARE(codes(u"pain R07.9"_s).value(0), u"R07.9"_s);
        QCOMPARE(first(u"R07.9 chest"_s).score, 1000.0);
    }

    void typos_inLongerWords_areForgiven()
    {
        QCOMPARE(codes(u"hypertention"_s).value(0), u"I10"_s);   // one edit
        QCOMPARE(codes(u"hypretension"_s).value(0), u"I10"_s);   // two letters swapped
        QCOMPARE(codes(u"chlera"_s).value(0), u"A00"_s);         // six letters: one edit
        QVERIFY(codes(u"pian"_s).isEmpty());                     // short words must be right
        // A hit through a typo says so (other kinds' exact hits come first: LibrarySearch).
        QVERIFY(first(u"hypertention"_s).fuzzy);
        QVERIFY(!first(u"hypertension"_s).fuzzy);
        QVERIFY(!first(u"I10"_s).fuzzy);
    }

    void pluralsAndPossessives_match()
    {
        QCOMPARE(codes(u"alzheimers"_s).value(0), u"G30.9"_s); // the title's other word unsaid: the default
        QCOMPARE(codes(u"alzheimers disease"_s).value(0), u"G30"_s);
        QCOMPARE(codes(u"alzheimer's disease"_s).value(0), u"G30"_s);
        QCOMPARE(codes(u"chest pains"_s).value(0), u"R07.9"_s);
        QCOMPARE(codes(u"fractures femur"_s).value(0), u"S72"_s);
    }

    void letterDigitRuns_splitOrJoined()
    {
        QCOMPARE(codes(u"b12"_s).value(0), u"D51.9"_s);
        QCOMPARE(codes(u"b 12 anemia"_s).value(0), u"D51.9"_s);
        QCOMPARE(codes(u"vitamin b 12"_s).value(0), u"D51.9"_s);
    }

    void abbreviations_expand_andSayWhy()
    {
        const QList<CodeSetHit> hits = m_search->search(CodeSetKind::Icd10Cm, u"CHF"_s, 10);
        QVERIFY(hits.size() >= 2);
        QCOMPARE(hits.at(0).code, u"I50"_s);
        QCOMPARE(hits.at(1).code, u"I50.9"_s);
        QCOMPARE(hits.at(0).matched, u"CHF: congestive heart failure"_s);
        QCOMPARE(codes(u"htn"_s).value(0), u"I10"_s);
    }

    void synonyms_ofSeveralWords_expand()
    {
        const CodeSetHit hit = first(u"high cholesterol"_s);
        QCOMPARE(hit.code, u"E78.00"_s);
        QCOMPARE(hit.matched, u"high cholesterol: hypercholesterolemia"_s);
    }

    void plainMatches_sayNothing()
    {
        QVERIFY(first(u"cholera"_s).matched.isEmpty());
        QVERIFY(first(u"A00"_s).matched.isEmpty());
    }

    void noEntryWithEveryWord_givesTheClosest_sayingWhatWasNotFound()
    {
        const CodeSetHit hit = first(u"portal hypertension zebra"_s);
        QCOMPARE(hit.code, u"K76.6"_s);
        QCOMPARE(hit.matched, u"not found: zebra"_s);
        QVERIFY(codes(u"zebra giraffe okapi"_s).isEmpty());
        QVERIFY(codes(u"zebra hypertension giraffe okapi"_s).isEmpty()); // fewer than half the words
    }

    void scores_comparable_exactCodeAboveEveryWordMatch()
    {
        const QList<CodeSetHit> hits = m_search->search(CodeSetKind::Icd10Cm, u"chest pain"_s, 10);
        QVERIFY(!hits.isEmpty());
        for (const CodeSetHit &hit : hits)
            QVERIFY(hit.score > 0 && hit.score < 900);
    }
};

QTEST_GUILESS_MAIN(TestSearchRanking)
#include "tst_searchranking.moc"
