// The procedure code of each line: present, shaped like a CPT or HCPCS code, valid on its date
// of service in a loaded set, not an unlisted code without its documentation, on the fee schedule.
#include "catalog/CodeShape.h"
#include "codesets/CodeSetStore.h"
#include "reference/MedicareIndicators.h"
#include "reference/ReferenceJson.h"
#include "reference/UnlistedCodes.h"
#include "worksheet/ClaimRule.h"
#include "worksheet/RuleRun.h"

#include <QHash>

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

// A real RVU file has some 19,000 rows; an excerpt cannot say that a code it lacks is invalid.
constexpr int fullFeeScheduleRows = 5000;

bool isLevelII(const QString &code)
{
    return codeSystemForCode(code) == CodeSystem::HcpcsLevelII;
}

// The imported set that can vouch for every code of the line's code system on its date, if any:
// the HCPCS Level II file for Level II codes, a full RVU file for CPT Category I and III codes.
std::optional<CodeSetVersion> coveringSet(const RuleRun &run, const PreparedLine &line)
{
    const CodeSetStore *store = run.context().codeSets;
    if (!store || !line.from.isValid())
        return std::nullopt;
    const CodeSystem system = codeSystemForCode(line.code);
    std::optional<CodeSetVersion> version;
    if (system == CodeSystem::HcpcsLevelII)
        version = store->version(CodeSetPart::Hcpcs);
    else if (system == CodeSystem::CptCategoryI || system == CodeSystem::CptCategoryIII) {
        version = store->version(CodeSetPart::Pfs);
        if (version && version->entries < fullFeeScheduleRows)
            version.reset();
    }
    if (!version || !version->effectiveFrom.isValid() || line.from < version->effectiveFrom ||
        (version->effectiveTo.isValid() && line.from > version->effectiveTo))
        return std::nullopt; // a stand-in set (codeset.standIn says so once) proves nothing about a code
    return version;
}

bool isUnlisted(const RuleRun &run, const QString &code)
{
    return run.context().unlisted && run.context().unlisted->find(code);
}

// The imported set of the code's system that could have listed it, whatever its year: the HCPCS
// Level II file for Level II codes, a full RVU file for CPT codes.
std::optional<CodeSetVersion> loadedSet(const RuleRun &run, const QString &code)
{
    const CodeSetStore *store = run.context().codeSets;
    if (!store)
        return std::nullopt;
    const CodeSystem system = codeSystemForCode(code);
    if (system == CodeSystem::HcpcsLevelII)
        return store->version(CodeSetPart::Hcpcs);
    if (system == CodeSystem::CptCategoryI || system == CodeSystem::CptCategoryIII) {
        const auto version = store->version(CodeSetPart::Pfs);
        if (version && version->entries >= fullFeeScheduleRows)
            return version;
    }
    return std::nullopt;
}

// A code no loaded source knows. With a set of its system loaded (another year's: the one in
// force would make it code.invalid) that lacks it, a warning; with none, nothing on the claim is
// wrong that CodeDesk can tell: an info that it was not checked.
void checkKnown(const ClaimRule &rule, RuleRun &run)
{
    const auto &isKnown = run.context().isKnownCode;
    if (!isKnown)
        return;
    for (int i = 0; i < run.lineCount(); ++i) {
        const PreparedLine &line = run.lines().at(i);
        const QString &code = line.code;
        if (code.isEmpty() || codeSystemForCode(code) == CodeSystem::Unknown || isKnown(code) ||
            isUnlisted(run, code) || coveringSet(run, line))
            continue;
        if (const auto set = loadedSet(run, code)) {
            run.report(rule.id, Severity::Warning, i, u"code"_s,
                       u"%1 is not in %2, which stands in for %3, nor in the library or the reference tables: check "
                       "the code, or import the code set in force on %3"_s.arg(code, set->label, isoDate(line.from)),
                       run.context().codeSets->sourceText(set->part));
            continue;
        }
        const bool levelII = isLevelII(code);
        run.report(rule.id, Severity::Info, i, u"code"_s,
                   u"%1 was not checked: no %2 is loaded and the library and reference tables do not have it; "
                   "import the %3 for its date of service to check it"_s.arg(
                       code, levelII ? u"HCPCS Level II file"_s : u"full fee-schedule (RVU) file"_s,
                       levelII ? u"CMS HCPCS Level II file (codeset import hcpcs)"_s
                               : u"CMS PFS RVU file (codeset import pfs)"_s),
                   rule.source);
    }
}

void checkValidOnDate(const ClaimRule &rule, RuleRun &run)
{
    const CodeSetStore *store = run.context().codeSets;
    if (!store)
        return;
    const auto &isKnown = run.context().isKnownCode;
    const auto inHcpcs = store->membership(CodeSetKind::Hcpcs);
    for (int i = 0; i < run.lineCount(); ++i) {
        const PreparedLine &line = run.lines().at(i);
        if (line.code.isEmpty() || codeSystemForCode(line.code) == CodeSystem::Unknown || isUnlisted(run, line.code))
            continue;
        const auto version = coveringSet(run, line);
        if (!version)
            continue;
        const QString source = store->sourceText(version->part);
        if (isLevelII(line.code) && inHcpcs(line.code)) {
            const auto entry = store->entry(CodeSetKind::Hcpcs, line.code, false);
            if (entry && entry->terminated.isValid() && entry->terminated < line.from)
                run.report(rule, i, u"code"_s,
                           u"%1 is not a valid code for %2: %3 terminated it on %4"_s.arg(
                               line.code, isoDate(line.from), version->label, isoDate(entry->terminated)),
                           source);
            else if (entry && entry->added.isValid() && entry->added > line.from)
                run.report(rule, i, u"code"_s,
                           u"%1 is not a valid code for %2: %3 added it on %4, after the date of service; report "
                           "the code in force on %2"_s.arg(line.code, isoDate(line.from), version->label,
                                                           isoDate(entry->added)),
                           source);
            continue;
        }
        if (isKnown && isKnown(line.code))
            continue;
        run.report(rule, i, u"code"_s,
                   u"%1 is not a valid code for %2: %3 (in force on that date) does not have it, nor does any "
                   "report in the library"_s.arg(line.code, isoDate(line.from), version->label),
                   source);
    }
}

void checkUnlisted(const ClaimRule &rule, RuleRun &run)
{
    const UnlistedCodes *unlisted = run.context().unlisted;
    if (!unlisted)
        return;
    for (int i = 0; i < run.lineCount(); ++i) {
        const QString &code = run.lines().at(i).code;
        if (const UnlistedCode *entry = code.isEmpty() ? nullptr : unlisted->find(code))
            run.report(rule, i, u"code"_s,
                       u"%1 is an %2 code: it is valid, and the payer prices it by hand; attach the operative "
                       "report and name a comparable code (and its fee) in the claim's notes"_s.arg(code, entry->kind),
                       sourceWithDate(entry->source, entry->date));
    }
}

void checkNotOnFeeSchedule(const ClaimRule &rule, RuleRun &run)
{
    const MedicareIndicators *medicare = run.context().medicare;
    if (!medicare)
        return;
    for (int i = 0; i < run.lineCount(); ++i) {
        const PreparedLine &line = run.lines().at(i);
        if (line.code.isEmpty() || line.medicare)
            continue;
        const QString note = medicare->notOnFileNote(line.code);
        if (note.isEmpty())
            continue;
        run.report(rule, i, u"code"_s,
                   u"%1 is not on the fee schedule (%2): %3"_s.arg(
                       line.code, medicare->label().isEmpty() ? u"PFS"_s : medicare->label(), note),
                   sourceWithDate(medicare->source(), medicare->sourceDate()));
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
        {u"code.unknown"_s, Severity::Warning,
         u"The procedure code should be one CodeDesk knows (a warning when a code set of its system is loaded "
         "and lacks it; an info when none is loaded)"_s,
         u"CodeDesk library, reference tables and imported code sets"_s, checkKnown},
        {u"code.invalid"_s, Severity::Error,
         u"The procedure code is valid on its date of service in the code set in force then"_s,
         u"CMS HCPCS Level II file (add and termination dates); CMS PFS RVU file"_s, checkValidOnDate},
        {u"code.unlisted"_s, Severity::Info,
         u"An unlisted or not-otherwise-classified code needs the operative report and a comparable code"_s,
         u"AMA CPT unlisted procedure codes; CMS Medicare Claims Processing Manual (Pub. 100-04) ch. 12"_s,
         checkUnlisted},
        {u"code.notOnFeeSchedule"_s, Severity::Error,
         u"A code the fee schedule says is not on it (and names what replaced it) is not billed"_s,
         u"CMS PFS RVU file"_s, checkNotOnFeeSchedule},
    };
}

} // namespace codedesk
