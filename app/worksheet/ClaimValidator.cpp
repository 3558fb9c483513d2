#include "worksheet/ClaimValidator.h"

#include "worksheet/RuleRun.h"

#include <algorithm>

namespace codedesk {

const QList<ClaimRule> &ClaimValidator::standardRules()
{
    static const QList<ClaimRule> rules = [] {
        QList<ClaimRule> all;
        for (const auto &table : {claimRules, codeRules, modifierRules, indicatorRules, diagnosisRules, bundlingRules,
                                  globalPeriodRules, codeSetRules, placeOfServiceRules, payerEditRules})
            all << table();
        return all;
    }();
    return rules;
}

ClaimValidator::ClaimValidator()
    : m_rules(standardRules())
{}

ClaimValidator::ClaimValidator(QList<ClaimRule> rules)
    : m_rules(std::move(rules))
{}

const ClaimRule *ClaimValidator::rule(const QString &id) const
{
    for (const ClaimRule &candidate : m_rules) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

ClaimFindings ClaimValidator::validate(const WorksheetContent &worksheet, const ValidationContext &context) const
{
    RuleRun run(worksheet, context);
    for (const ClaimRule &rule : m_rules)
        rule.check(rule, run);
    ClaimFindings found = run.takeFindings();
    // Claim findings first, then by line, each line's in rule order: a counting sort keeps it linear.
    const qsizetype buckets = worksheet.lines.size() + 1;
    QList<qsizetype> start(buckets + 1, 0);
    for (const ClaimFinding &finding : std::as_const(found))
        ++start[std::clamp<qsizetype>(finding.line + 1, 0, buckets - 1) + 1];
    for (qsizetype i = 1; i <= buckets; ++i)
        start[i] += start[i - 1];
    ClaimFindings sorted(found.size());
    for (ClaimFinding &finding : found)
        sorted[start[std::clamp<qsizetype>(finding.line + 1, 0, buckets - 1)]++] = std::move(finding);
    return sorted;
}

int ClaimValidator::count(const ClaimFindings &findings, Severity severity)
{
    return int(std::count_if(findings.begin(), findings.end(),
                             [severity](const ClaimFinding &finding) { return finding.severity == severity; }));
}

} // namespace codedesk
