#include "library/WorkspaceValidation.h"

#include "library/Workspace.h"

#include <QSet>

namespace codedesk {

ValidationContext validationContext(const Workspace &workspace, QDate today)
{
    ValidationContext context;
    context.modifiers = &workspace.modifiers();
    context.medicare = &workspace.medicare();
    context.units = &workspace.unitLimits();
    context.bundling = &workspace.bundling();
    context.evaluationManagement = &workspace.evaluationManagement();
    context.today = today;
    context.codeSets = &workspace.codeSets();
    context.placesOfService = &workspace.placesOfService();
    context.unlisted = &workspace.unlistedCodes();
    context.payerEdits = &workspace.payerEdits();

    QSet<QString> referenceCodes;
    for (const QStringList &codes : {workspace.unitLimits().codes(), workspace.bundling().codes(),
                                     workspace.evaluationManagement().codes()}) {
        for (const QString &code : codes)
            referenceCodes.insert(code);
    }
    const auto importedHcpcs = workspace.codeSets().membership(CodeSetKind::Hcpcs);
    context.isKnownCode = [&workspace, referenceCodes, importedHcpcs](const QString &code) {
        return referenceCodes.contains(code) || workspace.catalog().contains(code)
               || !workspace.medicare().rowsFor(code).isEmpty() || importedHcpcs(code);
    };
    context.diagnosis = [&workspace](const QString &code) -> std::optional<DiagnosisEntry> {
        if (const auto imported = workspace.codeSets().entry(CodeSetKind::Icd10Cm, code, false))
            return DiagnosisEntry{imported->code, imported->longDescription,
                                  workspace.codeSets().sourceText(CodeSetPart::Icd10CmOrder), {}};
        if (const DiagnosisEntry *entry = workspace.diagnoses().find(code))
            return *entry;
        return std::nullopt;
    };
    return context;
}

} // namespace codedesk
