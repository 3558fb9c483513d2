#include "cli/CommandLine.h"
#include "CommandRun.h"
#include "ProcessRunner.h"
#include "TestHome.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Run = codedesk::test::CommandRun;
using namespace codedesk;

class TestCodesetCommand final : public QObject
{
    Q_OBJECT

private:
    static Run run(const QStringList &arguments) { return runTop(QStringList{u"codeset"_s} + arguments); }

    static Run runTop(const QStringList &arguments) { return codedesk::test::runCommand(arguments); }

    static QString fixture(const QString &name) { return test::TestHome::dataPath(u"codesets/"_s + name); }

    std::unique_ptr<test::TestHome> m_home;

private Q_SLOTS:
    void init() { m_home = std::make_unique<test::TestHome>(); }
    void cleanup() { m_home.reset(); }

    void import_orderFile_printsTheCounts_andBadLinesOnStderr()
    {
        const QString file = fixture(u"icd10cm-order-2021.txt"_s);
        const Run result = run({u"import"_s, u"icd10cm"_s, file});
        QCOMPARE(result.status, 0);
        QVERIFY(result.out.contains(u"status\timported\n"_s));
        QVERIFY(result.out.contains(u"part\ticd10cm-order\n"_s));
        QVERIFY(result.out.contains(u"entries\t16\n"_s));
        QVERIFY(result.out.contains(u"billable\t10\n"_s));
        QVERIFY(result.out.contains(u"notes\t0\n"_s));
        QVERIFY(result.out.contains(u"skipped\t4\n"_s));
        QVERIFY2(result.err.contains(u"codedesk: %1:6: line too short"_s.arg(file)), qPrintable(result.err));
        QVERIFY(result.err.contains(u"codedesk: %1:14: billable flag"_s.arg(file)));
    }

    void import_sameFileTwice_isANoOp()
    {
        run({u"import"_s, u"icd10cm"_s, fixture(u"icd10cm-order-2021.txt"_s)});
        const Run again = run({u"import"_s, u"icd10cm"_s, fixture(u"icd10cm-order-2021.txt"_s)});
        QCOMPARE(again.status, 0);
        QVERIFY(again.out.startsWith(u"status\tunchanged"_s));
        QVERIFY(again.out.contains(u"entries\t16\n"_s));
    }

    void import_tabular_isToldApartByContent()
    {
        const Run result = run({u"import"_s, u"icd10cm"_s, fixture(u"icd10cm-tabular-2021.xml"_s)});
        QCOMPARE(result.status, 0);
        QVERIFY(result.out.contains(u"part\ticd10cm-tabular\n"_s));
        QVERIFY(result.out.contains(u"notes\t14\n"_s)); // 13 notes and the seventh-character note
        QVERIFY(result.out.contains(u"year\t2021\n"_s));
    }

    void import_hcpcs_printsModifiers()
    {
        const Run result = run({u"import"_s, u"hcpcs"_s, fixture(u"hcpcs-2020.txt"_s)});
        QCOMPARE(result.status, 0);
        QVERIFY(result.out.contains(u"entries\t5\n"_s));
        QVERIFY(result.out.contains(u"modifiers\t3\n"_s));
    }

    void import_rejectedFile_exits1_andNamesTheFile()
    {
        const QString file = fixture(u"pfs-no-header.csv"_s);
        const Run result = run({u"import"_s, u"pfs"_s, file});
        QCOMPARE(result.status, 1);
        QVERIFY(result.out.isEmpty());
        QVERIFY(result.err.startsWith(u"codedesk: %1: not a PFS RVU file"_s.arg(file)));
    }

    void import_missingFile_exits1()
    {
        const Run result = run({u"import"_s, u"pos"_s, m_home->filePath(u"nothing.json"_s)});
        QCOMPARE(result.status, 1);
        QVERIFY(result.err.startsWith(u"codedesk: "_s));
    }

    void import_unknownKindOrMissingArgument_isUsageError()
    {
        QCOMPARE(run({u"import"_s, u"icd9"_s, fixture(u"pos.csv"_s)}).status, 2);
        QCOMPARE(run({u"import"_s, u"pos"_s}).status, 2);
        QCOMPARE(run({u"import"_s, u"pos"_s, u"a"_s, u"b"_s}).status, 2);
        QVERIFY(run({u"import"_s, u"icd9"_s, u"x"_s}).err.startsWith(u"codedesk: codeset import: "_s));
    }

    void search_json_isTheContractShape()
    {
        run({u"import"_s, u"icd10cm"_s, fixture(u"icd10cm-order-2021.txt"_s)});
        const Run result = run({u"search"_s, u"icd10cm"_s, u"mal neo liv"_s, u"--json"_s});
        QCOMPARE(result.status, 0);
        const QJsonArray hits = QJsonDocument::fromJson(result.out.toUtf8()).array();
        QCOMPARE(hits.size(), 4);
        const QJsonObject first = hits.first().toObject();
        QCOMPARE(first.keys(), (QStringList{u"code"_s, u"kind"_s, u"score"_s, u"title"_s}));
        QCOMPARE(first.value(u"kind"_s).toString(), u"icd10cm"_s);
        QCOMPARE(first.value(u"code"_s).toString(), u"C22.9"_s);
        QCOMPARE(first.value(u"title"_s).toString(),
                 u"Malignant neoplasm of liver, not specified as primary or secondary"_s);
        QVERIFY(first.value(u"score"_s).toDouble() > hits.at(1).toObject().value(u"score"_s).toDouble());
    }

    void search_hcpcs_findsLevelIIModifiers_byCodeAndWords()
    {
        run({u"import"_s, u"hcpcs"_s, fixture(u"hcpcs-2020.txt"_s)});
        const Run byCode = run({u"search"_s, u"hcpcs"_s, u"XS"_s, u"--json"_s});
        QCOMPARE(byCode.status, 0);
        const QJsonObject first = QJsonDocument::fromJson(byCode.out.toUtf8()).array().first().toObject();
        QCOMPARE(first.value(u"code"_s).toString(), u"XS"_s);
        QCOMPARE(first.value(u"kind"_s).toString(), u"hcpcs"_s); // the HCPCS file's own modifier
        QCOMPARE(first.value(u"modifier"_s).toBool(), true);
        QCOMPARE(first.value(u"score"_s).toDouble(), 1000.0);
        const Run byWords = run({u"search"_s, u"hcpcs"_s, u"separate structure"_s});
        QVERIFY2(byWords.out.startsWith(u"XS\t"_s), qPrintable(byWords.out));
        QVERIFY(byWords.out.section(u'\n', 0, 0).contains(u"\tmodifier"_s));
    }

    void search_hcpcs_codeWithModifier_findsTheCodeFirst_thenTheModifier()
    {
        run({u"import"_s, u"hcpcs"_s, fixture(u"hcpcs-2020.txt"_s)});
        const Run result = run({u"search"_s, u"hcpcs"_s, u"A4206 XS"_s});
        QCOMPARE(result.status, 0);
        const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 2, qPrintable(result.out));
        QVERIFY(lines.at(0).startsWith(u"A4206\t"_s));
        QVERIFY(lines.at(1).startsWith(u"XS\t"_s));
        QVERIFY(run({u"search"_s, u"hcpcs"_s, u"G0121 colonoscopy"_s}).out.startsWith(u"G0121\t"_s));
    }

    void search_modifier_findsEveryModifierTheAppKnows()
    {
        const Run cpt = run({u"search"_s, u"modifier"_s, u"26"_s, u"--json"_s}); // bundled CPT, nothing imported
        QCOMPARE(cpt.status, 0);
        QCOMPARE(QJsonDocument::fromJson(cpt.out.toUtf8()).array().first()[u"code"_s].toString(), u"26"_s);
        QVERIFY(cpt.err.isEmpty());
        run({u"import"_s, u"hcpcs"_s, fixture(u"hcpcs-2020.txt"_s)});
        const Run imported = run({u"search"_s, u"modifier"_s, u"refractive"_s});
        QVERIFY2(imported.out.startsWith(u"AP\t"_s), qPrintable(imported.out)); // only the imported file has AP
        QVERIFY(run({u"search"_s, u"modifier"_s, u"XS"_s}).out.startsWith(u"XS\t"_s));
    }

    void search_pos_findsPlacesByCodeAndName()
    {
        QVERIFY(run({u"search"_s, u"pos"_s, u"office"_s}).out.startsWith(u"11\tOffice"_s));
        QVERIFY(run({u"search"_s, u"pos"_s, u"22"_s}).out.startsWith(u"22\t"_s));
        QVERIFY(run({u"search"_s, u"pos"_s, u"ambulatory surgical"_s}).out.startsWith(u"24\t"_s));
    }

    void search_abbreviation_saysWhatItStandsFor()
    {
        run({u"import"_s, u"icd10cm"_s, fixture(u"icd10cm-order-ranking.txt"_s)});
        const Run result = run({u"search"_s, u"icd10cm"_s, u"chf"_s, u"--json"_s});
        const QJsonObject first = QJsonDocument::fromJson(result.out.toUtf8()).array().first().toObject();
        QCOMPARE(first.value(u"code"_s).toString(), u"I50"_s);
        QCOMPARE(first.value(u"matched"_s).toString(), u"CHF: congestive heart failure"_s);
        const Run plain = run({u"search"_s, u"icd10cm"_s, u"chf"_s, u"--limit"_s, u"1"_s});
        QCOMPARE(plain.out, u"I50\tHeart failure\tCHF: congestive heart failure\n"_s);
    }

    void search_plain_isOneTabSeparatedLinePerHit_codeFirst()
    {
        run({u"import"_s, u"icd10cm"_s, fixture(u"icd10cm-order-2021.txt"_s)});
        const Run result = run({u"search"_s, u"icd10cm"_s, u"C22"_s, u"--limit"_s, u"2"_s});
        QCOMPARE(result.status, 0);
        QCOMPARE(result.out,
                 u"C22\tMalignant neoplasm of liver and intrahepatic bile ducts\nC22.0\tLiver cell carcinoma\n"_s);
    }

    void search_wordsAsSeparateArguments_areOneQuery()
    {
        run({u"import"_s, u"icd10cm"_s, fixture(u"icd10cm-order-2021.txt"_s)});
        const Run result = run({u"search"_s, u"icd10cm"_s, u"alcoholic"_s, u"cirrhosis"_s});
        QVERIFY(result.out.startsWith(u"K70.30\t"_s));
    }

    void search_noHits_isAnEmptyArrayAndSuccess()
    {
        run({u"import"_s, u"icd10cm"_s, fixture(u"icd10cm-order-2021.txt"_s)});
        const Run result = run({u"search"_s, u"icd10cm"_s, u"xyzzy"_s, u"--json"_s});
        QCOMPARE(result.status, 0);
        QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8()).array().size(), 0);
        QVERIFY(result.err.isEmpty());
    }

    void topLevelSearch_listsCodeSetHitsBesideProcedures()
    {
        run({u"import"_s, u"icd10cm"_s, fixture(u"icd10cm-order-2021.txt"_s)});
        const Run result = runTop({u"search"_s, u"liver"_s, u"--json"_s, u"--limit"_s, u"50"_s});
        QCOMPARE(result.status, 0);
        const QJsonArray hits = QJsonDocument::fromJson(result.out.toUtf8()).array();
        QStringList kinds;
        for (const QJsonValue &hit : hits)
            kinds << hit.toObject().value(u"kind"_s).toString();
        QVERIFY2(kinds.contains(u"icd10cm"_s), qPrintable(result.out));
        QVERIFY(kinds.contains(u"procedure"_s));
        const Run byCode = runTop({u"search"_s, u"C78.7"_s, u"--json"_s});
        const QJsonObject first = QJsonDocument::fromJson(byCode.out.toUtf8()).array().first().toObject();
        QCOMPARE(first.value(u"kind"_s).toString(), u"icd10cm"_s);
        QCOMPARE(first.value(u"code"_s).toString(), u"C78.7"_s);
        QCOMPARE(first.value(u"score"_s).toDouble(), 1000.0);
    }

    void search_nothingImported_saysSoOnStderr()
    {
        const Run result = run({u"search"_s, u"hcpcs"_s, u"syringe"_s});
        QCOMPARE(result.status, 0);
        QVERIFY(result.out.isEmpty());
        QVERIFY(result.err.contains(u"no hcpcs code set imported"_s));
    }

    void search_badArguments_areUsageErrors()
    {
        QCOMPARE(run({u"search"_s, u"pfs"_s, u"47382"_s}).status, 2);
        QCOMPARE(run({u"search"_s, u"icd10cm"_s, u"liver"_s, u"--limit"_s, u"0"_s}).status, 2);
        QCOMPARE(run({u"search"_s, u"icd10cm"_s, u"liver"_s, u"--limit"_s, u"many"_s}).status, 2);
        QCOMPARE(run({u"search"_s, u"icd10cm"_s}).status, 2);
        QCOMPARE(run({u"search"_s, u"icd10cm"_s, u"liver"_s, u"--bogus"_s}).status, 2);
    }

    void codeset_withoutOrWithUnknownAction_isUsageError_helpSucceeds()
    {
        QCOMPARE(run({}).status, 2);
        QCOMPARE(run({u"delete"_s}).status, 2);
        const Run help = run({u"--help"_s});
        QCOMPARE(help.status, 0);
        QVERIFY(help.out.startsWith(u"Usage: codedesk codeset"_s));
        QVERIFY(run({u"search"_s, u"--help"_s}).out.startsWith(u"Usage: codedesk codeset search"_s));
    }

    void process_importThenSearch_withoutADisplay()
    {
        const auto imported = test::runCodeDesk(
            {u"codeset"_s, u"import"_s, u"icd10cm"_s, fixture(u"icd10cm-order-2021.txt"_s)}, m_home->path());
        QCOMPARE(imported.exitCode, 0);
        QVERIFY(!imported.crashed);
        const auto found = test::runCodeDesk({u"codeset"_s, u"search"_s, u"icd10cm"_s, u"C78.7"_s}, m_home->path());
        QCOMPARE(found.exitCode, 0);
        QVERIFY(found.out.startsWith("C78.7\tSecondary malignant neoplasm of liver"));
    }
};

QTEST_GUILESS_MAIN(TestCodesetCommand)
#include "tst_codesetcommand.moc"
