#include "library/CodeSetHealth.h"

#include "codesets/CodeSetSearch.h"
#include "codesets/CodeSetStore.h"
#include "library/Workspace.h"

namespace codedesk {

std::optional<DamagedCodeSet> CodeSetHealth::damaged(Workspace &workspace, CodeSetKind kind)
{
    if (kind != CodeSetKind::Icd10Cm && kind != CodeSetKind::Hcpcs)
        return std::nullopt;
    if (workspace.codeSetSearch().preload(kind))
        return std::nullopt;
    const CodeSetStore store(workspace.database());
    for (const CodeSetVersion &version : store.versions()) {
        // The tabular list adds notes to the order file's codes; the codes searched are the order file's.
        if (codeSetKindOf(version.part) == kind && version.entries > 0 && version.part != CodeSetPart::Icd10CmTabular)
            return DamagedCodeSet{kind, version.fileName, version.entries};
    }
    return std::nullopt;
}

} // namespace codedesk
