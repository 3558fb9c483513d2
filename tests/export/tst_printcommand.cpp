// `codedesk print` as scripts call it: the real binary, no display, exit statuses 0/1/2.
#include "PdfText.h"
#include "ProcessRunner.h"
#include "TestHome.h"

#include "library/Workspace.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace codedesk;
using namespace codedesk::test;

namespace {

const QByteArray Worksheet = R"({
  "format": "codedesk-worksheet",
  "version": 1,
  "claim": { "patientAccount": "PT-SECRET-77", "payer": "Medicare", "placeOfService": "22",
             "renderingNpi": "1234567893", "dateOfService": "2026-11-02", "notes": "" },
  "diagnoses": ["C78.7", "Z85.038"],
  "lines": [
    { "code": "47382", "modifiers": ["26"], "pointers": ["A", "B"], "units": 1, "charge": "4200.00" },
    { "code": "76940", "modifiers": ["26"], "pointers": ["A"], "units": 1, "charge": "350" }
  ]
})";

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestPrintCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_home = std::make_unique<TestHome>(); }
    void cleanup() { m_home.reset(); }

    void procedure_everyBundledCode_printsEveryModifierRow()
    {
        Workspace workspace(m_home->filePath(u"library.sqlite"_s));
        QVERIFY(workspace.load());
        const QList<const Procedure *> procedures = workspace.catalog().procedures();
        QVERIFY(!procedures.isEmpty());
        for (const Procedure *procedure : procedures) {
            const QString out = m_home->filePath(procedure->code + u".pdf"_s);
            const ProcessResult result =
                runCodeDesk({u"print"_s, u"--procedure"_s, procedure->code, u"--pdf"_s, out}, m_home->path());
            QVERIFY(!result.crashed);
            QCOMPARE(result.exitCode, 0);
            QVERIFY(result.out.isEmpty());
            const QStringList pages = pdfPages(out);
            QVERIFY(!pages.isEmpty());
            const QString layout = pages.join(u'\n');
            const QString text = squeezed(layout);
            QVERIFY(text.contains(procedure->code + u" \u2014 "_s));
            QVERIFY2(text.contains(squeezed(procedure->title)), qPrintable(procedure->title));
            for (const ModifierRow &row : procedure->modifiers) {
                const QRegularExpression tick(u"\u2610\\s+"_s + QRegularExpression::escape(row.modifier));
                QVERIFY2(tick.match(layout).hasMatch(), qPrintable(procedure->code + u' ' + row.modifier));
            }
            for (int page = 0; page < pages.size(); ++page)
                QVERIFY(pages.at(page).contains(u"Page %1 of %2"_s.arg(page + 1).arg(pages.size())));
            QVERIFY(text.contains(procedure->source.file + u" \u00b7 SHA-256 "_s + procedure->source.sha256.left(12)));
        }
    }

    void procedure_a4_usesA4Paper()
    {
        const QString out = m_home->filePath(u"a4.pdf"_s);
        const ProcessResult result = runCodeDesk(
            {u"print"_s, u"--procedure"_s, u"47382"_s, u"--pdf"_s, out, u"--paper"_s, u"a4"_s}, m_home->path());
        QCOMPARE(result.exitCode, 0);
        QVERIFY(pdfPageSize(out).contains(u"(A4)"_s));
    }

    void procedure_unknownCode_exitsOneAndWritesNothing()
    {
        const QString out = m_home->filePath(u"none.pdf"_s);
        const ProcessResult result =
            runCodeDesk({u"print"_s, u"--procedure"_s, u"00000"_s, u"--pdf"_s, out}, m_home->path());
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains("codedesk: print: unknown procedure code"));
        QVERIFY(!QFile::exists(out));
    }

    void usageErrors_exitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("nothing") << QStringList{u"print"_s};
        QTest::newRow("no source") << QStringList{u"print"_s, u"--pdf"_s, u"x.pdf"_s};
        QTest::newRow("both sources") << QStringList{u"print"_s,      u"--procedure"_s, u"47382"_s, u"--worksheet"_s,
                                                     u"w.codedesk"_s, u"--pdf"_s,       u"x.pdf"_s};
        QTest::newRow("no pdf") << QStringList{u"print"_s, u"--procedure"_s, u"47382"_s};
        QTest::newRow("pdf without value") << QStringList{u"print"_s, u"--procedure"_s, u"47382"_s, u"--pdf"_s};
        QTest::newRow("bad paper") << QStringList{u"print"_s, u"--procedure"_s, u"47382"_s, u"--pdf"_s,
                                                  u"x.pdf"_s, u"--paper"_s,     u"legal"_s};
        QTest::newRow("unknown option") << QStringList{u"print"_s, u"--procedure"_s, u"47382"_s,
                                                       u"--pdf"_s, u"x.pdf"_s,       u"--bogus"_s};
        QTest::newRow("stray argument") << QStringList{u"print"_s, u"--procedure"_s, u"47382"_s,
                                                       u"--pdf"_s, u"x.pdf"_s,       u"extra"_s};
    }

    void usageErrors_exitTwo()
    {
        QFETCH(QStringList, arguments);
        const ProcessResult result = runCodeDesk(arguments, m_home->path());
        QVERIFY(!result.crashed);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.startsWith("codedesk: print: "));
        QVERIFY(!QFile::exists(m_home->filePath(u"x.pdf"_s)));
    }

    void help_describesTheCommand()
    {
        const ProcessResult result = runCodeDesk({u"print"_s, u"--help"_s}, m_home->path());
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains("Usage: codedesk print"));
        QVERIFY(result.out.contains("--procedure"));
        QVERIFY(result.out.contains("--worksheet"));
    }

    void worksheet_printsLinesAndFindingsPrivately()
    {
        const QString worksheet = m_home->filePath(u"claim.codedesk"_s);
        QVERIFY(writeFile(worksheet, Worksheet));
        const QString out = m_home->filePath(u"claim.pdf"_s);
        const ProcessResult result =
            runCodeDesk({u"print"_s, u"--worksheet"_s, worksheet, u"--pdf"_s, out}, m_home->path());
        QCOMPARE(result.exitCode, 0);
        QVERIFY(!result.err.contains("PT-SECRET-77"));
        const QString layout = pdfPages(out).join(u'\n');
        const QString text = squeezed(layout);
        QVERIFY(text.contains(u"Patient account PT-SECRET-77"_s));
        QVERIFY(QRegularExpression(u"1\\s+2026-11-02\\s+2026-11-02\\s+22\\s+47382\\s+26\\s+A, B\\s+4200\\.00"_s)
                    .match(layout)
                    .hasMatch());
        QVERIFY(QRegularExpression(u"2\\s+2026-11-02\\s+2026-11-02\\s+22\\s+76940\\s+26\\s+A\\s+350\\.00"_s)
                    .match(layout)
                    .hasMatch());
        QVERIFY(text.contains(u"Total charge: 4550.00 (2 lines)"_s));
        // 26 on 47382 (PC/TC 0) is an error the validator finds; the worksheet prints it.
        QVERIFY(QRegularExpression(u"Error\\s+1\\s+indicator\\.pcTc"_s).match(layout).hasMatch());
        // Its field in the coder's words (issue 13), never the file format's name.
        QVERIFY2(layout.contains(u"Modifier 1"_s), qPrintable(layout));
        QVERIFY(!layout.contains(u"modifier1"_s));
        QVERIFY(text.contains(u"claim.codedesk \u00b7 SHA-256 "_s));
        QVERIFY(text.contains(u"Page 1 of"_s));
        QCOMPARE(QFile::permissions(out) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions{});
    }

    void worksheet_unreadable_exitsOneWithoutThePatient()
    {
        const QString worksheet = m_home->filePath(u"newer.codedesk"_s);
        QByteArray newer = Worksheet;
        newer.replace("\"version\": 1", "\"version\": 99");
        QVERIFY(writeFile(worksheet, newer));
        const QString out = m_home->filePath(u"newer.pdf"_s);
        const ProcessResult result =
            runCodeDesk({u"print"_s, u"--worksheet"_s, worksheet, u"--pdf"_s, out}, m_home->path());
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains("newer.codedesk"));
        QVERIFY(!result.err.contains("PT-SECRET-77"));
        QVERIFY(!QFile::exists(out));

        const ProcessResult missing = runCodeDesk(
            {u"print"_s, u"--worksheet"_s, m_home->filePath(u"missing.codedesk"_s), u"--pdf"_s, out}, m_home->path());
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("missing.codedesk"));
    }

    void worksheet_deviceWithoutEnd_isRefusedAtTheLimit()
    {
        const QString out = m_home->filePath(u"zero.pdf"_s);
        const ProcessResult result =
            runCodeDesk({u"print"_s, u"--worksheet"_s, u"/dev/zero"_s, u"--pdf"_s, out}, m_home->path());
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("/dev/zero: larger than 16 MiB, the limit for a worksheet"), result.err.constData());
        QVERIFY(!QFile::exists(out));
    }

    void output_unwritable_exitsOneNamingTheFile()
    {
        const QString out = m_home->filePath(u"no/such/folder/out.pdf"_s);
        const ProcessResult result =
            runCodeDesk({u"print"_s, u"--procedure"_s, u"47382"_s, u"--pdf"_s, out}, m_home->path());
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.startsWith("codedesk: "));
        QVERIFY(result.err.contains("out.pdf"));
    }

private:
    std::unique_ptr<TestHome> m_home;
};

QTEST_GUILESS_MAIN(TestPrintCommand)
#include "tst_printcommand.moc"
