// `codedesk show CODE [--kind KIND] [--json]` for every kind of code page (DESIGN.md "Code pages").
#include "CommandRun.h"
#include "PageFixtures.h"
#include "TestHome.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Run = codedesk::test::CommandRun;

namespace {

Run run(const QStringList &arguments)
{
    return codedesk::test::runCommand(arguments);
}

QJsonObject page(const QStringList &arguments)
{
    const Run result = run(QStringList{u"show"_s} + arguments + QStringList{u"--json"_s});
    if (result.status != 0)
        qWarning("%s", qPrintable(result.err));
    return result.json().object();
}

QJsonObject rowWithModifier(const QJsonArray &rows, const QString &modifier)
{
    for (const QJsonValue &row : rows) {
        if (row[u"modifier"_s].toString() == modifier)
            return row.toObject();
    }
    return {};
}

} // namespace

class TestShowCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_home = std::make_unique<codedesk::test::TestHome>();
        const QStringList failures = codedesk::test::importPageFixtures();
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    }
    void cleanup() { m_home.reset(); }

    void icd10cm_notesSayWhereTheyAreWritten()
    {
        const QJsonObject object = page({u"C22.0"_s});
        QCOMPARE(object[u"kind"_s].toString(), u"icd10cm"_s);
        QCOMPARE(object[u"code"_s].toString(), u"C22.0"_s);
        QCOMPARE(object[u"title"_s].toString(), u"Liver cell carcinoma"_s);
        QCOMPARE(object[u"billable"_s].toBool(), true);
        QCOMPARE(object[u"chapter"_s][u"number"_s].toString(), u"2"_s);
        QCOMPARE(object[u"section"_s][u"range"_s].toString(), u"C15-C26"_s);
        QCOMPARE(object[u"ancestors"_s].toArray().size(), 1);
        QCOMPARE(object[u"ancestors"_s][0][u"code"_s].toString(), u"C22"_s);
        bool excludes = false;
        bool own = false;
        for (const QJsonValue &note : object[u"notes"_s].toArray()) {
            if (note[u"type"_s] == u"excludes1"_s && note[u"text"_s].toString().contains(u"C78.7"_s)) {
                excludes = true;
                QCOMPARE(note[u"from"_s].toString(), u"C22"_s);
                QCOMPARE(note[u"inherited"_s].toBool(), true);
            }
            if (note[u"type"_s] == u"inclusionTerm"_s) {
                own = true;
                QCOMPARE(note[u"from"_s].toString(), u"C22.0"_s);
                QCOMPARE(note[u"inherited"_s].toBool(), false);
            }
        }
        QVERIFY(excludes);
        QVERIFY(own);
        QVERIFY(object[u"seventhCharacters"_s].toArray().isEmpty());
        QVERIFY(!object.contains(u"missing"_s));
        QCOMPARE(object[u"source"_s][u"tabularList"_s][u"file"_s].toString(), u"icd10cm-tabular.xml"_s);
    }

    void icd10cm_header_listsChildrenWithBillableStatus()
    {
        const QJsonObject object = page({u"C22"_s});
        QCOMPARE(object[u"billable"_s].toBool(), false);
        const QJsonArray children = object[u"children"_s].toArray();
        QCOMPARE(children.size(), 2);
        QCOMPARE(children[0][u"code"_s].toString(), u"C22.0"_s);
        QCOMPARE(children[0][u"billable"_s].toBool(), true);
    }

    void icd10cm_seventhCharacterTable_makesTheFullCodes()
    {
        const QJsonObject object = page({u"S72.001"_s});
        QCOMPARE(object[u"billable"_s].toBool(), false);
        const QJsonArray seventh = object[u"seventhCharacters"_s].toArray();
        QCOMPARE(seventh.size(), 3);
        QCOMPARE(seventh[0][u"character"_s].toString(), u"A"_s);
        QCOMPARE(seventh[0][u"code"_s].toString(), u"S72.001A"_s);
        QCOMPARE(seventh[1][u"meaning"_s].toString(),
                 u"initial encounter for open fracture type I or II (initial encounter for open fracture NOS)"_s);
        // A shorter code is filled with the placeholder X.
        const QJsonObject shorter = page({u"S72.00"_s});
        QVERIFY(shorter[u"seventhCharacters"_s].toArray().isEmpty()); // a header: its children carry them
        const QJsonObject full = page({u"S72.001A"_s});
        QCOMPARE(full[u"billable"_s].toBool(), true);
        QCOMPARE(full[u"ancestors"_s].toArray().last()[u"code"_s].toString(), u"S72.001"_s);
        QVERIFY(full[u"seventhCharacters"_s].toArray().isEmpty());
    }

    void icd10cm_orderFileAlone_saysTheTabularListIsMissing()
    {
        m_home.reset(); // one home at a time: each restores the environment it found
        m_home = std::make_unique<codedesk::test::TestHome>();
        const Run import = run({u"codeset"_s, u"import"_s, u"icd10cm"_s,
                                codedesk::test::TestHome::dataPath(u"pages/icd10cm-order.txt"_s)});
        QCOMPARE(import.status, 0);
        QVERIFY2(import.out.contains(u"\nmissing\ttabular list (XML)"_s), qPrintable(import.out));
        const QJsonObject object = page({u"C22.0"_s});
        QCOMPARE(object[u"title"_s].toString(), u"Liver cell carcinoma"_s);
        QVERIFY(object[u"missing"_s].toString().contains(u"tabular list"_s));
        QVERIFY(object[u"notes"_s].toArray().isEmpty());
    }

    void hcpcs_hasItsRecordFieldsByTheirCmsNames()
    {
        const QJsonObject object = page({u"J9035"_s});
        QCOMPARE(object[u"kind"_s].toString(), u"hcpcs"_s);
        QCOMPARE(object[u"title"_s].toString(), u"Injection, bevacizumab, 10 mg"_s);
        QCOMPARE(object[u"shortTitle"_s].toString(), u"Bevacizumab injection"_s);
        const QJsonObject fields = object[u"fields"_s].toObject();
        QCOMPARE(fields[u"Pricing Indicator Code 1"_s].toString(), u"51"_s);
        QCOMPARE(fields[u"Coverage Code"_s].toString(), u"C"_s);
        QCOMPARE(fields[u"BETOS Code"_s].toString(), u"O1E"_s);
        QCOMPARE(fields[u"Code Added Date"_s].toString(), u"20050101"_s);
        QVERIFY(!fields.contains(u"Termination Date"_s));
        QCOMPARE(object[u"feeSchedule"_s][u"rows"_s].toArray().size(), 1);
    }

    void modifier_showsEverySourceAndWhatGovernsIt()
    {
        const QJsonObject jz = page({u"JZ"_s});
        QCOMPARE(jz[u"kind"_s].toString(), u"modifier"_s);
        QCOMPARE(jz[u"codeSystem"_s].toString(), u"HCPCS Level II"_s);
        QVERIFY(!jz[u"sources"_s].toArray().isEmpty());
        const QJsonObject pc = page({u"26"_s});
        QCOMPARE(pc[u"codeSystem"_s].toString(), u"CPT"_s);
        QCOMPARE(pc[u"governedBy"_s].toString(), u"pcTc"_s);
        QVERIFY(pc[u"usedBy"_s].toArray().contains(u"47382"_s));
        QVERIFY(pc[u"title"_s].toString().size() > 3);
    }

    void pos_saysWhichFeeScheduleRateApplies()
    {
        const QJsonObject object = page({u"22"_s, u"--kind"_s, u"pos"_s});
        QCOMPARE(object[u"kind"_s].toString(), u"pos"_s);
        QCOMPARE(object[u"title"_s].toString(), u"On Campus-Outpatient Hospital"_s);
        QCOMPARE(object[u"setting"_s].toString(), u"facility"_s);
        QCOMPARE(page({u"11"_s, u"--kind"_s, u"pos"_s})[u"setting"_s].toString(), u"non-facility"_s);
    }

    void pfs_rowsSideBySide_withMeaningsAndPayments()
    {
        const QJsonObject object = page({u"76940"_s});
        QCOMPARE(object[u"kind"_s].toString(), u"pfs"_s);
        QVERIFY(object[u"title"_s].isNull()); // the fixture blanks the descriptor
        const QJsonArray rows = object[u"rows"_s].toArray();
        QCOMPARE(rows.size(), 3);
        const QJsonObject professional = rowWithModifier(rows, u"26"_s);
        QCOMPARE(professional[u"status"_s].toString(), u"A"_s);
        QVERIFY(professional[u"statusMeaning"_s].toString().contains(u"active"_s));
        QCOMPARE(professional[u"payment"_s][u"facility"_s].toDouble(), 97.04); // 3.00 x 32.3465
        QCOMPARE(professional[u"indicators"_s][u"pcTc"_s][u"value"_s].toInt(), 1);
        QVERIFY(professional[u"indicators"_s][u"pcTc"_s][u"meaning"_s].toString().contains(u"professional"_s));
        const QJsonObject technical = rowWithModifier(rows, u"TC"_s);
        QVERIFY(technical[u"payment"_s][u"nonFacility"_s].isNull()); // NA
        QCOMPARE(object[u"conversionFactor"_s].toDouble(), 32.3465);
    }

    void procedure_keepsItsShape_andGainsTheFeeSchedule()
    {
        const QJsonObject object = page({u"47382"_s});
        QCOMPARE(object[u"code"_s].toString(), u"47382"_s);
        QVERIFY(object.contains(u"modifiers"_s));
        QVERIFY(object.contains(u"medicare"_s));
        const QJsonObject global = rowWithModifier(object[u"feeSchedule"_s][u"rows"_s].toArray(), u""_s);
        QCOMPARE(global[u"payment"_s][u"facility"_s].toDouble(), 702.89); // 21.73 x 32.3465
        QCOMPARE(global[u"payment"_s][u"nonFacility"_s].toDouble(), 3369.86); // 104.18 x 32.3465
        QVERIFY(global[u"globalDaysMeaning"_s].toString().contains(u"10 days"_s));
    }

    void ambiguousCode_exitsOne_listingEachKind()
    {
        const Run result = run({u"show"_s, u"22"_s});
        QCOMPARE(result.status, 1);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.contains(u"--kind"_s), qPrintable(result.err));
        QVERIFY(result.err.contains(u"\nmodifier 22 "_s));
        QVERIFY(result.err.contains(u"\npos 22 On Campus-Outpatient Hospital\n"_s));

        const Run dotless = run({u"show"_s, u"J1100"_s});
        QCOMPARE(dotless.status, 1);
        QVERIFY(dotless.err.contains(u"\nicd10cm J11.00 "_s));
        QVERIFY(dotless.err.contains(u"\nhcpcs J1100 "_s));
        QCOMPARE(page({u"J1100"_s, u"--kind"_s, u"hcpcs"_s})[u"kind"_s].toString(), u"hcpcs"_s);
    }

    void badInput_exitStatuses()
    {
        Run result = run({u"show"_s, u"ZZ9"_s});
        QCOMPARE(result.status, 1);
        QVERIFY(result.err.startsWith(u"codedesk: show: unknown code"_s));
        result = run({u"show"_s, u"C22.0"_s, u"--kind"_s, u"hcpcs"_s});
        QCOMPARE(result.status, 1);
        QVERIFY(result.err.startsWith(u"codedesk: show: unknown hcpcs code"_s));
        result = run({u"show"_s, u"C22.0"_s, u"--kind"_s, u"drug"_s});
        QCOMPARE(result.status, 2);
    }

    void plain_oneLinePerItem_codeFirst()
    {
        const Run result = run({u"show"_s, u"76940"_s});
        QCOMPARE(result.status, 0);
        const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : lines)
            QVERIFY2(line.startsWith(u"76940\t"_s), qPrintable(line));
        QVERIFY(lines.contains(u"76940\tfeeSchedule\t26\tstatus A (active code, paid separately under the fee "
                               "schedule)\twork RVU 2.00, facility total 3.00, non-facility total 3.00\tglobal XXX\t"
                               "payment facility 97.04, non-facility 97.04"_s));
    }

private:
    std::unique_ptr<codedesk::test::TestHome> m_home;
};

QTEST_GUILESS_MAIN(TestShowCommand)
#include "tst_showcommand.moc"
