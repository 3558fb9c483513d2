#include "worksheetview/WorksheetServicesFactory.h"

#include "codesets/CodeSetSearch.h"
#include "codesets/CodeSetStore.h"
#include "library/Workspace.h"
#include "worksheet/ClaimValidator.h"
#include "library/WorkspaceValidation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace codedesk::ui {

namespace {

QString entry(const QString &code, const QString &meaning)
{
    return meaning.isEmpty() ? code : code + u" — "_s + meaning;
}

QStringList bundledPlacesOfService()
{
    QFile file(u":/codedesk/reference/places-of-service.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList entries;
    const QJsonArray places = QJsonDocument::fromJson(file.readAll()).object().value(u"places"_s).toArray();
    for (const QJsonValue &place : places)
        entries << entry(place[u"code"_s].toString(), place[u"name"_s].toString());
    return entries;
}

} // namespace

WorksheetServices makeWorksheetServices(Workspace &workspace)
{
    WorksheetServices services;
    for (const Procedure *procedure : workspace.catalog().procedures())
        services.codeEntries << entry(procedure->code, procedure->title);
    for (const ModifierInfo &modifier : workspace.modifiers().all())
        services.modifierEntries << entry(modifier.code, modifier.description);

    const QList<PlaceOfService> imported = workspace.codeSets().placesOfService();
    for (const PlaceOfService &place : imported)
        services.placeOfServiceEntries << entry(place.code, place.name);
    if (services.placeOfServiceEntries.isEmpty())
        services.placeOfServiceEntries = bundledPlacesOfService();

    Workspace *ws = &workspace;
    services.describeDiagnosis = [ws](const QString &code) -> QString {
        if (const auto details = ws->codeSets().entry(CodeSetKind::Icd10Cm, code, false))
            return details->longDescription.isEmpty() ? details->shortDescription : details->longDescription;
        if (const DiagnosisEntry *known = ws->diagnoses().find(code))
            return known->description;
        return {};
    };
    services.searchDiagnoses = [ws](const QString &text) {
        QStringList results;
        for (const CodeSetHit &hit : ws->codeSetSearch().search(CodeSetKind::Icd10Cm, text, 40)) {
            if (hit.billable)
                results << entry(hit.code, hit.title);
        }
        if (results.isEmpty()) {
            const QString folded = text.trimmed().toCaseFolded();
            for (const DiagnosisEntry &known : ws->diagnoses().all()) {
                if (known.code.toCaseFolded().startsWith(folded) || known.description.toCaseFolded().contains(folded))
                    results << entry(known.code, known.description);
            }
        }
        return results;
    };
    auto validator = std::make_shared<ClaimValidator>();
    services.validator = [ws, validator](const WorksheetContent &content) {
        return validator->validate(content, validationContext(*ws));
    };
    return services;
}

} // namespace codedesk::ui
