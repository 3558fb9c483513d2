#include "catalog/CodeShape.h"
#include "catalog/ReportParser.h"
#include "core/InputLimits.h"
#include "TestHome.h"

#include "GeneratedReport.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <ctime>

using namespace Qt::Literals::StringLiterals;
using namespace codedesk;
using codedesk::test::TestHome;

namespace {

QByteArray seed(const QString &code)
{
    QFile file(u":/codedesk/procedures/%1.txt"_s.arg(code));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing bundled report %s", qPrintable(code));
    return file.readAll();
}

ParseResult parseFixture(const QString &name)
{
    return ReportParser::parse(TestHome::readData(u"reports/"_s + name), name);
}

bool hasDiagnostic(const Procedure &procedure, int line, Severity severity, const QString &fragment)
{
    for (const Diagnostic &diagnostic : procedure.diagnostics) {
        if (diagnostic.line == line && diagnostic.severity == severity && diagnostic.message.contains(fragment))
            return true;
    }
    return false;
}

QString describe(const Procedure &procedure)
{
    QStringList lines;
    for (const Diagnostic &diagnostic : procedure.diagnostics)
        lines << u"%1 %2 %3"_s.arg(diagnostic.line).arg(severityName(diagnostic.severity), diagnostic.message);
    return lines.join(u'\n');
}

} // namespace

class TestReportParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_home = std::make_unique<TestHome>(); }
    void cleanup() { m_home.reset(); }

    void parse_seed_readsEveryField_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("serviceType");
        QTest::addColumn<QString>("sitePrefix");
        QTest::addColumn<QString>("modifier");
        QTest::addColumn<QString>("description");
        QTest::addColumn<int>("rowLine");
        QTest::addColumn<int>("summaryParagraphs");
        QTest::addColumn<QStringList>("facets");
        QTest::newRow("47370") << u"47370"_s << u"Laparoscopic Radiofrequency Ablation of Liver Tumor"_s
                               << u"Minimally invasive operative procedure"_s
                               << u"Hospital operating room or ambulatory"_s << u"00"_s
                               << u"No modifier \u2014 standard reporting"_s << 16 << 3
                               << QStringList{u"laparoscopic"_s, u"radiofrequency"_s, u"liver"_s};
        QTest::newRow("47381") << u"47381"_s << u"Open Cryosurgical Ablation of Liver Tumors"_s
                               << u"Ablative surgical procedure (open cryoablation)"_s
                               << u"Hospital operating room or inpatient surgical setting"_s << u"22"_s << QString()
                               << 16 << 3 << QStringList{u"open"_s, u"cryo"_s, u"liver"_s};
        QTest::newRow("47382") << u"47382"_s << u"Percutaneous Radiofrequency Ablation of Liver Tumor"_s
                               << u"Percutaneous radiofrequency tumor ablation"_s
                               << u"Ambulatory surgical center or hospital outpatient department"_s << u"26"_s
                               << u"Professional component"_s << 16 << 3
                               << QStringList{u"percutaneous"_s, u"radiofrequency"_s, u"liver"_s};
        QTest::newRow("47383") << u"47383"_s << u"Percutaneous Cryoablation of Liver Tumors"_s
                               << u"Percutaneous tumor ablation (cryosurgery)"_s
                               << u"Interventional radiology suite or other percutaneous"_s << u"11"_s
                               << u"Primary procedure"_s << 17 << 3
                               << QStringList{u"percutaneous"_s, u"cryo"_s, u"liver"_s};
        QTest::newRow("47384")
            << u"47384"_s << u"Irreversible Electroporation Ablation of Liver Tumor(s)"_s
            << u"Percutaneous image-guided tumor ablation (non-thermal, irreversible electroporation)"_s
            << u"Hospital outpatient department or ambulatory surgical center"_s << u"26"_s
            << u"Professional component"_s << 16 << 3
            << QStringList{u"percutaneous"_s, u"irreversible electroporation"_s, u"liver"_s};
    }

    void parse_seed_readsEveryField()
    {
        QFETCH(QString, code);
        QFETCH(QString, title);
        QFETCH(QString, serviceType);
        QFETCH(QString, sitePrefix);
        QFETCH(QString, modifier);
        QFETCH(QString, description);
        QFETCH(int, rowLine);
        QFETCH(int, summaryParagraphs);
        QFETCH(QStringList, facets);

        const QByteArray bytes = seed(code);
        const ParseResult result = ReportParser::parse(bytes, u"/somewhere/"_s + code + u".txt"_s, Origin::Bundled);
        QVERIFY2(result.ok, qPrintable(result.error));
        const Procedure &p = result.procedure;
        QCOMPARE(p.code, code);
        QCOMPARE(p.codeSystem, CodeSystem::CptCategoryI);
        QCOMPARE(p.title, title);
        QCOMPARE(p.serviceType, serviceType);
        QVERIFY2(p.siteOfService.startsWith(sitePrefix), qPrintable(p.siteOfService));
        QCOMPARE(p.payers, (QStringList{u"Aetna"_s, u"Blue Cross Blue Shield"_s, u"Cigna Health"_s,
                                        u"UnitedHealthcare"_s, u"Medicare"_s}));
        QCOMPARE(p.summary.size(), summaryParagraphs);
        QVERIFY(p.summary.constFirst().startsWith(u"CPT code "_s + code));
        QVERIFY(p.billingOverview.startsWith(u"CPT code "_s + code));
        QVERIFY(!p.clinicalContext.isEmpty());
        QVERIFY(!p.clinicalContext.contains(u"| Modifier"_s));
        QCOMPARE(p.modifiers.size(), 1);
        QCOMPARE(p.modifiers.constFirst().modifier, modifier);
        QCOMPARE(p.modifiers.constFirst().description, description);
        QCOMPARE(p.modifiers.constFirst().line, rowLine);
        QVERIFY(p.sections.isEmpty());
        QCOMPARE(p.missingDataNotes.size(), 1);
        QVERIFY(p.missingDataNotes.constFirst().contains(u"in the input"_s, Qt::CaseInsensitive));
        QCOMPARE(p.facets.approaches + p.facets.energies + p.facets.organs, facets);
        // Each seed's one row lacks its leading pipe; nothing else is wrong except 47381's cut-off row.
        QVERIFY2(hasDiagnostic(p, rowLine, Severity::Info, u"leading"_s), qPrintable(describe(p)));
        QCOMPARE(p.diagnostics.size(), code == u"47381" ? 2 : 1);
        QCOMPARE(p.source.file, code + u".txt"_s);
        QCOMPARE(p.source.bytes, bytes.size());
        QCOMPARE(p.source.sha256,
                 QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(p.source.origin, Origin::Bundled);
    }

    void parse_truncatedRow_keepsRowWithWarning()
    {
        const ParseResult result = parseFixture(u"truncated-row.txt"_s);
        QVERIFY(result.ok);
        const Procedure &p = result.procedure;
        QCOMPARE(p.modifiers.size(), 3);
        QCOMPARE(p.modifiers.at(2).modifier, u"22"_s);
        QVERIFY(p.modifiers.at(2).description.isEmpty());
        QCOMPARE(p.modifiers.at(2).line, 17);
        QVERIFY(hasDiagnostic(p, 17, Severity::Warning, u"cut off after 1 of 3 cells"_s));
        QVERIFY(hasDiagnostic(p, 17, Severity::Info, u"leading"_s));
        QCOMPARE(p.diagnostics.size(), 2);
    }

    void parse_seed47381_truncatedLastRowWithoutNewline_warns()
    {
        const ParseResult result = ReportParser::parse(seed(u"47381"_s), u"47381.txt"_s);
        QVERIFY(hasDiagnostic(result.procedure, 16, Severity::Warning, u"cut off"_s));
    }

    void parse_rowWithoutLeadingPipe_isKeptWithInfo()
    {
        const ParseResult result = parseFixture(u"no-leading-pipe.txt"_s);
        QVERIFY(result.ok);
        const Procedure &p = result.procedure;
        QCOMPARE(p.modifiers.size(), 3);
        QCOMPARE(p.modifiers.at(0).modifier, u"26"_s);
        QCOMPARE(p.modifiers.at(0).whenToUse, u"Physician part only."_s);
        QCOMPARE(p.modifiers.at(2).modifier, u"51"_s);
        QVERIFY(hasDiagnostic(p, 15, Severity::Info, u"leading"_s));
        QVERIFY(hasDiagnostic(p, 17, Severity::Info, u"leading"_s));
        QCOMPARE(p.diagnostics.size(), 2);
    }

    void parse_crlfAndBom_areAcceptedSilently()
    {
        const ParseResult crlf = parseFixture(u"crlf-bom.txt"_s);
        QVERIFY(crlf.ok);
        QVERIFY2(crlf.procedure.diagnostics.isEmpty(), qPrintable(describe(crlf.procedure)));
        QCOMPARE(crlf.procedure.code, u"47382"_s);
        QCOMPARE(crlf.procedure.title, u"Percutaneous Radiofrequency Ablation of Liver Tumor"_s);
        QVERIFY(!crlf.procedure.title.contains(u'\r'));
        QCOMPARE(crlf.procedure.modifiers.constFirst().whenToUse, u"Physician part only."_s);
        // The same text with LF and no BOM parses to the same fields.
        QByteArray lf = TestHome::readData(u"reports/crlf-bom.txt"_s).mid(3);
        lf.replace("\r\n", "\n");
        const ParseResult plain = ReportParser::parse(lf, u"lf.txt"_s);
        QCOMPARE(plain.procedure.summary, crlf.procedure.summary);
        QCOMPARE(plain.procedure.serviceType, crlf.procedure.serviceType);
        QCOMPARE(plain.procedure.modifiers.constFirst().line, crlf.procedure.modifiers.constFirst().line);
    }

    void parse_missingSections_warnsForEach()
    {
        const ParseResult result = parseFixture(u"missing-sections.txt"_s);
        QVERIFY(result.ok);
        const Procedure &p = result.procedure;
        QCOMPARE(p.code, u"47383"_s);
        for (const auto &heading :
             {u"Summary & Overview"_s, u"Clinical & Coding Specifications"_s, u"Clinical Context"_s})
            QVERIFY2(hasDiagnostic(p, 0, Severity::Warning, u"missing section \u201c"_s + heading),
                     qPrintable(heading));
        QVERIFY(!hasDiagnostic(p, 0, Severity::Warning, u"\u201cCoding Specifications\u201d"_s));
        QVERIFY(!hasDiagnostic(p, 0, Severity::Warning, u"Billing Code Overview"_s));
        QCOMPARE(p.serviceType, u"Percutaneous tumor ablation (cryosurgery)"_s);
        QCOMPARE(p.modifiers.size(), 1);
        QVERIFY(p.payers.isEmpty());
        // The text before the first heading is kept, not dropped.
        QCOMPARE(p.sections.size(), 1);
        QVERIFY(p.sections.constFirst().text.contains(u"percutaneous cryoablation"_s));
    }

    void parse_extraSectionsWithTables_keptVerbatim()
    {
        const ParseResult result = parseFixture(u"extra-sections.txt"_s);
        QVERIFY(result.ok);
        const Procedure &p = result.procedure;
        QCOMPARE(p.sections.size(), 2);
        QCOMPARE(p.sections.at(0).title, u"Payer Coverage Notes"_s);
        QVERIFY(
            p.sections.at(0).text.startsWith(u"| Payer | Policy | Prior authorization |\n|---|---|---|\n"
                                             "| Aetna | Covered for primary and metastatic liver tumors | Yes |"_s));
        QVERIFY(p.sections.at(0).text.endsWith(u"commercial fee schedules."_s));
        QVERIFY(p.sections.at(0).text.contains(u"|\n\nCoverage varies"_s)); // blank line inside kept
        QCOMPARE(p.sections.at(1).title, u"Reimbursement Benchmarks"_s);
        QCOMPARE(p.sections.at(1).text, u"| Setting | Median allowed |\n|---|---|\n| Inpatient | n/a |"_s);
        // The extra tables are not modifier rows; the real table still is.
        QCOMPARE(p.modifiers.size(), 1);
        QCOMPARE(p.modifiers.constFirst().modifier, u"22"_s);
        QVERIFY(hasDiagnostic(p, 9, Severity::Info, u"unknown heading \u201cPayer Coverage Notes\u201d"_s));
        QVERIFY(hasDiagnostic(p, 23, Severity::Info, u"unknown heading \u201cReimbursement Benchmarks\u201d"_s));
        QCOMPARE(p.clinicalContext,
                 u"A 62-year-old patient with hepatic metastases undergoes open cryoablation at laparotomy."_s);
        QVERIFY(p.missingDataNotes.contains(
            u"Coverage varies by plan; Data not available in the input for commercial fee schedules."_s));
    }

    void parse_markupAndFormulas_keptCharacterForCharacter()
    {
        const ParseResult result = parseFixture(u"markup.txt"_s);
        QVERIFY(result.ok);
        const Procedure &p = result.procedure;
        QCOMPARE(p.title, u"<b>Irreversible</b> Electroporation <script>alert('x')</script> & \"Liver\" "
                          "=HYPERLINK(\"http://evil.invalid\",\"click\")"_s);
        QCOMPARE(p.payers, (QStringList{u"<i>Aetna</i>"_s, u"=SUM(A1:A9)"_s, u"Medicare"_s}));
        QCOMPARE(p.billingOverview, u"<table><tr><td>CPT code 47384</td></tr></table>"_s);
        QCOMPARE(p.serviceType, u"<u>Percutaneous</u> ablation"_s);
        QCOMPARE(p.siteOfService, u"@SUM(1+1) outpatient"_s);
        QCOMPARE(p.clinicalContext, u"+cmd|' /C calc'!A0 and -2+3 look like formulas."_s);
        QCOMPARE(p.modifiers.size(), 1);
        QCOMPARE(p.modifiers.constFirst().modifier, u"=1+1"_s);
        QCOMPARE(p.modifiers.constFirst().description, u"<a href=\"javascript:alert(1)\">click</a>"_s);
        QCOMPARE(p.modifiers.constFirst().whenToUse, u"@SUM(A1) and +1 and -1"_s);
    }

    void parse_rejectsWhatIsNotAReport_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << u"empty.txt"_s << u"empty input"_s;
        QTest::newRow("whitespace and BOM") << u"whitespace-only.txt"_s << u"empty input"_s;
        QTest::newRow("NUL bytes") << u"binary-nul.bin"_s << u"binary input"_s;
        QTest::newRow("invalid UTF-8") << u"binary-invalid-utf8.bin"_s << u"binary input"_s;
        QTest::newRow("no code") << u"no-code.txt"_s << u"no procedure code"_s;
    }

    void parse_rejectsWhatIsNotAReport()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, reason);
        const ParseResult result = parseFixture(fixture);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.startsWith(reason), qPrintable(result.error));
        QVERIFY(!result.error.contains(u'\n'));
    }

    void parse_fewInvalidBytes_acceptedWithWarning()
    {
        const ParseResult result = parseFixture(u"latin1-bytes.txt"_s);
        QVERIFY(result.ok);
        QVERIFY(hasDiagnostic(result.procedure, 4, Severity::Warning, u"invalid UTF-8"_s));
        QCOMPARE(result.procedure.payers.at(1), u"Cigna Sant\uFFFD"_s);
    }

    void parse_noTitleLine_takesCodeFromTextWithWarning()
    {
        const ParseResult result = parseFixture(u"no-title-line.txt"_s);
        QVERIFY(result.ok);
        QCOMPARE(result.procedure.code, u"47382"_s);
        QCOMPARE(result.procedure.title, u"Percutaneous Radiofrequency Ablation of Liver Tumor"_s);
        QVERIFY(hasDiagnostic(result.procedure, 2, Severity::Warning, u"code taken from line 3"_s));
    }

    void parse_codeShapes_setCodeSystem_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("system");
        QTest::addColumn<QStringList>("facets");
        QTest::newRow("kidney") << u"kidney-cryo-50593.txt"_s << u"50593"_s << int(CodeSystem::CptCategoryI)
                                << QStringList{u"percutaneous"_s, u"cryo"_s, u"kidney"_s};
        QTest::newRow("lung") << u"lung-rfa-32998.txt"_s << u"32998"_s << int(CodeSystem::CptCategoryI)
                              << QStringList{u"percutaneous"_s, u"radiofrequency"_s, u"lung"_s};
        QTest::newRow("category III") << u"category-iii-0600T.txt"_s << u"0600T"_s << int(CodeSystem::CptCategoryIII)
                                      << QStringList{u"percutaneous"_s, u"irreversible electroporation"_s};
        QTest::newRow("HCPCS") << u"hcpcs-C9751.txt"_s << u"C9751"_s << int(CodeSystem::HcpcsLevelII)
                               << QStringList{u"endoscopic"_s, u"microwave"_s, u"lung"_s};
    }

    void parse_codeShapes_setCodeSystem()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, code);
        QFETCH(int, system);
        QFETCH(QStringList, facets);
        const ParseResult result = parseFixture(fixture);
        QVERIFY2(result.ok, qPrintable(result.error));
        const Procedure &p = result.procedure;
        QCOMPARE(p.code, code);
        QCOMPARE(int(p.codeSystem), system);
        QCOMPARE(p.facets.approaches + p.facets.energies + p.facets.organs, facets);
        QVERIFY(!p.payers.isEmpty());
        QVERIFY(!p.modifiers.isEmpty());
    }

    void parse_twentyThousandRows_linearAndFast()
    {
        const QByteArray bytes = test::generatedReport(20000);
        // CPU time: on a busy machine (the suite runs two tests at once) wall time is not the parser's.
        timespec start{};
        timespec end{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &start);
        const ParseResult result = ReportParser::parse(bytes, u"generated.txt"_s);
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &end);
        const qint64 ms = qint64(end.tv_sec - start.tv_sec) * 1000 + (end.tv_nsec - start.tv_nsec) / 1000000;
        qInfo("20,000-row report (%lld bytes) parsed in %lld ms", qint64(bytes.size()), ms);
        QVERIFY(result.ok);
        QCOMPARE(result.procedure.modifiers.size(), 20000);
        QCOMPARE(result.procedure.modifiers.last().modifier, u"22"_s);
        QCOMPARE(result.procedure.modifiers.at(1).line, 14);
        QVERIFY(hasDiagnostic(result.procedure, 12 + 20000, Severity::Warning, u"cut off"_s));
        QVERIFY2(ms < 1000, qPrintable(u"took %1 ms"_s.arg(ms)));
    }

    void parse_hostileLines_finishQuickly()
    {
        const QByteArray payers = "Summary & Overview\nCPT 12345: T\n" + QByteArray("Key payers ").repeated(200000);
        const QByteArray pipes = "Coding Specifications\nCPT 12345: T\n" + QByteArray("|").repeated(1000000);
        const QByteArray lines = "CPT 12345: T\n" + QByteArray("\r").repeated(500000);
        const QByteArray words = "CPT 12345: T\n" + QByteArray("Title Case Words ").repeated(100000);
        for (const QByteArray &bytes : {payers, pipes, lines, words}) {
            QElapsedTimer timer;
            timer.start();
            const ParseResult result = ReportParser::parse(bytes, u"hostile.txt"_s);
            QVERIFY(result.ok);
            QVERIFY2(timer.elapsed() < 3000, qPrintable(u"took %1 ms"_s.arg(timer.elapsed())));
        }
    }

    // Linear in every direction a report can grow: four times the input takes well under sixteen
    // times as long (what a quadratic step would take). CPU time, so a busy machine does not count.
    void parse_pathologicalShapes_scaleLinearly_data()
    {
        QTest::addColumn<QByteArray>("unit");
        QTest::addColumn<int>("count");
        QTest::newRow("one long line") << QByteArray("word, ") << 100000;
        QTest::newRow("table rows") << QByteArray("| 59 | Distinct service | Separate lesion. |\n") << 10000;
        QTest::newRow("known headings") << QByteArray("Clinical Context\nSome text.\n") << 10000;
        QTest::newRow("other headings") << QByteArray("Extra Section Title\n| a | b |\n|---|---|\n| 1 | 2 |\n") << 5000;
        QTest::newRow("title lines") << QByteArray("CPT 12345: Another Title\n") << 10000;
        QTest::newRow("control characters") << QByteArray("\x1b[31mred\x1b[0m ") << 25000;
    }

    void parse_pathologicalShapes_scaleLinearly()
    {
        QFETCH(QByteArray, unit);
        QFETCH(int, count);
        const auto cpuMs = [](const QByteArray &bytes) {
            double best = 1e9;
            for (int run = 0; run < 2; ++run) {
                timespec start{};
                timespec end{};
                clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &start);
                const ParseResult result = ReportParser::parse(bytes, u"shape.txt"_s);
                clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &end);
                if (!result.ok)
                    return -1.0;
                best = std::min(best, double(end.tv_sec - start.tv_sec) * 1e3 + double(end.tv_nsec - start.tv_nsec) / 1e6);
            }
            return best;
        };
        const QByteArray head = "Summary & Overview\nCPT 12345: Title\nCoding Specifications\n"
                                "| Modifier | Description | When to Use |\n|---|---|---|\n";
        const double small = cpuMs(head + unit.repeated(count));
        const double large = cpuMs(head + unit.repeated(4 * count));
        qInfo("%lld bytes: %.1f ms; four times as many: %.1f ms", qint64(head.size() + unit.size() * count), small,
              large);
        QVERIFY(small >= 0 && large >= 0);
        QVERIFY2(large < 8 * std::max(small, 5.0), qPrintable(u"%1 ms, then %2 ms"_s.arg(small).arg(large)));
    }

    void parse_reportAtTheImportLimit_parses()
    {
        // The largest report `import` accepts (docs/limits.md); a 13 MB one is refused before parsing.
        const QByteArray bytes = test::generatedReport(20000).repeated(4).left(InputLimits::reportBytes);
        QVERIFY(bytes.size() == InputLimits::reportBytes);
        QElapsedTimer timer;
        timer.start();
        const ParseResult result = ReportParser::parse(bytes, u"large.txt"_s);
        qInfo("%lld-byte report parsed in %lld ms", qint64(bytes.size()), timer.elapsed());
        QVERIFY(result.ok);
        QVERIFY(result.procedure.modifiers.size() >= 20000);
        QCOMPARE(result.procedure.source.bytes, InputLimits::reportBytes);
    }

    void parse_controlCharacters_becomeVisibleSymbolsWithWarning()
    {
        const ParseResult result = ReportParser::parse(TestHome::readData(u"reports/control-characters.txt"_s),
                                                       u"control-characters.txt"_s);
        QVERIFY(result.ok);
        QCOMPARE(result.procedure.title,
                 u"\u241B]0;owned\u2407\u241B[2JPercutaneous RFA \u241B[31mof Liver\u241B[0m Tumor\uFFFD"_s);
        QVERIFY(hasDiagnostic(result.procedure, 2, Severity::Warning, u"control characters"_s));
        QVERIFY(result.procedure.summary.join(u' ').contains(u"\u2421Key payers"_s));
        // Tabs stay tabs, and a clean report gets no such warning.
        const ParseResult clean = ReportParser::parse(seed(u"47383"_s), u"seed.txt"_s);
        for (const Diagnostic &diagnostic : clean.procedure.diagnostics)
            QVERIFY(!diagnostic.message.contains(u"control characters"_s));
    }

    void parse_everyTruncationAndMutationOfASeed_neverCrashes()
    {
        const QByteArray bytes = seed(u"47383"_s);
        for (qsizetype length = 0; length <= bytes.size(); length += 7)
            ReportParser::parse(bytes.left(length), u"cut.txt"_s);
        QRandomGenerator random(20261123);
        for (int round = 0; round < 300; ++round) {
            QByteArray mutated = bytes;
            for (int i = 0; i < 20; ++i)
                mutated[random.bounded(int(mutated.size()))] = char(random.bounded(256));
            const ParseResult result = ReportParser::parse(mutated, u"mutated.txt"_s);
            QVERIFY(result.ok || !result.error.isEmpty());
        }
    }

    void parse_markdownDecoratedLines_areRecognised()
    {
        const QByteArray bytes = "## Summary & Overview\nCPT\xc2\xae 47382 \xe2\x80\x93 Title With Dash\n"
                                 "**Billing Code Overview**\n**Service type:** Percutaneous ablation\n"
                                 "- Typical site of service: Outpatient\n";
        const ParseResult result = ReportParser::parse(bytes, u"markdown.txt"_s);
        QVERIFY(result.ok);
        QCOMPARE(result.procedure.code, u"47382"_s);
        QCOMPARE(result.procedure.title, u"Title With Dash"_s);
        QCOMPARE(result.procedure.serviceType, u"Percutaneous ablation"_s);
        QCOMPARE(result.procedure.siteOfService, u"Outpatient"_s);
        QVERIFY(!hasDiagnostic(result.procedure, 0, Severity::Warning, u"Billing Code Overview"_s));
        QVERIFY(!hasDiagnostic(result.procedure, 0, Severity::Warning, u"Summary & Overview"_s));
    }

    void parse_payerSentenceVariants_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QStringList>("payers");
        QTest::newRow("are") << u"Key payers included in the analysis are Aetna, Cigna Health, and Medicare."_s
                             << QStringList{u"Aetna"_s, u"Cigna Health"_s, u"Medicare"_s};
        QTest::newRow("include") << u"Key payers discussed include A, B, C, and D. Next sentence, with commas."_s
                                 << QStringList{u"A"_s, u"B"_s, u"C"_s, u"D"_s};
        QTest::newRow("two") << u"Key payers include Humana and Kaiser Permanente."_s
                             << QStringList{u"Humana"_s, u"Kaiser Permanente"_s};
        QTest::newRow("colon") << u"Key payers: Medicare."_s << QStringList{u"Medicare"_s};
        QTest::newRow("no list") << u"Key payers vary by region."_s << QStringList{};
    }

    void parse_payerSentenceVariants()
    {
        QFETCH(QString, sentence);
        QFETCH(QStringList, payers);
        const QByteArray bytes = "Summary & Overview\nCPT 47382: T\n" + sentence.toUtf8() + '\n';
        QCOMPARE(ReportParser::parse(bytes, u"p.txt"_s).procedure.payers, payers);
    }

    void parse_fileName_keepsNameOnly()
    {
        const ParseResult result = ReportParser::parse(seed(u"47382"_s), u"/tmp/a/b/report.txt"_s);
        QCOMPARE(result.procedure.source.file, u"report.txt"_s);
        QCOMPARE(result.procedure.source.origin, Origin::Imported);
    }

private:
    std::unique_ptr<TestHome> m_home;
};

QTEST_GUILESS_MAIN(TestReportParser)
#include "tst_reportparser.moc"
