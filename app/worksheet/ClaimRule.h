#pragma once

#include "worksheet/ClaimFinding.h"

#include <QString>

#include <functional>

namespace codedesk {

class RuleRun;

// One rule of the engine: a stable id, its usual severity, what it checks, where its facts come
// from, and the check itself. A check walks the prepared lines of a RuleRun once (rules must stay
// linear in the number of lines) and reports through RuleRun::report. Rules whose facts come
// from a table report the table entry's source and may report another severity the table gives.
struct ClaimRule
{
    QString id; // "modifier.unknown"; data-driven rules may report "<id>.<detail>"
    Severity severity = Severity::Error;
    QString summary; // one line for a coder: what the rule checks
    QString source;  // the default source of its findings
    std::function<void(const ClaimRule &rule, RuleRun &run)> check;
};

// The rule tables, one function per topic file. ClaimValidator registers them in this order;
// adding a rule is adding an entry to one of them (or a new topic function to the list in
// ClaimValidator.cpp).
QList<ClaimRule> claimRules();        // ClaimRules.cpp: line count, NPI, dates, units, charge
QList<ClaimRule> codeRules();         // CodeRules.cpp: procedure code format and known code
QList<ClaimRule> modifierRules();     // ModifierRules.cpp
QList<ClaimRule> indicatorRules();    // IndicatorRules.cpp: Medicare PFS indicators
QList<ClaimRule> diagnosisRules();    // DiagnosisRules.cpp: diagnoses and pointers
QList<ClaimRule> bundlingRules();     // BundlingRules.cpp: unit limits, included services, same organ
QList<ClaimRule> globalPeriodRules(); // GlobalPeriodRules.cpp: E/M on the date of a procedure
QList<ClaimRule> codeSetRules();      // CodeSetRules.cpp: imported ICD-10-CM/HCPCS (header, Excludes1, stand-in)
QList<ClaimRule> placeOfServiceRules(); // PlaceOfServiceRules.cpp: known code, non-facility NA
QList<ClaimRule> payerEditRules();    // PayerEditRules.cpp: imported NCCI PTP pairs and MUE limits

} // namespace codedesk
