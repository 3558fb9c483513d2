#include "worksheet/ClaimValidator.h"

#include "worksheet/RuleRun.h"

#include <algorithm>

namespace codedesk {

const QList<ClaimRule> &ClaimValidator::standardRules()
{
    static const QList<ClaimRule> rules = [] {
        QList<ClaimRule> all;
        for (const auto &table : {claimRules, codeRules, modifierRules, indicatorRules, diagnosisRules,
                                  bundlingRules, globalPeriodRules})
            all << table();
        return all;
    }();
    return rules;
}

ClaimValidator::ClaimValidator()
    : m_rules(standardRules())
{
}

ClaimValidator::ClaimValidator(QList<ClaimRule> rules)
    : m_rules(std::move(rules))
{
}

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
    ClaimFindings findings = run.takeFindings();
    std::stable_sort(findings.begin(), findings.end(),
                     [](const ClaimFinding &a, const ClaimFinding &b) { return a.line < b.line; });
    return findings;
}

int ClaimValidator::count(const ClaimFindings &findings, Severity severity)
{
    return int(std::count_if(findings.begin(), findings.end(),
                             [severity](const ClaimFinding &finding) { return finding.severity == severity; }));
}

} // namespace codedesk
