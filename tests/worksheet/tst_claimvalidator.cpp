#include "codesets/CodeSetImporter.h"
#include "library/Workspace.h"
#include "reference/MedicareIndicators.h"
#include "TestHome.h"
#include "worksheet/ClaimValidator.h"
#include "worksheet/RuleRun.h"
#include "worksheet/WorksheetFile.h"
#include "library/WorkspaceValidation.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <map>

using namespace Qt::Literals::StringLiterals;
using namespace codedesk;

namespace {

QJsonObject merged(QJsonObject base, const QJsonObject &overrides)
{
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        base.insert(it.key(), it.value());
    return base;
}

QJsonObject caseFile()
{
    return QJsonDocument::fromJson(test::TestHome::readData(u"worksheets/rule-cases.json"_s)).object();
}

// The worksheet a case describes: valid.codedesk with the case's changes.
WorksheetContent caseWorksheet(const QJsonObject &testCase)
{
    QJsonObject top = QJsonDocument::fromJson(test::TestHome::readData(u"worksheets/valid.codedesk"_s)).object();
    const QJsonObject baseLine = top.value(u"lines"_s).toArray().first().toObject();
    top.insert(u"claim"_s, merged(top.value(u"claim"_s).toObject(), testCase.value(u"claim"_s).toObject()));
    if (testCase.contains(u"diagnoses"_s))
        top.insert(u"diagnoses"_s, testCase.value(u"diagnoses"_s));
    QJsonArray lines;
    const QJsonArray caseLines =
        testCase.contains(u"lines"_s) ? testCase.value(u"lines"_s).toArray() : QJsonArray{QJsonObject()};
    for (const QJsonValue line : caseLines)
        lines.append(merged(baseLine, line.toObject()));
    const int repeat = testCase.value(u"repeatLines"_s).toInt(int(lines.size()));
    QJsonArray repeated;
    for (int i = 0; i < repeat; ++i)
        repeated.append(lines.at(i % lines.size()));
    top.insert(u"lines"_s, repeated);
    QString error;
    auto content = WorksheetFile::fromJson(QJsonDocument(top).toJson(), &error);
    if (!content)
        qFatal("case worksheet does not parse: %s", qPrintable(error));
    // Text typed into a date field that is no date lives only in the window, never in a file.
    const QJsonObject typed = testCase.value(u"typed"_s).toObject();
    content->claim.dateOfServiceInput = typed.value(u"dateOfService"_s).toString();
    const QJsonArray typedLines = typed.value(u"lines"_s).toArray();
    for (qsizetype i = 0; i < typedLines.size() && i < content->lines.size(); ++i) {
        content->lines[i].fromInput = typedLines.at(i)[u"from"_s].toString();
        content->lines[i].toInput = typedLines.at(i)[u"to"_s].toString();
    }
    return *content;
}

WorksheetContent manyLines(int count)
{
    WorksheetContent content;
    content.claim.dateOfService = QDate(2026, 1, 5);
    content.claim.placeOfService = u"22"_s;
    content.claim.renderingNpi = u"1234567893"_s;
    content.diagnoses = {u"C78.7"_s, u"Z85.038"_s};
    const QStringList codes = {u"47382"_s, u"76940"_s, u"47383"_s, u"99213"_s, u"0600T"_s, u"47370"_s};
    for (int i = 0; i < count; ++i) {
        ClaimLine line;
        line.from = QDate(2026, 1, 5).addDays(i % 300);
        line.code = codes.at(i % codes.size());
        line.modifiers = i % 3 == 0 ? QStringList{u"26"_s, u"59"_s, u"XS"_s} : QStringList{u"50"_s};
        line.pointers = {0, 1};
        line.units = 1 + i % 2;
        line.charge = Money::fromCents(420000 + i);
        content.lines << line;
    }
    return content;
}

} // namespace

class TestClaimValidator final : public QObject
{
    Q_OBJECT

private:
    test::TestHome m_home;
    std::unique_ptr<Workspace> m_workspace;
    ValidationContext m_context;

    // A library with the code sets a case imports, made once per distinct list of imports.
    struct ImportedLibrary
    {
        std::unique_ptr<Workspace> workspace;
        ValidationContext context;
    };
    std::map<QString, ImportedLibrary> m_imported;

    const ValidationContext *contextFor(const QJsonObject &testCase)
    {
        const QJsonArray imports = testCase.value(u"imports"_s).toArray();
        if (imports.isEmpty())
            return &m_context;
        const QString key = QString::fromUtf8(QJsonDocument(imports).toJson(QJsonDocument::Compact));
        auto found = m_imported.find(key);
        if (found != m_imported.end())
            return &found->second.context;
        ImportedLibrary library;
        library.workspace =
            std::make_unique<Workspace>(m_home.filePath(u"library-%1.sqlite"_s.arg(m_imported.size() + 1)));
        if (!library.workspace->load())
            return nullptr;
        for (const QJsonValue value : imports) {
            const QJsonObject import = value.toObject();
            const auto kind = codeSetKindFromName(import.value(u"kind"_s).toString());
            if (!kind)
                return nullptr;
            CodeSetImporter importer(library.workspace->database());
            importer.setQuarter(import.value(u"quarter"_s).toString());
            const auto result =
                importer.importFile(*kind, test::TestHome::dataPath(import.value(u"file"_s).toString()));
            if (!result.ok()) {
                qWarning("import %s: %s", qPrintable(import.value(u"file"_s).toString()), qPrintable(result.error));
                return nullptr;
            }
        }
        library.workspace->reloadCodeSets();
        library.context = validationContext(*library.workspace,
                                            QDate::fromString(caseFile().value(u"today"_s).toString(), Qt::ISODate));
        return &m_imported.emplace(key, std::move(library)).first->second.context;
    }

    bool hasFinding(const ClaimFindings &findings, const QString &rule, const QString &severity) const
    {
        return std::any_of(findings.begin(), findings.end(), [&](const ClaimFinding &finding) {
            return finding.rule == rule && (severity.isEmpty() || severityName(finding.severity) == severity);
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_workspace = std::make_unique<Workspace>(m_home.filePath(u"library.sqlite"_s));
        QVERIFY2(m_workspace->load(), qPrintable(m_workspace->errorString()));
        m_context =
            validationContext(*m_workspace, QDate::fromString(caseFile().value(u"today"_s).toString(), Qt::ISODate));
    }

    void validWorksheet_hasNoFindings()
    {
        // Its 2026 date of service is priced with the bundled 2025 values: one info says so.
        const ClaimFindings findings = ClaimValidator().validate(caseWorksheet({}), m_context);
        for (const ClaimFinding &finding : findings)
            qWarning("%s: %s", qPrintable(finding.rule), qPrintable(finding.message));
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().rule, u"indicator.standIn"_s);
        QCOMPARE(findings.first().severity, Severity::Info);
        QCOMPARE(findings.first().line, -1);
    }

    void rule_data()
    {
        QTest::addColumn<QJsonObject>("testCase");
        const QJsonArray cases = caseFile().value(u"cases"_s).toArray();
        for (const QJsonValue value : cases) {
            const QJsonObject testCase = value.toObject();
            const QString name = u"%1 %2: %3"_s.arg(testCase.value(u"rule"_s).toString(),
                                                    testCase.value(u"triggers"_s).toBool() ? u"fires"_s : u"quiet"_s,
                                                    testCase.value(u"name"_s).toString());
            QTest::newRow(qPrintable(name)) << testCase;
        }
    }

    void rule()
    {
        QFETCH(QJsonObject, testCase);
        const QString rule = testCase.value(u"rule"_s).toString();
        const QString severity = testCase.value(u"severity"_s).toString();
        const ValidationContext *context = contextFor(testCase);
        QVERIFY2(context, "the case's imports did not load");
        const ClaimFindings findings = ClaimValidator().validate(caseWorksheet(testCase), *context);
        QStringList seen;
        for (const ClaimFinding &finding : findings) {
            seen << finding.rule;
            QVERIFY2(!finding.message.isEmpty() && !finding.source.isEmpty() && !finding.field.isEmpty(),
                     qPrintable(finding.rule));
            QVERIFY(finding.line >= -1 && finding.line < caseWorksheet(testCase).lines.size());
        }
        QVERIFY2(hasFinding(findings, rule, severity) == testCase.value(u"triggers"_s).toBool(),
                 qPrintable(u"findings: "_s + seen.join(u", "_s)));
        // "count": how many findings of the rule (one problem is reported once).
        if (testCase.contains(u"count"_s)) {
            const auto count = std::count_if(findings.begin(), findings.end(),
                                             [&rule](const ClaimFinding &finding) { return finding.rule == rule; });
            QCOMPARE(int(count), testCase.value(u"count"_s).toInt());
        }
        // "says": words the rule's finding must contain (a firing case's message names the facts).
        const QJsonArray says = testCase.value(u"says"_s).toArray();
        if (says.isEmpty())
            return;
        QStringList messages;
        for (const ClaimFinding &finding : findings) {
            if (finding.rule == rule)
                messages << finding.message;
        }
        QVERIFY2(std::any_of(messages.cbegin(), messages.cend(),
                             [&says](const QString &message) {
                                 return std::all_of(says.begin(), says.end(), [&message](const QJsonValue &word) {
                                     return message.contains(word.toString());
                                 });
                             }),
                 qPrintable(u"no finding of the rule says all of the case's words: "_s + messages.join(u" | "_s)));
    }

    void realisticClaim_data()
    {
        QTest::addColumn<QJsonObject>("claim");
        const QJsonArray claims =
            QJsonDocument::fromJson(test::TestHome::readData(u"worksheets/realistic-claims.json"_s))
                .object()
                .value(u"claims"_s)
                .toArray();
        QVERIFY(claims.size() >= 20);
        for (const QJsonValue value : claims)
            QTest::newRow(qPrintable(value.toObject().value(u"name"_s).toString())) << value.toObject();
    }

    // What a coder flags on the claim is found (recall), and nothing else is an error or a warning
    // (precision; a clean claim stays clean).
    void realisticClaim()
    {
        QFETCH(QJsonObject, claim);
        const ValidationContext *context = contextFor(claim);
        QVERIFY2(context, "the claim's imports did not load");
        const ClaimFindings findings = ClaimValidator().validate(caseWorksheet(claim), *context);
        const QJsonArray expected = claim.value(u"expect"_s).toArray();
        const auto matches = [](const ClaimFinding &finding, const QJsonObject &expect) {
            const int line = expect.value(u"line"_s).toInt(0);
            return finding.rule == expect.value(u"rule"_s).toString() &&
                   severityName(finding.severity) == expect.value(u"severity"_s).toString() &&
                   (line == 0 || finding.line == line - 1 || finding.lines.contains(line - 1));
        };
        QStringList found;
        for (const ClaimFinding &finding : findings)
            found << u"%1 %2 line %3: %4"_s.arg(severityName(finding.severity), finding.rule,
                                                QString::number(finding.line + 1), finding.message);
        const QString all = found.join(u"\n"_s);
        for (const QJsonValue value : expected) {
            const QJsonObject expect = value.toObject();
            QVERIFY2(std::any_of(findings.begin(), findings.end(),
                                 [&](const ClaimFinding &finding) { return matches(finding, expect); }),
                     qPrintable(u"missed %1 %2; found:\n"_s.arg(expect.value(u"severity"_s).toString(),
                                                                expect.value(u"rule"_s).toString()) +
                                all));
        }
        for (const ClaimFinding &finding : findings) {
            if (finding.severity == Severity::Info)
                continue;
            QVERIFY2(
                std::any_of(expected.begin(), expected.end(),
                            [&](const QJsonValue &expect) { return matches(finding, expect.toObject()); }),
                qPrintable(u"needless %1 %2: %3"_s.arg(severityName(finding.severity), finding.rule, finding.message)));
        }
    }

    void everyRule_hasFiringAndQuietCases()
    {
        QSet<QString> firing;
        QSet<QString> quiet;
        for (const QJsonValue value : caseFile().value(u"cases"_s).toArray()) {
            const QJsonObject testCase = value.toObject();
            (testCase.value(u"triggers"_s).toBool() ? firing : quiet).insert(testCase.value(u"rule"_s).toString());
        }
        // The topic tables whose facts are bundled; the code-set rules need an imported code set
        // and are tested with one in tests/codesets.
        QStringList ids;
        for (const auto &table : {claimRules, codeRules, modifierRules, indicatorRules, diagnosisRules, bundlingRules,
                                  globalPeriodRules, placeOfServiceRules, payerEditRules}) {
            for (const ClaimRule &rule : table()) {
                if (rule.id != u"indicator")
                    ids << rule.id;
            }
        }
        // The data-driven indicator rule reports indicator.<name> for each indicator the data checks.
        for (const IndicatorCheck &check : m_workspace->medicare().modifierChecks())
            ids << u"indicator."_s + check.indicator;
        ids << u"codeset.standIn"_s << u"ncci.ptp.modifier"_s;
        ids.removeDuplicates();
        for (const QString &id : std::as_const(ids)) {
            QVERIFY2(firing.contains(id), qPrintable(id + u" has no case that fires it"_s));
            QVERIFY2(quiet.contains(id), qPrintable(id + u" has no case that keeps it quiet"_s));
        }
    }

    void designExample_findsTheProblemsDesignNames()
    {
        auto content = WorksheetFile(test::TestHome::dataPath(u"worksheets/design-example.codedesk"_s)).read();
        QVERIFY(content);
        const ClaimFindings findings = ClaimValidator().validate(*content, m_context);
        QVERIFY(hasFinding(findings, u"indicator.pcTc"_s, u"error"_s));
        QVERIFY(hasFinding(findings, u"modifier.unknown"_s, u"error"_s));
        const auto pcTc = std::find_if(findings.begin(), findings.end(),
                                       [](const ClaimFinding &f) { return f.rule == u"indicator.pcTc"; });
        QCOMPARE(pcTc->line, 0);
        QCOMPARE(pcTc->field, u"modifier1"_s);
        QVERIFY(pcTc->message.contains(u"47382"));
        QVERIFY(pcTc->source.contains(u"RVU"));
    }

    void unreadableDate_isAnErrorOnItsField_namingWhatWasTypedAndWhatIsKept()
    {
        WorksheetContent content = caseWorksheet({});
        content.lines[0].toInput = u"13/45/2026"_s;
        const ClaimFindings findings = ClaimValidator().validate(content, m_context);
        const auto found = std::find_if(findings.begin(), findings.end(),
                                        [](const ClaimFinding &f) { return f.rule == u"date.unreadable"; });
        QVERIFY(found != findings.end());
        QCOMPARE(found->severity, Severity::Error);
        QCOMPARE(found->line, 0);
        QCOMPARE(found->field, u"to"_s);
        QVERIFY2(found->message.contains(u"\"13/45/2026\""_s), qPrintable(found->message));
        QVERIFY2(found->message.contains(u"keeps 2026-11-02"_s), qPrintable(found->message));
    }

    void findings_claimFirstThenByLine()
    {
        WorksheetContent content = caseWorksheet(QJsonObject{{u"repeatLines"_s, 60}});
        content.lines[3].modifiers = {u"11"_s};
        const ClaimFindings findings = ClaimValidator().validate(content, m_context);
        QVERIFY(!findings.isEmpty());
        QCOMPARE(findings.first().rule, u"lines.tooMany"_s);
        QCOMPARE(findings.first().line, -1);
        for (qsizetype i = 1; i < findings.size(); ++i)
            QVERIFY(findings.at(i - 1).line <= findings.at(i).line);
    }

    void emptyContext_runsStructureRulesOnly()
    {
        ValidationContext bare;
        bare.today = QDate(2026, 11, 23);
        WorksheetContent content = caseWorksheet({});
        content.lines[0].modifiers = {u"26"_s, u"11"_s};
        content.lines[0].units = 5;
        const ClaimFindings findings = ClaimValidator().validate(content, bare);
        QVERIFY(findings.isEmpty()); // no tables: no modifier, indicator, unit or known-code rule
        content.lines[0].charge.reset();
        QVERIFY(hasFinding(ClaimValidator().validate(content, bare), u"charge.positive"_s, {}));
    }

    void indicatorRules_readTheTableNotTheCode()
    {
        // A made-up code gets PC/TC 0 and 47382 gets PC/TC 1: the rules must follow the data.
        MedicareIndicators medicare = m_workspace->medicare();
        MedicareIndicatorRow invented;
        invented.code = u"12345"_s;
        invented.pcTc = 0;
        invented.source = u"test table"_s;
        invented.sourceDate = u"2026-01-01"_s;
        MedicareIndicatorRow changed = *medicare.find(u"47382"_s);
        changed.pcTc = 1;
        medicare.replaceAll({invented, changed}, u"test"_s);
        ValidationContext context = m_context;
        context.medicare = &medicare;
        WorksheetContent content = caseWorksheet(QJsonObject{
            {u"lines"_s, QJsonArray{QJsonObject{{u"modifiers"_s, QJsonArray{u"26"_s}}},
                                    QJsonObject{{u"code"_s, u"12345"_s}, {u"modifiers"_s, QJsonArray{u"26"_s}}}}}});
        const ClaimFindings findings = ClaimValidator().validate(content, context);
        QList<int> linesWithPcTc;
        for (const ClaimFinding &finding : findings) {
            if (finding.rule == u"indicator.pcTc") {
                linesWithPcTc << finding.line;
                QVERIFY(finding.source.startsWith(u"test table"));
            }
        }
        QCOMPARE(linesWithPcTc, QList<int>{1});
    }

    void addedRule_runsAfterTheStandardOnes()
    {
        ClaimValidator validator;
        validator.addRule({u"test.everyLine"_s, Severity::Info, u"marks every line"_s, u"test"_s,
                           [](const ClaimRule &rule, RuleRun &run) {
                               for (int i = 0; i < run.lineCount(); ++i)
                                   run.report(rule, i, u"code"_s, u"seen"_s);
                           }});
        QVERIFY(validator.rule(u"test.everyLine"_s));
        // A 2025 date of service: the bundled 2025 fee schedule covers it, nothing else to say.
        const QJsonObject in2025{{u"claim"_s, QJsonObject{{u"dateOfService"_s, u"2025-06-02"_s}}},
                                 {u"lines"_s, QJsonArray{QJsonObject{{u"from"_s, u"2025-06-02"_s}, {u"to"_s, u""_s}}}}};
        const ClaimFindings findings = validator.validate(caseWorksheet(in2025), m_context);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().source, u"test"_s);
    }

    void repeatedFact_isOneFindingNamingTheLines()
    {
        ClaimValidator validator;
        validator.addRule({u"test.sameEveryLine"_s, Severity::Warning, u"one fact"_s, u"test"_s,
                           [](const ClaimRule &rule, RuleRun &run) {
                               for (int i = run.lineCount() - 1; i >= 0; --i)
                                   run.report(rule, i, u"from"_s, u"the same fact"_s);
                               run.report(rule, 2, u"from"_s, u"a different fact"_s);
                               run.report(rule, -1, u"dateOfService"_s, u"claim fact"_s);
                               run.report(rule, -1, u"dateOfService"_s, u"claim fact"_s);
                           }});
        const ClaimFindings findings = validator.validate(caseWorksheet(QJsonObject{{u"repeatLines"_s, 6}}), m_context);
        QList<ClaimFinding> mine;
        for (const ClaimFinding &finding : findings) {
            if (finding.rule == u"test.sameEveryLine")
                mine << finding;
        }
        QCOMPARE(mine.size(), 3);
        QCOMPARE(mine.at(0).message, u"claim fact"_s);
        QCOMPARE(mine.at(0).line, -1);
        QVERIFY(mine.at(0).lines.isEmpty());
        QCOMPARE(mine.at(1).message, u"the same fact"_s);
        QCOMPARE(mine.at(1).line, 0);
        QCOMPARE(mine.at(1).lines, (QList<int>{0, 1, 2, 3, 4, 5}));
        QCOMPARE(findingPlace(mine.at(1)), u"lines 1–6"_s);
        QCOMPARE(mine.at(2).message, u"a different fact"_s);
        QCOMPARE(mine.at(2).line, 2);
        QVERIFY(mine.at(2).lines.isEmpty());
        QCOMPARE(findingPlace(mine.at(2)), u"line 3"_s);
    }

    void findingPlace_namesRunsAsRanges()
    {
        ClaimFinding finding;
        finding.line = 0;
        finding.lines = {0, 1, 2, 4, 6, 7};
        QCOMPARE(findingPlace(finding), u"lines 1–3, 5, 7, 8"_s);
        QCOMPARE(findingLines(finding), u"1–3, 5, 7, 8"_s);
        QCOMPARE(findingPlace(ClaimFinding{}), u"claim"_s);
    }

    void unitLimit_manyLinesOnOneDate_oneFindingWithTheTotal()
    {
        const WorksheetContent content = caseWorksheet(QJsonObject{{u"repeatLines"_s, 300}});
        const ClaimFindings findings = ClaimValidator().validate(content, m_context);
        QList<ClaimFinding> units;
        for (const ClaimFinding &finding : findings) {
            if (finding.rule == u"units.limit")
                units << finding;
        }
        QCOMPARE(units.size(), 1);
        QCOMPARE(units.first().lines.size(), 300);
        QCOMPARE(units.first().line, 0);
        QVERIFY2(units.first().message.contains(u"300 units in all"_s), qPrintable(units.first().message));
        QCOMPARE(findingPlace(units.first()), u"lines 1–300"_s);
    }

    void tenThousandLines_validateInLinearTime()
    {
        const WorksheetContent small = manyLines(5000);
        const WorksheetContent large = manyLines(20000);
        ClaimValidator validator;
        qsizetype found = 0;
        const auto timeOf = [&](const WorksheetContent &content) {
            qint64 best = std::numeric_limits<qint64>::max();
            for (int run = 0; run < 3; ++run) {
                QElapsedTimer timer;
                timer.start();
                found = 0; // line findings, counting a merged one once for each line it names
                for (const ClaimFinding &finding : validator.validate(content, m_context))
                    found += std::max<qsizetype>(1, finding.lines.size());
                best = std::min(best, timer.nsecsElapsed());
            }
            return best;
        };
        const qint64 smallTime = timeOf(small);
        const qint64 largeTime = timeOf(large);
        QVERIFY(found > 20000);
        qInfo("validate: 5,000 lines %.1f ms, 20,000 lines %.1f ms", smallTime / 1e6, largeTime / 1e6);
        // Four times the lines must not take sixteen times as long (quadratic); allow noise.
        QVERIFY2(largeTime < smallTime * 8, "validation is not linear in the number of lines");
    }
};

QTEST_GUILESS_MAIN(TestClaimValidator)
#include "tst_claimvalidator.moc"
