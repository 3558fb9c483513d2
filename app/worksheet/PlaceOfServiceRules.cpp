// The place of service of the claim and each line: a code the CMS list (bundled or imported)
// knows, and a setting the code's fee schedule pays in (non-facility total NA in an office).
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

// Whether a place of service is known, asking the imported list once per distinct code.
class PlaceLookup final
{
public:
    explicit PlaceLookup(const RuleRun &run)
        : m_run(run)
    {}

    bool known(const QString &code)
    {
        const auto it = m_known.constFind(code);
        if (it != m_known.constEnd())
            return it.value();
        const PlaceOfServiceTable *bundled = m_run.context().placesOfService;
        const CodeSetStore *store = m_run.context().codeSets;
        const bool found = (bundled && bundled->find(code)) ||
                           (store && store->version(CodeSetPart::PlaceOfService) &&
                            !store->placeOfServiceName(code).isEmpty());
        m_known.insert(code, found);
        return found;
    }

private:
    const RuleRun &m_run;
    QHash<QString, bool> m_known;
};

QString listSource(const RuleRun &run, const QString &fallback)
{
    const CodeSetStore *store = run.context().codeSets;
    QStringList sources;
    if (run.context().placesOfService && !run.context().placesOfService->source().isEmpty())
        sources << run.context().placesOfService->source();
    if (store && store->version(CodeSetPart::PlaceOfService))
        sources << store->sourceText(CodeSetPart::PlaceOfService);
    return sources.isEmpty() ? fallback : sources.join(u"; "_s);
}

void checkKnown(const ClaimRule &rule, RuleRun &run)
{
    if (!run.context().placesOfService && !run.context().codeSets)
        return;
    PlaceLookup places(run);
    const QString source = listSource(run, rule.source);
    const QString claimPlace = run.worksheet().claim.placeOfService.trimmed();
    if (!claimPlace.isEmpty() && !places.known(claimPlace))
        run.report(rule, -1, u"placeOfService"_s,
                   u"Place of service %1 is not a CMS place-of-service code (unassigned or mistyped)"_s.arg(claimPlace),
                   source);
    for (int i = 0; i < run.lineCount(); ++i) {
        const QString own = run.worksheet().lines.at(i).placeOfService.trimmed();
        if (!own.isEmpty() && own != claimPlace && !places.known(own)) // the claim's: reported once
            run.report(rule, i, u"placeOfService"_s,
                       u"Place of service %1 is not a CMS place-of-service code (unassigned or mistyped)"_s.arg(own),
                       source);
    }
}

void checkNonFacilityNa(const ClaimRule &rule, RuleRun &run)
{
    const PlaceOfServiceTable *places = run.context().placesOfService;
    if (!places || !run.context().medicare)
        return;
    for (int i = 0; i < run.lineCount(); ++i) {
        const PreparedLine &line = run.lines().at(i);
        const PlaceOfServiceInfo *place = places->find(line.placeOfService);
        if (!line.medicare || !place || place->facility ||
            line.medicare->nonFacilityTotal.compare(u"NA"_s, Qt::CaseInsensitive) != 0)
            continue;
        run.report(rule, i, u"placeOfService"_s,
                   u"%1 has no non-facility payment (non-facility total NA in %2): it is not expected in place of "
                   "service %3 (%4, a non-facility setting); check the place of service"_s.arg(
                       line.code, run.context().medicare->label(), place->code, place->name),
                   sourceWithDate(line.medicare->source, line.medicare->sourceDate) + u"; "_s +
                       sourceWithDate(place->source, place->date));
    }
}

} // namespace

QList<ClaimRule> placeOfServiceRules()
{
    return {
        {u"pos.unknown"_s, Severity::Error, u"A place of service is a CMS place-of-service code"_s,
         u"CMS Place of Service Code Set"_s, checkKnown},
        {u"pos.nonFacilityNa"_s, Severity::Warning,
         u"A code whose non-facility total is NA is not billed in a non-facility place of service"_s,
         u"CMS PFS RVU file (NA indicator); CMS Place of Service Code Set"_s, checkNonFacilityNa},
    };
}

} // namespace codedesk
