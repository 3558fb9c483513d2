#pragma once

#include "worksheet/ClaimFinding.h"
#include "worksheet/ClaimRule.h"
#include "worksheet/ValidationContext.h"
#include "worksheet/WorksheetContent.h"

namespace codedesk {

// The rule engine: runs every registered rule over a worksheet and returns the findings, claim
// findings first, then by line, each line's in rule order. Linear in the number of lines. A fact
// that holds for many lines is one finding naming them (ClaimFinding::lines).
class ClaimValidator final
{
public:
    ClaimValidator(); // the standard rules
    explicit ClaimValidator(QList<ClaimRule> rules);

    // Every rule CodeDesk ships, in order (see ClaimRule.h for the topic tables).
    static const QList<ClaimRule> &standardRules();

    void addRule(ClaimRule rule) { m_rules << std::move(rule); }
    const QList<ClaimRule> &rules() const { return m_rules; }
    const ClaimRule *rule(const QString &id) const;

    ClaimFindings validate(const WorksheetContent &worksheet, const ValidationContext &context) const;

    static int count(const ClaimFindings &findings, Severity severity);
    static ClaimFindings mergeRepeats(ClaimFindings findings);

private:
    QList<ClaimRule> m_rules;
};

} // namespace codedesk
