#include "codesets/PlaceOfServiceImporter.h"
#include "TestHome.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace codedesk;

class TestPlaceOfServiceImporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_json_readsCodeNameDescription()
    {
        const PlaceOfServiceResult result =
            PlaceOfServiceImporter::parse(test::TestHome::readData(u"codesets/pos-2017.json"_s));
        QVERIFY(result.error.isEmpty());
        QCOMPARE(result.places.size(), 3);
        QCOMPARE(result.places.at(1).code, u"22"_s);
        QCOMPARE(result.places.at(1).name, u"On Campus-Outpatient Hospital"_s);
        QCOMPARE(result.places.at(1).description, u"A portion of a hospital's main campus."_s);
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().line, 3); // the array position
    }

    void parse_csv_readsQuotedCellsAndPadsCodes()
    {
        const PlaceOfServiceResult result =
            PlaceOfServiceImporter::parse(test::TestHome::readData(u"codesets/pos.csv"_s));
        QVERIFY(result.error.isEmpty());
        QCOMPARE(result.places.size(), 3);
        QCOMPARE(result.places.at(0).code, u"19"_s);
        QCOMPARE(result.places.at(0).description, u"A portion of an off-campus hospital, provider based"_s);
        QCOMPARE(result.places.at(2).code, u"09"_s);
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().line, 5);
    }

    void parse_jsonObjectInsteadOfArray_isRejected()
    {
        QVERIFY(!PlaceOfServiceImporter::parse(R"({"placeOfServiceCode": "11"})").error.isEmpty());
    }

    void parse_brokenJson_isRejected()
    {
        QVERIFY(PlaceOfServiceImporter::parse("[{\"placeOfServiceCode\": \"11\",").error.contains(u"not valid JSON"_s));
    }

    void parse_noPlaces_isRejected()
    {
        QVERIFY(!PlaceOfServiceImporter::parse("code,name,description\n").error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPlaceOfServiceImporter)
#include "tst_placeofserviceimporter.moc"
