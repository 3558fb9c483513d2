// Rules that need an imported code set (app/codesets): a header (non-billable) ICD-10-CM code, two
// diagnoses an Excludes1 note forbids together, a code not in the code set, a date of service
// outside the code sets' effective periods (once per claim: the newest set stands in). Without an imported set (context.codeSets null, or
// nothing imported) they stay silent.
#include "codesets/CodeSetStore.h"
#include "worksheet/ClaimRule.h"
#include "worksheet/CodeFormat.h"
#include "worksheet/RuleRun.h"

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

namespace {

const QString guidelines = u"ICD-10-CM Official Guidelines for Coding and Reporting, section I.A"_s;

const CodeSetStore *icd10Store(const RuleRun &run)
{
    const CodeSetStore *store = run.context().codeSets;
    return store && store->version(CodeSetPart::Icd10CmOrder) ? store : nullptr;
}

QString diagnosisLabel(const RuleRun &run, qsizetype index)
{
    return u"%1 (%2)"_s.arg(pointerLetter(int(index)), run.worksheet().diagnoses.at(index).trimmed());
}

void checkHeaderAndUnknown(RuleRun &run, const ClaimRule &rule, bool headers)
{
    const CodeSetStore *store = icd10Store(run);
    if (!store)
        return;
    const QString source = store->sourceText(CodeSetPart::Icd10CmOrder);
    const QString label = store->version(CodeSetPart::Icd10CmOrder)->label;
    const QStringList &diagnoses = run.worksheet().diagnoses;
    for (qsizetype i = 0; i < diagnoses.size(); ++i) {
        const QString code = diagnoses.at(i).trimmed().toUpper();
        if (!isIcd10CmFormat(code))
            continue; // diagnosis.format reports it
        const auto entry = store->entry(CodeSetKind::Icd10Cm, code, false);
        if (headers && entry && !entry->billable)
            run.report(rule, -1, u"diagnosis%1"_s.arg(i + 1),
                       u"Diagnosis %1 is a header, not a billable code (%2): choose a more specific code"_s.arg(
                           diagnosisLabel(run, i), entry->longDescription),
                       source);
        else if (!headers && !entry)
            run.report(rule, -1, u"diagnosis%1"_s.arg(i + 1),
                       u"Diagnosis %1 is not in %2"_s.arg(diagnosisLabel(run, i), label), source);
    }
}

void checkHeader(const ClaimRule &rule, RuleRun &run)
{
    checkHeaderAndUnknown(run, rule, true);
}

void checkUnknown(const ClaimRule &rule, RuleRun &run)
{
    checkHeaderAndUnknown(run, rule, false);
}

void checkExcludes1(const ClaimRule &rule, RuleRun &run)
{
    const CodeSetStore *store = run.context().codeSets;
    if (!store || !store->version(CodeSetPart::Icd10CmTabular))
        return;
    const QString source = store->sourceText(CodeSetPart::Icd10CmTabular);
    QStringList codes;
    for (const QString &diagnosis : run.worksheet().diagnoses) {
        const QString code = diagnosis.trimmed().toUpper();
        codes << (isIcd10CmFormat(code) ? code : QString());
    }
    const QList<Excludes1Pair> pairs = store->excludes1Pairs(codes);
    for (const Excludes1Pair &pair : pairs) {
        run.report(rule, -1, u"diagnosis%1"_s.arg(pair.second + 1),
                   u"Diagnoses %1 and %2 may not be reported together: %3"_s.arg(
                       diagnosisLabel(run, pair.first), diagnosisLabel(run, pair.second), pair.conflict.message()),
                   source);
    }
}

// The imported sets the claim relies on whose year does not cover a date of service: the newest
// set stands in for the date, and the claim hears it once, naming each set and the date.
void checkStandIn(const ClaimRule &rule, RuleRun &run)
{
    const CodeSetStore *store = run.context().codeSets;
    if (!store)
        return;
    const auto inHcpcs = store->version(CodeSetPart::Hcpcs) ? store->membership(CodeSetKind::Hcpcs)
                                                            : std::function<bool(const QString &)>();
    struct Candidate
    {
        CodeSetKind kind;
        CodeSetPart part;
        std::function<bool(const PreparedLine &)> applies;
    };
    const bool hasDiagnoses = !run.worksheet().diagnoses.isEmpty();
    const QList<Candidate> candidates = {
        {CodeSetKind::Icd10Cm, CodeSetPart::Icd10CmOrder, [hasDiagnoses](const PreparedLine &) { return hasDiagnoses; }},
        {CodeSetKind::Hcpcs, CodeSetPart::Hcpcs,
         [&inHcpcs](const PreparedLine &line) {
             return inHcpcs && line.code.size() == 5 && line.code.front().isLetter() && inHcpcs(line.code);
         }},
        {CodeSetKind::Pfs, CodeSetPart::Pfs, [](const PreparedLine &line) { return line.medicare != nullptr; }},
    };
    QStringList standing;
    QStringList sources;
    QDate named;
    for (const Candidate &candidate : candidates) {
        if (!store->version(candidate.part))
            continue;
        const EffectivePeriod period = store->period(candidate.kind);
        if (!period.isValid())
            continue;
        for (int i = 0; i < run.lineCount(); ++i) {
            const PreparedLine &line = run.lines().at(i);
            if (!line.from.isValid() || period.contains(line.from) || !candidate.applies(line))
                continue;
            if (!named.isValid())
                named = line.from;
            standing << u"%1 (%2 to %3)"_s.arg(period.label, isoDate(period.from), isoDate(period.to));
            sources << store->sourceText(candidate.part);
            break;
        }
    }
    if (standing.isEmpty()) {
        // A claim without lines still has diagnoses and a date.
        const QDate claimDate = run.worksheet().claim.dateOfService;
        const EffectivePeriod period = store->period(CodeSetKind::Icd10Cm);
        if (run.lineCount() > 0 || !hasDiagnoses || !claimDate.isValid() || !period.isValid() ||
            !store->version(CodeSetPart::Icd10CmOrder) || period.contains(claimDate))
            return;
        named = claimDate;
        standing << u"%1 (%2 to %3)"_s.arg(period.label, isoDate(period.from), isoDate(period.to));
        sources << store->sourceText(CodeSetPart::Icd10CmOrder);
    }
    run.report(rule, -1, u"dateOfService"_s,
               u"No loaded code set covers the date of service %1: %2 %3 in for it; codes are checked against %4, "
               "so import the sets in force on %1"_s.arg(
                   isoDate(named), standing.join(u", "_s), standing.size() == 1 ? u"stands"_s : u"stand"_s,
                   standing.size() == 1 ? u"it"_s : u"them"_s),
               sources.join(u"; "_s));
}

} // namespace

QList<ClaimRule> codeSetRules()
{
    return {
        {u"codeset.icd10cm.header"_s, Severity::Error,
         u"A diagnosis is a billable ICD-10-CM code, not a category or subcategory header"_s, guidelines, checkHeader},
        {u"codeset.icd10cm.unknown"_s, Severity::Warning, u"A diagnosis is in the imported ICD-10-CM code set"_s,
         guidelines, checkUnknown},
        {u"codeset.icd10cm.excludes1"_s, Severity::Error,
         u"Two diagnoses that an Excludes1 note forbids together are not reported together"_s,
         u"ICD-10-CM Official Guidelines for Coding and Reporting, section I.A.12.a (Excludes1)"_s, checkExcludes1},
        {u"codeset.standIn"_s, Severity::Warning,
         u"Says once per claim which imported code sets stand in for a date of service they do not cover"_s,
         u"ICD-10-CM takes effect each 1 October (CDC/NCHS); HCPCS Level II and the PFS each 1 January (CMS)"_s,
         checkStandIn},
    };
}

} // namespace codedesk
