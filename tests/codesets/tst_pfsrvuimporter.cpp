#include "codesets/PfsRvuImporter.h"
#include "TestHome.h"

#include <QTest>

#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace codedesk;

class TestPfsRvuImporter final : public QObject
{
    Q_OBJECT

private:
    static PfsRvuResult fixture()
    {
        return PfsRvuImporter::parse(test::TestHome::readData(u"codesets/pfs-rvu-2025.csv"_s));
    }

    // A copy: callers pass the result of a parse, a temporary.
    static std::optional<MedicareIndicatorRow> row(const PfsRvuResult &result, const QString &code,
                                                   const QString &modifier = {})
    {
        for (const MedicareIndicatorRow &r : result.rows) {
            if (r.code == code && r.modifier == modifier)
                return r;
        }
        return std::nullopt;
    }

private Q_SLOTS:
    void parse_banner_givesYearReleaseAndSource()
    {
        const PfsRvuResult result = fixture();
        QVERIFY(result.error.isEmpty());
        QCOMPARE(result.statedYear, 2025);
        QCOMPARE(result.released, QDate(2025, 9, 11));
        QCOMPARE(result.label, u"PFS 2025"_s);
        QCOMPARE(result.source, u"CMS PFS RVU file 2025, October release"_s);
    }

    void parse_globalRow_readsEveryIndicator()
    {
        const std::optional<MedicareIndicatorRow> r = row(fixture(), u"47370"_s);
        QVERIFY(r);
        QCOMPARE(r->status, u"A"_s);
        QCOMPARE(r->workRvu, u"20.80"_s);
        QCOMPARE(r->facilityTotal, u"37.90"_s);
        QCOMPARE(r->nonFacilityTotal, u"NA"_s); // NON-FAC NA INDICATOR says NA
        QCOMPARE(r->globalDays, u"090"_s);
        QCOMPARE(r->pcTc, 0);
        QCOMPARE(r->multipleProcedure, 2);
        QCOMPARE(r->bilateral, 0);
        QCOMPARE(r->assistant, 2);
        QCOMPARE(r->coSurgeon, 1);
        QCOMPARE(r->team, 0);
        QCOMPARE(r->conversionFactor, u"32.3465"_s);
        QCOMPARE(r->source, u"CMS PFS RVU file 2025, October release"_s);
        QCOMPARE(r->sourceDate, u"2025-09-11"_s);
    }

    void parse_quotedDescriptionWithComma_keepsColumns()
    {
        const std::optional<MedicareIndicatorRow> r = row(fixture(), u"47382"_s);
        QVERIFY(r);
        QCOMPARE(r->nonFacilityTotal, u"104.18"_s);
        QCOMPARE(r->facilityTotal, u"21.73"_s);
        QCOMPARE(r->globalDays, u"010"_s);
        QCOMPARE(r->assistant, 1);
        QCOMPARE(r->coSurgeon, 0);
    }

    void parse_modifierRows_areSeparate()
    {
        const PfsRvuResult result = fixture();
        QCOMPARE(row(result, u"76940"_s)->status, u"C"_s);
        QCOMPARE(row(result, u"76940"_s)->pcTc, 1);
        QCOMPARE(row(result, u"76940"_s, u"26"_s)->status, u"A"_s);
        QCOMPARE(row(result, u"76940"_s, u"26"_s)->workRvu, u"2.00"_s);
        QCOMPARE(row(result, u"76940"_s, u"TC"_s)->facilityTotal, u"NA"_s);
        QVERIFY(row(result, u"0600T"_s));
        QCOMPARE(result.rows.size(), 6);
    }

    void parse_brokenRows_areReportedWithTheirNumbers()
    {
        const PfsRvuResult result = fixture();
        QCOMPARE(result.problems.size(), 2);
        QCOMPARE(result.problems.at(0).line, 14);
        QVERIFY(result.problems.at(0).message.contains(u"not an RVU row"_s));
        QCOMPARE(result.problems.at(1).line, 15);
        QVERIFY(result.problems.at(1).message.contains(u"indicator"_s));
    }

    void parse_noHeader_isRejected()
    {
        const PfsRvuResult result = PfsRvuImporter::parse(test::TestHome::readData(u"codesets/pfs-no-header.csv"_s));
        QVERIFY(result.error.contains(u"no header line"_s));
        QVERIFY(result.rows.isEmpty());
    }

    void parse_headerMissingAColumn_isRejected()
    {
        const PfsRvuResult result = PfsRvuImporter::parse("HCPCS,MOD,DESCRIPTION\r\n47370,,x\r\n");
        QVERIFY(result.error.contains(u"STATUS CODE"_s));
    }
};

QTEST_GUILESS_MAIN(TestPfsRvuImporter)
#include "tst_pfsrvuimporter.moc"
