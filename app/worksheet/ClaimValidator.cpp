#include "worksheet/ClaimValidator.h"

#include "worksheet/RuleRun.h"

#include <QHash>

#include <algorithm>

namespace codedesk {

namespace {

// A finding as mergeRepeats compares them: everything but the line.
struct RepeatKey
{
    const ClaimFinding *finding;
    friend bool operator==(const RepeatKey &a, const RepeatKey &b)
    {
        return a.finding->rule == b.finding->rule && a.finding->severity == b.finding->severity &&
               (a.finding->line < 0) == (b.finding->line < 0) && a.finding->field == b.finding->field &&
               a.finding->message == b.finding->message && a.finding->source == b.finding->source;
    }
    friend size_t qHash(const RepeatKey &key, size_t seed)
    {
        return qHashMulti(seed, key.finding->rule, key.finding->field, key.finding->message, key.finding->line < 0);
    }
};

} // namespace

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
    ClaimFindings found = mergeRepeats(run.takeFindings());
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

// One fact said once: findings that differ only in their line (the same rule, field, message and
// source: a code set's period for every line of one date, a limit that a group of lines exceeds)
// become one finding naming the lines; a claim finding said twice is kept once.
ClaimFindings ClaimValidator::mergeRepeats(ClaimFindings findings)
{
    QHash<RepeatKey, qsizetype> first; // the kept finding's index in `merged`
    ClaimFindings merged;
    merged.reserve(findings.size());
    for (ClaimFinding &finding : findings) {
        const auto it = first.constFind(RepeatKey{&finding});
        if (it == first.cend()) {
            merged << std::move(finding);
            first.insert(RepeatKey{&merged.last()}, merged.size() - 1);
            continue;
        }
        ClaimFinding &kept = merged[*it];
        if (finding.line < 0 || finding.line == kept.line)
            continue;
        if (kept.lines.isEmpty())
            kept.lines << kept.line;
        kept.lines << finding.line;
    }
    for (ClaimFinding &finding : merged) {
        if (finding.lines.size() > 1) {
            std::sort(finding.lines.begin(), finding.lines.end());
            finding.lines.erase(std::unique(finding.lines.begin(), finding.lines.end()), finding.lines.end());
            finding.line = finding.lines.constFirst();
        }
    }
    return merged;
}

int ClaimValidator::count(const ClaimFindings &findings, Severity severity)
{
    return int(std::count_if(findings.begin(), findings.end(),
                             [severity](const ClaimFinding &finding) { return finding.severity == severity; }));
}

} // namespace codedesk
