// The procedure code of each line: present, shaped like a CPT or HCPCS code, and known.
#include "catalog/CodeShape.h"
#include "worksheet/ClaimRule.h"
#include "worksheet/RuleRun.h"

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

namespace {

void checkMissing(const ClaimRule &rule, RuleRun &run)
{
    for (int i = 0; i < run.lineCount(); ++i) {
        if (run.lines().at(i).code.isEmpty())
            run.report(rule, i, u"code"_s, u"No procedure code on this line"_s);
    }
}

void checkFormat(const ClaimRule &rule, RuleRun &run)
{
    for (int i = 0; i < run.lineCount(); ++i) {
        const QString &code = run.lines().at(i).code;
        if (!code.isEmpty() && codeSystemForCode(code) == CodeSystem::Unknown)
            run.report(rule, i, u"code"_s,
                       u"\"%1\" is not a procedure code: CPT codes are five digits or four digits and F, T, U or M; "
                       "HCPCS Level II codes are a letter and four digits"_s.arg(code));
    }
}

void checkKnown(const ClaimRule &rule, RuleRun &run)
{
    const auto &isKnown = run.context().isKnownCode;
    if (!isKnown)
        return;
    for (int i = 0; i < run.lineCount(); ++i) {
        const QString &code = run.lines().at(i).code;
        if (!code.isEmpty() && codeSystemForCode(code) != CodeSystem::Unknown && !isKnown(code))
            run.report(
                rule, i, u"code"_s,
                u"%1 is not in the library, the reference tables or an imported code set: check the code"_s.arg(code));
    }
}

} // namespace

QList<ClaimRule> codeRules()
{
    return {
        {u"code.missing"_s, Severity::Error, u"Every line needs a procedure code"_s,
         u"NUCC 1500 Claim Form Reference Instruction Manual for the 02/12 form, item 24D"_s, checkMissing},
        {u"code.format"_s, Severity::Error, u"The procedure code must have the shape of a CPT or HCPCS code"_s,
         u"AMA CPT code structure (Category I, II, III, PLA, MAAA); CMS HCPCS Level II code structure"_s, checkFormat},
        {u"code.unknown"_s, Severity::Warning, u"The procedure code should be one CodeDesk knows"_s,
         u"CodeDesk library, reference tables and imported code sets"_s, checkKnown},
    };
}

} // namespace codedesk
