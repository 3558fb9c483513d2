// Rules that need an imported code set (app/codesets): a header (non-billable) ICD-10-CM code, two
// diagnoses an Excludes1 note forbids together, a code not in the code set, a date of service
// outside the code set's effective period. Without an imported set (context.codeSets null, or
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

// One finding per line whose date of service falls outside `period`; `applies` picks the lines.
void checkPeriod(const ClaimRule &rule, RuleRun &run, CodeSetKind kind, CodeSetPart part,
                 const std::function<bool(const PreparedLine &)> &applies)
{
    const CodeSetStore *store = run.context().codeSets;
    if (!store)
        return;
    const EffectivePeriod period = store->period(kind);
    if (!period.isValid())
        return;
    const QString source = store->sourceText(part);
    const auto message = [&period](QDate date) {
        return u"Date of service %1 is outside %2 (%3 to %4): check the codes against the set in effect"_s.arg(
            isoDate(date), period.label, isoDate(period.from), isoDate(period.to));
    };
    bool anyLine = false;
    for (int i = 0; i < run.lineCount(); ++i) {
        const PreparedLine &line = run.lines().at(i);
        if (!applies(line))
            continue;
        anyLine = true;
        if (line.from.isValid() && !period.contains(line.from))
            run.report(rule, i, u"from"_s, message(line.from), source);
    }
    const QDate claimDate = run.worksheet().claim.dateOfService;
    if (!anyLine && kind == CodeSetKind::Icd10Cm && claimDate.isValid() && !period.contains(claimDate))
        run.report(rule, -1, u"dateOfService"_s, message(claimDate), source);
}

void checkIcd10Period(const ClaimRule &rule, RuleRun &run)
{
    if (run.worksheet().diagnoses.isEmpty())
        return;
    checkPeriod(rule, run, CodeSetKind::Icd10Cm, CodeSetPart::Icd10CmOrder, [](const PreparedLine &) { return true; });
}

void checkHcpcsPeriod(const ClaimRule &rule, RuleRun &run)
{
    const CodeSetStore *store = run.context().codeSets;
    if (!store || !store->version(CodeSetPart::Hcpcs))
        return;
    const auto inHcpcs = store->membership(CodeSetKind::Hcpcs); // one query per distinct code
    checkPeriod(rule, run, CodeSetKind::Hcpcs, CodeSetPart::Hcpcs, [&inHcpcs](const PreparedLine &line) {
        return line.code.size() == 5 && line.code.front().isLetter() && inHcpcs(line.code);
    });
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
        {u"codeset.icd10cm.period"_s, Severity::Warning,
         u"The date of service falls within the imported ICD-10-CM code set's fiscal year"_s,
         u"ICD-10-CM code sets take effect each 1 October (CDC/NCHS)"_s, checkIcd10Period},
        {u"codeset.hcpcs.period"_s, Severity::Warning,
         u"The date of service falls within the imported HCPCS Level II file's year"_s,
         u"HCPCS Level II annual update, effective 1 January (CMS)"_s, checkHcpcsPeriod},
    };
}

} // namespace codedesk
