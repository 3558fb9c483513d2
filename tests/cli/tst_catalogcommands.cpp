// The catalog half of the command-line contract (DESIGN.md): list, show, search, import.
#include "cli/CommandLine.h"
#include "CommandRun.h"
#include "ProcessRunner.h"
#include "TestHome.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Run = codedesk::test::CommandRun;
using namespace codedesk::cli;
using codedesk::test::TestHome;

namespace {

Run run(const QStringList &arguments)
{
    return codedesk::test::runCommand(arguments);
}

QString report(const QString &name)
{
    return TestHome::dataPath(u"reports/"_s + name);
}

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestCatalogCommands final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_home = std::make_unique<TestHome>(); }
    void cleanup() { m_home.reset(); }

    void list_plain_oneTabSeparatedLinePerCode()
    {
        const Run result = run({u"list"_s});
        QCOMPARE(result.status, 0);
        const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.at(2), u"47382\tPercutaneous Radiofrequency Ablation of Liver Tumor\tCPT Category I\tbundled"_s);
        QVERIFY(result.err.isEmpty());
    }

    void list_json_hasTheContractKeys()
    {
        const Run result = run({u"list"_s, u"--json"_s});
        QCOMPARE(result.status, 0);
        const QJsonArray array = result.json().array();
        QCOMPARE(array.size(), 5);
        for (const QJsonValue &value : array) {
            QCOMPARE(sortedKeys(value.toObject()), (QStringList{u"code"_s, u"codeSystem"_s, u"origin"_s, u"title"_s}));
            QCOMPARE(value[u"origin"_s].toString(), u"bundled"_s);
        }
        QCOMPARE(array.at(0)[u"code"_s].toString(), u"47370"_s);
    }

    void list_unexpectedArgument_isUsageError()
    {
        const Run result = run({u"list"_s, u"extra"_s});
        QCOMPARE(result.status, 2);
        QVERIFY(result.err.startsWith(u"codedesk: list: "_s));
        QVERIFY(result.out.isEmpty());
    }

    void show_json_followsTheContractKeyForKey()
    {
        const Run result = run({u"show"_s, u"47382"_s, u"--json"_s});
        QCOMPARE(result.status, 0);
        const QJsonObject object = result.json().object();
        QCOMPARE(sortedKeys(object),
                 sorted({u"code"_s, u"title"_s, u"codeSystem"_s, u"summary"_s, u"payers"_s, u"billingOverview"_s,
                         u"serviceType"_s, u"siteOfService"_s, u"clinicalContext"_s, u"modifiers"_s, u"medicare"_s,
                         u"sections"_s, u"diagnostics"_s, u"source"_s, u"feeSchedule"_s}));
        QCOMPARE(object[u"code"_s].toString(), u"47382"_s);
        QCOMPARE(object[u"codeSystem"_s].toString(), u"CPT Category I"_s);
        QCOMPARE(object[u"summary"_s].toArray().size(), 3);
        QCOMPARE(object[u"payers"_s].toArray().size(), 5);
        const QJsonObject row = object[u"modifiers"_s].toArray().at(0).toObject();
        QCOMPARE(sortedKeys(row), sorted({u"modifier"_s, u"description"_s, u"whenToUse"_s, u"line"_s, u"findings"_s}));
        QCOMPARE(row[u"line"_s].toInt(), 16);
        const QJsonObject finding = row[u"findings"_s].toArray().at(0).toObject();
        QCOMPARE(sortedKeys(finding), sorted({u"severity"_s, u"message"_s, u"source"_s}));
        QCOMPARE(finding[u"severity"_s].toString(), u"error"_s);
        QVERIFY(finding[u"message"_s].toString().contains(u"PC/TC"_s));
        const QJsonObject medicare = object[u"medicare"_s].toObject();
        QCOMPARE(medicare[u"status"_s].toString(), u"A"_s);
        QCOMPARE(medicare[u"pcTc"_s].toInt(), 0);
        QCOMPARE(medicare[u"assistant"_s].toInt(), 1);
        QVERIFY(medicare[u"source"_s].toString().contains(u"2025"_s));
        QVERIFY(object[u"sections"_s].toArray().isEmpty());
        const QJsonObject diagnostic = object[u"diagnostics"_s].toArray().at(0).toObject();
        QCOMPARE(sortedKeys(diagnostic), sorted({u"line"_s, u"severity"_s, u"message"_s}));
        QCOMPARE(diagnostic[u"severity"_s].toString(), u"info"_s);
        const QJsonObject source = object[u"source"_s].toObject();
        QCOMPARE(sortedKeys(source), sorted({u"file"_s, u"sha256"_s, u"bytes"_s, u"origin"_s}));
        QCOMPARE(source[u"file"_s].toString(), u"47382.txt"_s);
        QCOMPARE(source[u"bytes"_s].toInt(), 3425);
        QCOMPARE(source[u"sha256"_s].toString().size(), 64);
        QCOMPARE(source[u"origin"_s].toString(), u"bundled"_s);
    }

    void show_codeWithoutIndicators_hasNullMedicare()
    {
        const Run result = run({u"show"_s, u"47384"_s, u"--json"_s});
        QCOMPARE(result.status, 0);
        const QJsonObject object = result.json().object();
        QVERIFY(object[u"medicare"_s].isNull());
        const QJsonObject finding = object[u"modifiers"_s][0][u"findings"_s][0].toObject();
        QCOMPARE(finding[u"severity"_s].toString(), u"warning"_s);
        QVERIFY(finding[u"message"_s].toString().contains(u"no Medicare indicators on file (PFS 2025)"_s));
    }

    void show_47384_saysItIsNotOnTheFeeSchedule_andPointsToItsSuccessors()
    {
        const QJsonObject object = run({u"show"_s, u"47384"_s, u"--json"_s}).json().object();
        const QJsonObject diagnostic = object[u"diagnostics"_s].toArray().at(0).toObject();
        QCOMPARE(diagnostic[u"severity"_s].toString(), u"error"_s);
        const QString message = diagnostic[u"message"_s].toString();
        QVERIFY2(message.contains(u"Not on the fee schedule"_s), qPrintable(message));
        QVERIFY(message.contains(u"0600T"_s) && message.contains(u"0601T"_s));
        QCOMPARE(object[u"diagnostics"_s].toArray().size(),
                 run({u"show"_s, u"47384"_s, u"--json"_s}).json()[u"diagnostics"_s].toArray().size()); // not doubled
    }

    void show_categoryIIICodeFromTheFeeSchedule_isItsPfsPage()
    {
        const Run result = run({u"show"_s, u"0600T"_s, u"--json"_s});
        QCOMPARE(result.status, 0);
        const QJsonObject page = result.json().object();
        QCOMPARE(page[u"kind"_s].toString(), u"pfs"_s);
        QCOMPARE(page[u"code"_s].toString(), u"0600T"_s);
        QCOMPARE(page[u"rows"_s][0][u"status"_s].toString(), u"C"_s);
        QVERIFY(page[u"rows"_s][0][u"statusMeaning"_s].toString().contains(u"carrier priced"_s));
        QVERIFY(page[u"source"_s].toString().contains(u"2025"_s));
        const Run plain = run({u"show"_s, u"0601t"_s});
        QCOMPARE(plain.status, 0);
        QVERIFY2(plain.out.contains(u"\n0601T\tkind\tpfs\n"_s), qPrintable(plain.out));
        for (const QString &line : plain.out.split(u'\n', Qt::SkipEmptyParts))
            QVERIFY2(line.startsWith(u"0601T\t"_s), qPrintable(line));
    }

    void show_plain_linesStartWithTheCode()
    {
        const Run result = run({u"show"_s, u"47383"_s});
        QCOMPARE(result.status, 0);
        const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.constFirst(), u"47383\ttitle\tPercutaneous Cryoablation of Liver Tumors"_s);
        for (const QString &line : lines)
            QVERIFY2(line.startsWith(u"47383\t"_s), qPrintable(line));
        QVERIFY(lines.contains(u"47383\tmodifier\t11\tPrimary procedure\tWhen this cryoablation is the primary service "
                               "for the encounter.\tline 17"_s));
        QVERIFY(result.out.contains(
            u"47383\tfinding\t11\terror\t\u201c11\u201d is not a CPT or HCPCS Level II modifier"_s));
    }

    void show_unknownCode_exitsOne()
    {
        const Run result = run({u"show"_s, u"99999"_s, u"--json"_s});
        QCOMPARE(result.status, 1);
        QVERIFY(result.out.isEmpty());
        QVERIFY(result.err.startsWith(u"codedesk: show: unknown code"_s));
    }

    void show_usageErrors_exitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no code") << QStringList{u"show"_s};
        QTest::newRow("two codes") << QStringList{u"show"_s, u"47382"_s, u"47383"_s};
        QTest::newRow("unknown option") << QStringList{u"show"_s, u"47382"_s, u"--yaml"_s};
    }

    void show_usageErrors_exitTwo()
    {
        QFETCH(QStringList, arguments);
        const Run result = run(arguments);
        QCOMPARE(result.status, 2);
        QVERIFY(result.err.startsWith(u"codedesk: show: "_s));
    }

    void search_json_bestFirstWithKinds()
    {
        const Run result = run({u"search"_s, u"cryo"_s, u"--json"_s});
        QCOMPARE(result.status, 0);
        const QJsonArray array = result.json().array();
        QVERIFY(array.size() >= 2);
        double previous = 1e9;
        for (const QJsonValue &value : array) {
            QCOMPARE(sortedKeys(value.toObject()), sorted({u"kind"_s, u"code"_s, u"title"_s, u"score"_s}));
            QCOMPARE(value[u"kind"_s].toString(), u"procedure"_s);
            QVERIFY(value[u"score"_s].toDouble() <= previous);
            previous = value[u"score"_s].toDouble();
        }
        QCOMPARE(array.at(0)[u"code"_s].toString(), u"47381"_s);
    }

    void search_codeMatchesFirst_andLimit()
    {
        Run result = run({u"search"_s, u"47383"_s, u"--limit"_s, u"1"_s});
        QCOMPARE(result.status, 0);
        QCOMPARE(result.out.split(u'\n', Qt::SkipEmptyParts).size(), 1);
        QVERIFY(result.out.startsWith(u"47383\tPercutaneous Cryoablation of Liver Tumors\tprocedure\t"_s));
        result = run({u"search"_s, u"percutaneous"_s, u"liver"_s, u"--json"_s}); // several words, unquoted
        QCOMPARE(result.status, 0);
        QVERIFY(!result.json().array().isEmpty());
    }

    void search_noHits_isEmptyArrayExitZero()
    {
        const Run result = run({u"search"_s, u"zzzzqqq"_s, u"--json"_s});
        QCOMPARE(result.status, 0);
        QVERIFY(result.json().isArray());
        QVERIFY(result.json().array().isEmpty());
    }

    void search_usageErrors_exitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no query") << QStringList{u"search"_s};
        QTest::newRow("limit zero") << QStringList{u"search"_s, u"liver"_s, u"--limit"_s, u"0"_s};
        QTest::newRow("limit text") << QStringList{u"search"_s, u"liver"_s, u"--limit"_s, u"many"_s};
        QTest::newRow("limit missing value") << QStringList{u"search"_s, u"liver"_s, u"--limit"_s};
    }

    void search_usageErrors_exitTwo()
    {
        QFETCH(QStringList, arguments);
        const Run result = run(arguments);
        QCOMPARE(result.status, 2);
        QVERIFY(result.err.startsWith(u"codedesk: search: "_s));
        QVERIFY(result.out.isEmpty());
    }

    void importCheck_json_reportsEachFileAndChangesNothing()
    {
        const Run result = run({u"import"_s, u"--check"_s, u"--json"_s, report(u"truncated-row.txt"_s),
                                report(u"binary-nul.bin"_s), report(u"no-code.txt"_s)});
        QCOMPARE(result.status, 1);
        const QJsonArray array = result.json().array();
        QCOMPARE(array.size(), 3);
        const QJsonObject good = array.at(0).toObject();
        QCOMPARE(sortedKeys(good),
                 sorted({u"file"_s, u"ok"_s, u"code"_s, u"title"_s, u"modifierRows"_s, u"diagnostics"_s}));
        QCOMPARE(good[u"file"_s].toString(), report(u"truncated-row.txt"_s));
        QVERIFY(good[u"ok"_s].toBool());
        QCOMPARE(good[u"code"_s].toString(), u"47382"_s);
        QCOMPARE(good[u"modifierRows"_s].toInt(), 3);
        QCOMPARE(good[u"diagnostics"_s].toArray().size(), 2);
        QCOMPARE(good[u"diagnostics"_s][1][u"line"_s].toInt(), 17);
        QCOMPARE(good[u"diagnostics"_s][1][u"severity"_s].toString(), u"warning"_s);
        for (int i : {1, 2}) {
            const QJsonObject rejected = array.at(i).toObject();
            QCOMPARE(sortedKeys(rejected), sorted({u"file"_s, u"ok"_s, u"code"_s, u"title"_s, u"modifierRows"_s,
                                                   u"diagnostics"_s, u"error"_s}));
            QVERIFY(!rejected[u"ok"_s].toBool());
            QVERIFY(rejected[u"code"_s].isNull());
            QVERIFY(rejected[u"title"_s].isNull());
            QVERIFY(!rejected[u"error"_s].toString().isEmpty());
        }
        // Rejected files are also on stderr; the parsed one is not (its diagnostics are in the JSON).
        const QStringList errors = result.err.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(errors.size(), 2);
        QVERIFY(errors.at(0).startsWith(u"codedesk: "_s + report(u"binary-nul.bin"_s) + u": binary input"_s));
        QVERIFY(errors.at(1).startsWith(u"codedesk: "_s + report(u"no-code.txt"_s) + u": no procedure code"_s));
        QCOMPARE(run({u"list"_s}).out.count(u'\n'), 5); // --check stored nothing
    }

    void importCheck_plain_diagnosticsOnStderrWithLines()
    {
        const Run result = run({u"import"_s, u"--check"_s, report(u"truncated-row.txt"_s)});
        QCOMPARE(result.status, 0);
        QVERIFY(result.out.startsWith(u"47382\tPercutaneous Radiofrequency Ablation of Liver Tumor\t3\t"_s));
        QVERIFY(result.err.contains(u"codedesk: "_s + report(u"truncated-row.txt"_s) +
                                    u":17: warning: modifier row cut off"_s));
    }

    void import_persistsAndShadowsBundled()
    {
        Run result =
            run({u"import"_s, u"--json"_s, report(u"kidney-cryo-50593.txt"_s), report(u"modifiers-47370.txt"_s)});
        QCOMPARE(result.status, 0);
        QCOMPARE(result.json().array().size(), 2);
        result = run({u"list"_s, u"--json"_s});
        const QJsonArray list = result.json().array();
        QCOMPARE(list.size(), 6);
        QCOMPARE(list.at(0)[u"code"_s].toString(), u"47370"_s);
        QCOMPARE(list.at(0)[u"origin"_s].toString(), u"imported"_s);
        QCOMPARE(list.at(5)[u"code"_s].toString(), u"50593"_s);
        QCOMPARE(list.at(5)[u"origin"_s].toString(), u"imported"_s);
        result = run({u"show"_s, u"50593"_s, u"--json"_s});
        QCOMPARE(result.status, 0);
        QCOMPARE(result.json()[u"source"_s][u"file"_s].toString(), u"kidney-cryo-50593.txt"_s);
        QCOMPARE(result.json()[u"source"_s][u"origin"_s].toString(), u"imported"_s);
        QCOMPARE(run({u"search"_s, u"renal"_s}).out.section(u'\t', 0, 0), u"50593"_s);
    }

    void import_rejectedOrUnreadable_exitsOne()
    {
        const Run result = run(
            {u"import"_s, report(u"empty.txt"_s), m_home->filePath(u"missing.txt"_s), report(u"lung-rfa-32998.txt"_s)});
        QCOMPARE(result.status, 1);
        QVERIFY(result.err.contains(u"codedesk: "_s + report(u"empty.txt"_s) + u": empty input"_s));
        QVERIFY(result.err.contains(u"codedesk: "_s + m_home->filePath(u"missing.txt"_s) + u": cannot open"_s));
        QVERIFY(result.out.startsWith(u"32998\t"_s)); // the good file still goes in
        QVERIFY(run({u"list"_s}).out.contains(u"32998\t"_s));
    }

    void import_noFile_isUsageError()
    {
        const Run result = run({u"import"_s, u"--check"_s});
        QCOMPARE(result.status, 2);
        QVERIFY(result.err.startsWith(u"codedesk: import: "_s));
    }

    void import_deviceWithoutEnd_isRefusedAtTheLimit()
    {
        QElapsedTimer timer;
        timer.start();
        const Run result = run({u"import"_s, u"--check"_s, u"/dev/zero"_s});
        QCOMPARE(result.status, 1);
        QCOMPARE(result.err, u"codedesk: /dev/zero: larger than 4 MiB, the limit for a report: not read\n"_s);
        QVERIFY(timer.elapsed() < 10000);
    }

    void import_fileOverTheLimit_isRefusedAndNothingStored()
    {
        QByteArray bytes = TestHome::readData(u"reports/lung-rfa-32998.txt"_s);
        bytes.append(QByteArray(4 * 1024 * 1024, 'x'));
        const QString path = m_home->filePath(u"large.txt"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
        file.close();
        const Run result = run({u"import"_s, path});
        QCOMPARE(result.status, 1);
        QVERIFY2(result.err.contains(u"the limit for a report"_s), qPrintable(result.err));
        QVERIFY(!run({u"list"_s}).out.contains(u"32998"_s));
    }

    void import_remove_bringsTheBundledReportBack()
    {
        QCOMPARE(run({u"import"_s, report(u"modifiers-47370.txt"_s), report(u"lung-rfa-32998.txt"_s)}).status, 0);
        QCOMPARE(run({u"show"_s, u"47370"_s, u"--json"_s}).json()[u"source"_s][u"origin"_s].toString(),
                 u"imported"_s);
        Run result = run({u"import"_s, u"--remove"_s, u"47370"_s});
        QCOMPARE(result.status, 0);
        QVERIFY2(result.out.startsWith(u"47370\tremoved\tthe bundled report is in use again\n"_s), qPrintable(result.out));
        QCOMPARE(run({u"show"_s, u"47370"_s, u"--json"_s}).json()[u"source"_s][u"origin"_s].toString(),
                 u"bundled"_s);
        result = run({u"import"_s, u"--remove"_s, u"32998"_s, u"--json"_s});
        QCOMPARE(result.status, 0);
        QCOMPARE(result.json().array().at(0)[u"removed"_s].toBool(), true);
        QCOMPARE(result.json().array().at(0)[u"bundled"_s].toBool(), false);
        QCOMPARE(run({u"show"_s, u"32998"_s}).status, 1);
    }

    void import_removeWhatWasNotImported_exitsOne()
    {
        Run result = run({u"import"_s, u"--remove"_s, u"47370"_s}); // bundled only
        QCOMPARE(result.status, 1);
        QCOMPARE(result.err, u"codedesk: no imported report with the code 47370\n"_s);
        QVERIFY(run({u"show"_s, u"47370"_s}).status == 0);
        result = run({u"import"_s, u"--remove"_s, u"99999"_s});
        QCOMPARE(result.status, 1);
    }

    void import_removeWithFilesOrCheck_isUsageError()
    {
        QCOMPARE(run({u"import"_s, u"--remove"_s, u"47370"_s, report(u"lung-rfa-32998.txt"_s)}).status, 2);
        QCOMPARE(run({u"import"_s, u"--check"_s, u"--remove"_s, u"47370"_s}).status, 2);
        QCOMPARE(run({u"import"_s, u"--remove"_s}).status, 2);
        QVERIFY(run({u"import"_s, u"--help"_s}).out.contains(u"--remove <CODE>"_s));
    }

    void import_controlCharacters_neverReachTheTerminalRaw()
    {
        const Run imported = run({u"import"_s, report(u"control-characters.txt"_s)});
        QCOMPARE(imported.status, 0);
        for (const Run &result : {imported, run({u"list"_s}), run({u"show"_s, u"47382"_s}),
                                  run({u"search"_s, u"liver"_s})}) {
            for (const QChar c : result.out + result.err)
                QVERIFY2(c == u'\n' || c == u'\t' || (c >= u' ' && c != QChar(0x7F) && (c < QChar(0x80) || c > QChar(0x9F))),
                         qPrintable(u"U+%1 in: "_s.arg(int(c.unicode()), 4, 16, QChar(u'0')) + result.out));
        }
        QVERIFY2(imported.out.contains(u"\u241B]0;owned\u2407\u241B[2JPercutaneous RFA"_s), qPrintable(imported.out));
        QVERIFY(imported.err.contains(u":2: warning: control characters"_s));
        // JSON keeps the text; the symbols are what the report holds once imported.
        const QJsonObject shown = run({u"show"_s, u"47382"_s, u"--json"_s}).json().object();
        QVERIFY(shown[u"title"_s].toString().startsWith(u"\u241B]0;owned"_s));
    }

    // Reports the tests were not written around: other codes, organs and code systems, through
    // the real binary as a script would run it.
    void importCheckJson_unseenReports_binary()
    {
        const QStringList files = {report(u"kidney-cryo-50593.txt"_s), report(u"lung-rfa-32998.txt"_s),
                                   report(u"category-iii-0600T.txt"_s), report(u"hcpcs-C9751.txt"_s)};
        const auto result =
            codedesk::test::runCodeDesk(QStringList{u"import"_s, u"--check"_s, u"--json"_s} + files, m_home->path());
        QVERIFY(!result.crashed);
        QCOMPARE(result.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(result.out).array();
        QCOMPARE(array.size(), 4);
        const QStringList codes = {u"50593"_s, u"32998"_s, u"0600T"_s, u"C9751"_s};
        const QList<int> rows = {3, 3, 1, 1};
        for (int i = 0; i < 4; ++i) {
            QVERIFY(array.at(i)[u"ok"_s].toBool());
            QCOMPARE(array.at(i)[u"code"_s].toString(), codes.at(i));
            QCOMPARE(array.at(i)[u"modifierRows"_s].toInt(), rows.at(i));
        }
        QVERIFY(result.err.isEmpty());
    }

    void showAndList_binary_exitStatuses()
    {
        auto result = codedesk::test::runCodeDesk({u"show"_s, u"12345"_s}, m_home->path());
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.startsWith("codedesk: show: "));
        result = codedesk::test::runCodeDesk({u"list"_s, u"--json"_s}, m_home->path());
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(result.out).array().size(), 5);
    }

private:
    std::unique_ptr<TestHome> m_home;
};

QTEST_GUILESS_MAIN(TestCatalogCommands)
#include "tst_catalogcommands.moc"
