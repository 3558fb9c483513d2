#include "cli/CommandLine.h"
#include "CommandRun.h"
#include "ProcessRunner.h"
#include "TestHome.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Run = codedesk::test::CommandRun;
using namespace codedesk;
using codedesk::test::TestHome;

class TestWorksheetCommands final : public QObject
{
    Q_OBJECT

private:
    TestHome m_home;

    static Run run(const QStringList &arguments) { return codedesk::test::runCommand(arguments); }

    static QString fixture(const QString &name) { return TestHome::dataPath(u"worksheets/"_s + name); }

    static QByteArray fileBytes(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // Python's csv module, a real RFC 4180 reader (tests/export/read_csv.py).
    static QJsonArray readCsv(const QString &path)
    {
        const QString python = QStandardPaths::findExecutable(u"python3"_s);
        if (python.isEmpty())
            qFatal("python3 is missing: packaging/install-deps.sh installs it");
        QProcess process;
        process.start(python, {qEnvironmentVariable("CODEDESK_SOURCE_DIR") + u"/tests/export/read_csv.py"_s, path});
        if (!process.waitForFinished(30000) || process.exitCode() != 0)
            qFatal("read_csv.py failed: %s", process.readAllStandardError().constData());
        return QJsonDocument::fromJson(process.readAllStandardOutput()).array();
    }

private Q_SLOTS:
    void validate_cleanWorksheet_exitsZero_sayingOnlyWhichYearPricesIt()
    {
        // Its 2026 date of service is judged with the bundled 2025 fee schedule: one info says so.
        const Run result = run({u"validate"_s, fixture(u"valid.codedesk"_s), u"--today"_s, u"2026-11-23"_s});
        QCOMPARE(result.status, 0);
        const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(u"\tinfo\tindicator.standIn\t"_s), qPrintable(lines.first()));
        QVERIFY(lines.first().contains(u"PFS 2025"_s));
        QCOMPARE(result.err, QString());
    }

    void validate_errors_plainLinesAndExitOne()
    {
        const Run result = run({u"validate"_s, fixture(u"design-example.codedesk"_s), u"--today"_s, u"2026-11-23"_s});
        QCOMPARE(result.status, 1);
        QVERIFY(result.err.isEmpty());
        const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 2);
        bool sawPcTc = false;
        for (const QString &line : lines) {
            const QStringList fields = line.split(u'\t');
            QCOMPARE(fields.size(), 6);
            QVERIFY(!fields.at(4).isEmpty() && !fields.at(5).isEmpty());
            if (fields.at(2) == u"indicator.pcTc") {
                sawPcTc = true;
                QCOMPARE(fields.at(0), u"1"_s);
                QCOMPARE(fields.at(1), u"error"_s);
                QCOMPARE(fields.at(3), u"modifier1"_s);
            }
        }
        QVERIFY(sawPcTc);
        QVERIFY(result.out.contains(u"\t2\t"_s) || result.out.contains(u"\n2\t"_s));
    }

    void validate_json_hasTheContractShape()
    {
        const QString path = fixture(u"design-example.codedesk"_s);
        const Run result = run({u"validate"_s, path, u"--json"_s, u"--today"_s, u"2026-11-23"_s});
        QCOMPARE(result.status, 1);
        QJsonParseError parseError;
        const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8(), &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(root.keys(), (QStringList{u"errors"_s, u"file"_s, u"findings"_s, u"warnings"_s}));
        QCOMPARE(root.value(u"file"_s).toString(), path);
        const QJsonArray findings = root.value(u"findings"_s).toArray();
        int errors = 0;
        int warnings = 0;
        for (const QJsonValue value : findings) {
            const QJsonObject finding = value.toObject();
            QCOMPARE(finding.keys(), (QStringList{u"field"_s, u"line"_s, u"lines"_s, u"message"_s, u"rule"_s,
                                                  u"severity"_s, u"source"_s}));
            QVERIFY(finding.value(u"line"_s).isNull() || finding.value(u"line"_s).toInt() >= 1);
            // `lines` names every line, the first being `line`; none for a claim finding.
            const QJsonArray lines = finding.value(u"lines"_s).toArray();
            if (finding.value(u"line"_s).isNull())
                QVERIFY(lines.isEmpty());
            else
                QCOMPARE(lines.first().toInt(), finding.value(u"line"_s).toInt());
            errors += finding.value(u"severity"_s).toString() == u"error";
            warnings += finding.value(u"severity"_s).toString() == u"warning";
        }
        QCOMPARE(root.value(u"errors"_s).toInt(), errors);
        QCOMPARE(root.value(u"warnings"_s).toInt(), warnings);
        QVERIFY(errors >= 2);
        const auto pcTc = std::find_if(findings.begin(), findings.end(), [](const QJsonValue &value) {
            return value.toObject().value(u"rule"_s).toString() == u"indicator.pcTc";
        });
        QVERIFY(pcTc != findings.end());
        QCOMPARE(pcTc->toObject().value(u"line"_s).toInt(), 1);
    }

    void validate_today_fixesTheDateRules()
    {
        const QString path = fixture(u"valid.codedesk"_s); // date of service 2026-11-02
        QCOMPARE(run({u"validate"_s, path, u"--today"_s, u"2026-11-02"_s}).status, 0);
        const Run early = run({u"validate"_s, path, u"--json"_s, u"--today"_s, u"2026-11-01"_s});
        QCOMPARE(early.status, 1);
        QVERIFY(early.out.contains(u"\"date.future\""_s));
    }

    void validate_warningsOnly_exitsZero()
    {
        const QString path = m_home.filePath(u"warnings.codedesk"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "codedesk-worksheet", "version": 1,
            "claim": {"placeOfService": "11", "renderingNpi": "1234567893", "dateOfService": "2026-11-02"},
            "diagnoses": ["C78.7"],
            "lines": [{"code": "47382", "pointers": ["A"], "charge": "4200"},
                      {"code": "99213", "pointers": ["A"], "charge": "150"}]})");
        file.close();
        const Run result = run({u"validate"_s, path, u"--today"_s, u"2026-11-23"_s});
        QCOMPARE(result.status, 0);
        QVERIFY(result.out.contains(u"\twarning\tem.globalPeriod\t"_s));
    }

    void validate_usageErrors_exitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no worksheet") << QStringList{u"validate"_s};
        QTest::newRow("two worksheets") << QStringList{u"validate"_s, u"a.codedesk"_s, u"b.codedesk"_s};
        QTest::newRow("bad today") << QStringList{u"validate"_s, u"a.codedesk"_s, u"--today"_s, u"23/11/2026"_s};
        QTest::newRow("today without value") << QStringList{u"validate"_s, u"a.codedesk"_s, u"--today"_s};
        QTest::newRow("unknown option") << QStringList{u"validate"_s, u"a.codedesk"_s, u"--csv"_s};
        QTest::newRow("export without format") << QStringList{u"export"_s, u"a.codedesk"_s, u"out.csv"_s};
        QTest::newRow("export both formats")
            << QStringList{u"export"_s, u"a.codedesk"_s, u"--csv"_s, u"--json"_s, u"out.csv"_s};
        QTest::newRow("export without out") << QStringList{u"export"_s, u"a.codedesk"_s, u"--csv"_s};
    }

    void validate_usageErrors_exitTwo()
    {
        QFETCH(QStringList, arguments);
        const Run result = run(arguments);
        QCOMPARE(result.status, 2);
        QVERIFY2(result.err.startsWith(u"codedesk: "_s + arguments.first() + u": "_s), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }

    void validate_badFile_namesItOnStderrWithoutThePatient_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("newer") << u"newer-version.codedesk"_s << u"newer CodeDesk"_s;
        QTest::newRow("corrupt") << u"truncated.codedesk"_s << u"damaged"_s;
        QTest::newRow("patient in a bad file") << u"bad-date.codedesk"_s << u"dateOfService"_s;
        QTest::newRow("missing") << u"nowhere.codedesk"_s << u"cannot open"_s;
        QTest::newRow("raw NUL") << u"nul-raw-in-payer.codedesk"_s << u"NUL"_s;
        QTest::newRow("NUL in a modifier")
            << u"nul-in-modifier.codedesk"_s << u"claim line 1: \"modifiers\" contains a NUL character"_s;
    }

    void validateAndExport_deviceWithoutEnd_failFastAtTheLimit()
    {
        for (const QString &command : {u"validate"_s, u"export"_s}) {
            QStringList arguments = {command, u"/dev/zero"_s};
            if (command == u"export")
                arguments << u"--csv"_s << m_home.filePath(u"never.csv"_s);
            QElapsedTimer timer;
            timer.start();
            const Run result = run(arguments);
            QCOMPARE(result.status, 1);
            QCOMPARE(result.err, u"codedesk: /dev/zero: larger than 16 MiB, the limit for a worksheet: not read\n"_s);
            QVERIFY(timer.elapsed() < 20000);
            QVERIFY(!QFile::exists(m_home.filePath(u"never.csv"_s)));
        }
    }

    void validate_badFile_namesItOnStderrWithoutThePatient()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        for (const QString &command : {u"validate"_s, u"export"_s}) {
            QStringList arguments = {command, fixture(name)};
            if (command == u"export")
                arguments << u"--csv"_s << m_home.filePath(u"never.csv"_s);
            const Run result = run(arguments);
            QCOMPARE(result.status, 1);
            QVERIFY2(result.err.startsWith(u"codedesk: "_s + fixture(name) + u':'), qPrintable(result.err));
            QVERIFY2(result.err.contains(expected), qPrintable(result.err));
            QVERIFY(!result.err.contains(u"SECRET-ACCOUNT"_s));
            QVERIFY(result.out.isEmpty());
            QVERIFY(!QFile::exists(m_home.filePath(u"never.csv"_s)));
        }
    }

    void validate_oneFactOnManyLines_isOneFindingWithLines()
    {
        // 60 lines of one code on one date: the units limit is one finding naming every line.
        QJsonObject top = QJsonDocument::fromJson(fileBytes(fixture(u"valid.codedesk"_s))).object();
        const QJsonValue line = top.value(u"lines"_s).toArray().first();
        QJsonArray lines;
        for (int i = 0; i < 60; ++i)
            lines.append(line);
        top.insert(u"lines"_s, lines);
        const QString path = m_home.filePath(u"sixty.codedesk"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(top).toJson());
        file.close();
        const Run result = run({u"validate"_s, path, u"--json"_s, u"--today"_s, u"2026-11-23"_s});
        QCOMPARE(result.status, 1);
        QJsonArray units;
        for (const QJsonValue finding : result.json().object().value(u"findings"_s).toArray()) {
            if (finding[u"rule"_s].toString() == u"units.limit")
                units.append(finding);
        }
        QCOMPARE(units.size(), 1);
        QCOMPARE(units.first()[u"line"_s].toInt(), 1);
        QCOMPARE(units.first()[u"lines"_s].toArray().size(), 60);
        QCOMPARE(units.first()[u"lines"_s].toArray().last().toInt(), 60);
        QVERIFY(units.first()[u"message"_s].toString().contains(u"60 units in all"_s));

        const Run plain = run({u"validate"_s, path, u"--today"_s, u"2026-11-23"_s});
        const QStringList rows = plain.out.split(u'\n', Qt::SkipEmptyParts).filter(u"\tunits.limit\t"_s);
        QCOMPARE(rows.size(), 1);
        QVERIFY(rows.first().startsWith(u"1,2,3,"_s));
    }

    void export_errors_refusedNamingCountAndFirst()
    {
        const QString csv = m_home.filePath(u"claim.csv"_s);
        const Run result = run({u"export"_s, fixture(u"design-example.codedesk"_s), u"--csv"_s, csv});
        QCOMPARE(result.status, 1);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.startsWith(u"codedesk: "_s + fixture(u"design-example.codedesk"_s) + u": not exported: "_s),
                 qPrintable(result.err));
        // validate counts the same errors; the first is the first validate lists.
        const Run validate = run({u"validate"_s, fixture(u"design-example.codedesk"_s), u"--json"_s});
        const QJsonObject report = validate.json().object();
        const int errors = report.value(u"errors"_s).toInt();
        QVERIFY(errors >= 2);
        QVERIFY2(result.err.contains(u"%1 errors"_s.arg(errors)), qPrintable(result.err));
        QString firstMessage;
        for (const QJsonValue finding : report.value(u"findings"_s).toArray()) {
            if (finding[u"severity"_s].toString() == u"error"_s) {
                firstMessage = finding[u"message"_s].toString();
                break;
            }
        }
        QVERIFY2(result.err.contains(firstMessage), qPrintable(result.err));
        QVERIFY(result.err.contains(u"--allow-errors"_s));
        QVERIFY(!result.err.contains(u"A12345"_s)); // the patient account stays off stderr
        QVERIFY(!QFile::exists(csv));
    }

    void export_allowErrors_writesDiagnosisColumnsReadBackByACsvReader()
    {
        const QString csv = m_home.filePath(u"claim.csv"_s);
        Run result = run({u"export"_s, fixture(u"design-example.codedesk"_s), u"--csv"_s, csv, u"--allow-errors"_s});
        QCOMPARE(result.status, 0);
        QVERIFY(result.out.isEmpty() && result.err.isEmpty());
        const QJsonArray rows = readCsv(csv);
        QCOMPARE(rows.size(), 3);
        const QJsonArray header = rows.at(0).toArray();
        const auto cell = [&header, &rows](int row, const QString &column) {
            for (qsizetype i = 0; i < header.size(); ++i) {
                if (header.at(i).toString() == column)
                    return rows.at(row).toArray().at(i).toString();
            }
            return u"<no column %1>"_s.arg(column);
        };
        QStringList columns;
        for (const QJsonValue name : header)
            columns << name.toString();
        QCOMPARE(columns.mid(9, 8), (QStringList{u"pointer1"_s, u"pointer2"_s, u"pointer3"_s, u"pointer4"_s,
                                                 u"diagnosis1"_s, u"diagnosis2"_s, u"diagnosis3"_s, u"diagnosis4"_s}));
        QCOMPARE(columns.at(17), u"units"_s);
        QCOMPARE(cell(1, u"code"_s), u"47382"_s);
        QCOMPARE(cell(1, u"pointer2"_s), u"B"_s);
        QCOMPARE(cell(1, u"diagnosis1"_s), u"C78.7"_s);
        QCOMPARE(cell(1, u"diagnosis2"_s), u"Z85.038"_s);
        QCOMPARE(cell(1, u"diagnosis3"_s), QString());
        QCOMPARE(cell(2, u"diagnosis1"_s), u"C78.7"_s);
        QCOMPARE(cell(2, u"diagnosis2"_s), QString());

        const QString json = m_home.filePath(u"claim.json"_s);
        result = run({u"export"_s, fixture(u"design-example.codedesk"_s), json, u"--json"_s, u"--allow-errors"_s});
        QCOMPARE(result.status, 0);
        QCOMPARE(QJsonDocument::fromJson(fileBytes(json)).object().value(u"totalCharge"_s).toString(), u"7300.00"_s);
    }

    void export_warningsOnly_writesWithoutAsking()
    {
        const Run validate = run({u"validate"_s, fixture(u"warnings-only.codedesk"_s), u"--json"_s});
        QCOMPARE(validate.json().object().value(u"errors"_s).toInt(), 0);
        QVERIFY(validate.json().object().value(u"warnings"_s).toInt() >= 1);
        const QString csv = m_home.filePath(u"warned.csv"_s);
        const Run result = run({u"export"_s, fixture(u"warnings-only.codedesk"_s), u"--csv"_s, csv});
        QCOMPARE(result.status, 0);
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
        const QJsonArray rows = readCsv(csv);
        QCOMPARE(rows.size(), 2);
        // Pointers B, A: the codes follow the pointers' order, dotted even when stored without.
        QCOMPARE(rows.at(1).toArray().at(13).toString(), u"Z85.038"_s);
        QCOMPARE(rows.at(1).toArray().at(14).toString(), u"C78.7"_s);
    }

    void export_unwritableOut_exitsOneNamingIt()
    {
        const QString out = m_home.filePath(u"missing-folder/claim.csv"_s);
        const Run result = run({u"export"_s, fixture(u"valid.codedesk"_s), u"--csv"_s, out});
        QCOMPARE(result.status, 1);
        QVERIFY2(result.err.startsWith(u"codedesk: "_s + out + u':'), qPrintable(result.err));
    }

    void binary_validateAndExport_asAScriptWouldRunThem()
    {
        auto result = test::runCodeDesk(
            {u"validate"_s, fixture(u"design-example.codedesk"_s), u"--json"_s, u"--today"_s, u"2026-11-23"_s},
            m_home.path());
        QVERIFY(!result.crashed);
        QCOMPARE(result.exitCode, 1);
        QVERIFY(QJsonDocument::fromJson(result.out).object().value(u"errors"_s).toInt() >= 2);
        const QString csv = m_home.filePath(u"binary.csv"_s);
        result =
            test::runCodeDesk({u"export"_s, fixture(u"design-example.codedesk"_s), u"--csv"_s, csv}, m_home.path());
        QCOMPARE(result.exitCode, 1); // errors: refused
        QVERIFY(!QFile::exists(csv));
        result = test::runCodeDesk({u"export"_s, fixture(u"valid.codedesk"_s), u"--csv"_s, csv}, m_home.path());
        QCOMPARE(result.exitCode, 0);
        QVERIFY(fileBytes(csv).contains("47382"));
        result = test::runCodeDesk({u"validate"_s, fixture(u"valid.codedesk"_s), u"--today"_s, u"2026-11-23"_s},
                                   m_home.path());
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWorksheetCommands)
#include "tst_worksheetcommands.moc"
