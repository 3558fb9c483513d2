// Modifiers against the code's Medicare Physician Fee Schedule indicators. Which indicator value
// rules out which modifier is data (MedicareIndicators::modifierChecks, from the RVU file
// documentation); only the facility rule for PC/TC 1 codes is written here.
#include "codesets/CodeSetStore.h"
#include "reference/MedicareIndicators.h"
#include "reference/PlaceOfServiceTable.h"
#include "reference/ReferenceJson.h"
#include "worksheet/ClaimRule.h"
#include "worksheet/RuleRun.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

namespace {

QString indicatorTitle(const QString &indicator)
{
    static const QHash<QString, QString> titles = {
        {u"pcTc"_s, u"PC/TC indicator"_s},
        {u"multipleProcedure"_s, u"multiple-procedure indicator"_s},
        {u"bilateral"_s, u"bilateral-surgery indicator"_s},
        {u"assistant"_s, u"assistant-at-surgery indicator"_s},
        {u"coSurgeon"_s, u"co-surgeon indicator"_s},
        {u"team"_s, u"team-surgery indicator"_s},
    };
    return titles.value(indicator, indicator);
}

void checkModifierIndicators(const ClaimRule &rule, RuleRun &run)
{
    const MedicareIndicators *medicare = run.context().medicare;
    if (!medicare)
        return;
    QHash<QString, QList<const IndicatorCheck *>> checksByModifier;
    for (const IndicatorCheck &check : medicare->modifierChecks()) {
        for (const QString &modifier : check.modifiers)
            checksByModifier[modifier] << &check;
    }
    for (int i = 0; i < run.lineCount(); ++i) {
        const PreparedLine &line = run.lines().at(i);
        if (!line.medicare)
            continue;
        for (int m = 0; m < line.modifiers.size(); ++m) {
            const QString &modifier = line.modifiers.at(m);
            for (const IndicatorCheck *check : checksByModifier.value(modifier)) {
                const int value = MedicareIndicators::indicatorValue(*line.medicare, check->indicator);
                if (value != check->value)
                    continue;
                run.report(rule.id + u'.' + check->indicator, check->severity, i, u"modifier%1"_s.arg(m + 1),
                           u"Modifier %1 with %2: the %3 is %4 (%5)"_s
                               .arg(modifier, line.code, indicatorTitle(check->indicator))
                               .arg(value)
                               .arg(check->meaning),
                           sourceWithDate(line.medicare->source, line.medicare->sourceDate) + u"; "_s +
                               sourceWithDate(check->source, check->sourceDate));
            }
        }
    }
}

void checkNotOnFile(const ClaimRule &rule, RuleRun &run)
{
    const MedicareIndicators *medicare = run.context().medicare;
    if (!medicare)
        return;
    for (int i = 0; i < run.lineCount(); ++i) {
        const PreparedLine &line = run.lines().at(i);
        if (line.medicare || line.code.isEmpty())
            continue;
        for (int m = 0; m < line.modifiers.size(); ++m) {
            if (medicare->isCheckedModifier(line.modifiers.at(m))) {
                run.report(
                    rule, i, u"modifier%1"_s.arg(m + 1),
                    u"No Medicare indicators on file (%1) for %2: modifier %3 cannot be checked"_s.arg(
                        medicare->label().isEmpty() ? u"PFS"_s : medicare->label(), line.code, line.modifiers.at(m)),
                    sourceWithDate(medicare->source(), medicare->sourceDate()));
                break;
            }
        }
    }
}

bool isFacility(const RuleRun &run, const QString &placeOfService)
{
    // Without the table, the facility settings DESIGN.md names.
    static const QStringList facilityPlaces = {u"19"_s, u"21"_s, u"22"_s, u"24"_s};
    if (const PlaceOfServiceTable *places = run.context().placesOfService) {
        const PlaceOfServiceInfo *place = places->find(placeOfService);
        return place && place->facility;
    }
    return facilityPlaces.contains(placeOfService);
}

void checkFacilityProfessionalComponent(const ClaimRule &rule, RuleRun &run)
{
    // In a facility the physician bills only the professional component.
    for (int i = 0; i < run.lineCount(); ++i) {
        const PreparedLine &line = run.lines().at(i);
        if (!line.medicare || line.medicare->pcTc != 1 || !isFacility(run, line.placeOfService) ||
            line.hasModifier(u"26"))
            continue;
        run.report(
            rule, i, u"modifiers"_s,
            u"%1 has professional and technical components (PC/TC indicator 1): at a facility (place of "
            "service %2) the physician bills the professional component with 26"_s.arg(line.code, line.placeOfService),
            sourceWithDate(line.medicare->source, line.medicare->sourceDate) + u"; "_s + rule.source);
    }
}

void checkStatus(const ClaimRule &rule, RuleRun &run)
{
    const MedicareIndicators *medicare = run.context().medicare;
    if (!medicare)
        return;
    for (int i = 0; i < run.lineCount(); ++i) {
        const PreparedLine &line = run.lines().at(i);
        const StatusMeaning *status = line.medicare ? medicare->statusMeaning(line.medicare->status) : nullptr;
        if (!status || !status->severity)
            continue;
        const QString row = line.medicare->modifier.isEmpty() ? line.code : line.code + u'-' + line.medicare->modifier;
        run.report(rule.id, *status->severity, i, u"code"_s,
                   u"%1 has fee-schedule status %2 (%3): %4"_s.arg(
                       row, status->status, medicare->label().isEmpty() ? u"PFS"_s : medicare->label(),
                       status->meaning),
                   sourceWithDate(line.medicare->source, line.medicare->sourceDate) + u"; "_s +
                       sourceWithDate(status->source, status->sourceDate));
    }
}

void checkStandIn(const ClaimRule &rule, RuleRun &run)
{
    const MedicareIndicators *medicare = run.context().medicare;
    const int year = medicare ? medicare->year() : 0;
    if (year <= 0 || (run.context().codeSets && run.context().codeSets->version(CodeSetPart::Pfs)))
        return; // an imported RVU file that stands in is named by codeset.standIn
    for (int i = 0; i < run.lineCount(); ++i) {
        const PreparedLine &line = run.lines().at(i);
        if (!line.medicare || !line.from.isValid() || line.from.year() == year)
            continue;
        run.report(rule, -1, u"dateOfService"_s,
                   u"The fee-schedule values are from %1, applied to a date of service in %2 (%3): check them "
                   "against the %2 fee schedule, or import its RVU file"_s.arg(medicare->label())
                       .arg(line.from.year())
                       .arg(isoDate(line.from)),
                   sourceWithDate(medicare->source(), medicare->sourceDate()));
        return;
    }
}

} // namespace

QList<ClaimRule> indicatorRules()
{
    return {
        {u"indicator"_s, Severity::Error,
         u"Modifiers must agree with the code's Medicare indicators (PC/TC, bilateral, assistant, co-surgeon, "
         "team); findings are indicator.<name>"_s,
         u"CMS PFS Relative Value File and its documentation"_s, checkModifierIndicators},
        {u"indicator.facility26"_s, Severity::Warning,
         u"A PC/TC 1 code at a facility place of service is billed with 26"_s,
         u"CMS Medicare Claims Processing Manual (Pub. 100-04) ch. 12 sec. 20.4 (facility settings 19, 21, 22, 24)"_s,
         checkFacilityProfessionalComponent},
        {u"indicator.notOnFile"_s, Severity::Info,
         u"Says when a modifier that depends on Medicare indicators cannot be checked"_s,
         u"CMS PFS Relative Value File"_s, checkNotOnFile},
        {u"indicator.status"_s, Severity::Warning,
         u"The fee-schedule status of the line's code (and modifier) allows billing it; findings take the "
         "status's severity"_s,
         u"CMS PFS Relative Value File documentation (status codes)"_s, checkStatus},
        {u"indicator.standIn"_s, Severity::Info,
         u"Says when the bundled fee-schedule values are for another year than the date of service"_s,
         u"CMS PFS Relative Value File"_s, checkStandIn},
    };
}

} // namespace codedesk
