#include "reference/MedicareIndicators.h"
#include "TestHome.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace codedesk;

class TestMedicareIndicators final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_home = std::make_unique<test::TestHome>(); }
    void cleanup() { m_home.reset(); }

    // The DESIGN.md table, checked against the CMS 2025 RVU file (October release).
    void bundled_matchesThePfs2025Rows_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("modifier");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("work");
        QTest::addColumn<QString>("facility");
        QTest::addColumn<QString>("nonFacility");
        QTest::addColumn<QString>("global");
        QTest::addColumn<QList<int>>("indicators"); // pcTc, mult, bilat, asst, co-surg, team
        QTest::newRow("47370") << u"47370"_s << QString() << u"A"_s << u"20.80"_s << u"37.90"_s << u"NA"_s << u"090"_s
                               << QList<int>{0, 2, 0, 2, 1, 0};
        QTest::newRow("47381") << u"47381"_s << QString() << u"A"_s << u"24.88"_s << u"44.70"_s << u"NA"_s << u"090"_s
                               << QList<int>{0, 2, 0, 2, 1, 0};
        QTest::newRow("47382") << u"47382"_s << QString() << u"A"_s << u"14.97"_s << u"21.73"_s << u"104.18"_s
                               << u"010"_s << QList<int>{0, 2, 0, 1, 0, 0};
        QTest::newRow("47383") << u"47383"_s << QString() << u"A"_s << u"8.88"_s << u"13.39"_s << u"169.07"_s
                               << u"010"_s << QList<int>{0, 2, 0, 1, 0, 0};
        QTest::newRow("76940 global") << u"76940"_s << QString() << u"C"_s << u"0.00"_s << u"NA"_s << u"0.00"_s
                                      << u"YYY"_s << QList<int>{1, 0, 0, 0, 0, 0};
        QTest::newRow("76940-26") << u"76940"_s << u"26"_s << u"A"_s << u"2.00"_s << u"3.00"_s << u"3.00"_s << u"XXX"_s
                                  << QList<int>{1, 0, 0, 0, 0, 0};
        QTest::newRow("76940-TC") << u"76940"_s << u"TC"_s << u"C"_s << u"0.00"_s << u"NA"_s << u"0.00"_s << u"YYY"_s
                                  << QList<int>{1, 0, 0, 0, 0, 0};
        QTest::newRow("77013-26") << u"77013"_s << u"26"_s << u"A"_s << u"3.99"_s << u"5.42"_s << u"5.42"_s << u"XXX"_s
                                  << QList<int>{1, 0, 0, 0, 0, 0};
        QTest::newRow("77022-26") << u"77022"_s << u"26"_s << u"A"_s << u"4.24"_s << u"5.92"_s << u"5.92"_s << u"XXX"_s
                                  << QList<int>{1, 0, 0, 9, 0, 0};
        QTest::newRow("0600T") << u"0600T"_s << QString() << u"C"_s << u"0.00"_s << u"0.00"_s << u"0.00"_s << u"YYY"_s
                               << QList<int>{0, 0, 0, 0, 0, 0};
        QTest::newRow("0601T") << u"0601t"_s << QString() << u"C"_s << u"0.00"_s << u"0.00"_s << u"0.00"_s << u"YYY"_s
                               << QList<int>{0, 0, 0, 0, 0, 0};
    }

    void bundled_matchesThePfs2025Rows()
    {
        QFETCH(QString, code);
        QFETCH(QString, modifier);
        QFETCH(QString, status);
        QFETCH(QString, work);
        QFETCH(QString, facility);
        QFETCH(QString, nonFacility);
        QFETCH(QString, global);
        QFETCH(QList<int>, indicators);
        const MedicareIndicators medicare = MedicareIndicators::bundled();
        const MedicareIndicatorRow *row = medicare.find(code, modifier);
        QVERIFY(row);
        QCOMPARE(row->status, status);
        QCOMPARE(row->workRvu, work);
        QCOMPARE(row->facilityTotal, facility);
        QCOMPARE(row->nonFacilityTotal, nonFacility);
        QCOMPARE(row->globalDays, global);
        QCOMPARE(
            (QList<int>{row->pcTc, row->multipleProcedure, row->bilateral, row->assistant, row->coSurgeon, row->team}),
            indicators);
        QCOMPARE(row->conversionFactor, u"32.3465"_s);
        QVERIFY(row->source.contains(u"2025"_s));
        QCOMPARE(row->sourceDate, u"2025-09-11"_s);
    }

    void bundled_hasNoRowFor47384AndNamesItsDataSet()
    {
        const MedicareIndicators medicare = MedicareIndicators::bundled();
        QVERIFY(!medicare.find(u"47384"_s));
        QVERIFY(medicare.rowsFor(u"47384"_s).isEmpty());
        QCOMPARE(medicare.label(), u"PFS 2025"_s);
        QCOMPARE(medicare.rowsFor(u"77013"_s).size(), 3);
        QVERIFY(!medicare.find(u"47382"_s, u"26"_s)); // no -26 row for a physician service
        QVERIFY(medicare.notOnFileNote(u"47384"_s).contains(u"0600T"_s));
        QVERIFY(medicare.notOnFileNote(u"47384"_s).contains(u"2025-09-11"_s));
        QVERIFY(medicare.notOnFileNote(u"47382"_s).isEmpty());
    }

    void bundled_modifierChecksCoverTheIndicatorModifiers()
    {
        const MedicareIndicators medicare = MedicareIndicators::bundled();
        for (const auto &modifier :
             {u"26"_s, u"TC"_s, u"50"_s, u"51"_s, u"62"_s, u"66"_s, u"80"_s, u"81"_s, u"82"_s, u"AS"_s})
            QVERIFY2(medicare.isCheckedModifier(modifier), qPrintable(modifier));
        QVERIFY(!medicare.isCheckedModifier(u"59"_s));
        for (const IndicatorCheck &check : medicare.modifierChecks()) {
            QVERIFY(!check.source.isEmpty());
            QVERIFY(!check.sourceDate.isEmpty());
            QVERIFY(!check.meaning.isEmpty());
        }
    }

    void replaceAll_swapsRowsKeepsChecks()
    {
        MedicareIndicators medicare = MedicareIndicators::bundled();
        const qsizetype checks = medicare.modifierChecks().size();
        MedicareIndicatorRow row;
        row.code = u"47384"_s;
        row.pcTc = 0;
        row.source = u"imported RVU file"_s;
        row.sourceDate = u"2026-01-01"_s;
        medicare.replaceAll({row}, u"PFS 2026"_s);
        QCOMPARE(medicare.size(), 1);
        QVERIFY(medicare.find(u"47384"_s));
        QVERIFY(!medicare.find(u"47382"_s));
        QCOMPARE(medicare.label(), u"PFS 2026"_s);
        QCOMPARE(medicare.source(), u"imported RVU file"_s);
        QCOMPARE(medicare.modifierChecks().size(), checks);
    }

    void loadJson_badInput_fails_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not JSON") << QByteArray("nope");
        QTest::newRow("no rows") << QByteArray("{}");
        QTest::newRow("row without source") << QByteArray(R"({"rows": [{"code": "47382", "date": "2025-09-11"}]})");
        QTest::newRow("check with unknown indicator")
            << QByteArray(R"({"rows": [], "modifierChecks": [{"indicator": "colour", "modifiers": ["26"],)"
                          R"( "source": "s", "date": "d", "values": []}]})");
        QTest::newRow("check value without severity")
            << QByteArray(R"({"rows": [], "modifierChecks": [{"indicator": "team", "modifiers": ["66"],)"
                          R"( "source": "s", "date": "d", "values": [{"value": 0}]}]})");
    }

    void loadJson_badInput_fails()
    {
        QFETCH(QByteArray, json);
        MedicareIndicators medicare = MedicareIndicators::bundled();
        const qsizetype before = medicare.size();
        QString error;
        QVERIFY(!medicare.loadJson(json, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(medicare.size(), before);
    }

    void indicatorValue_readsFieldsByName()
    {
        MedicareIndicatorRow row;
        row.pcTc = 1;
        row.team = 2;
        QCOMPARE(MedicareIndicators::indicatorValue(row, u"pcTc"_s), 1);
        QCOMPARE(MedicareIndicators::indicatorValue(row, u"team"_s), 2);
        QCOMPARE(MedicareIndicators::indicatorValue(row, u"assistant"_s), -1);
        QCOMPARE(MedicareIndicators::indicatorValue(row, u"colour"_s), -1);
    }

private:
    std::unique_ptr<test::TestHome> m_home;
};

QTEST_GUILESS_MAIN(TestMedicareIndicators)
#include "tst_medicareindicators.moc"
