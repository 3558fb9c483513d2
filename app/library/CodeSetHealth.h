#pragma once

#include "codesets/CodeSetTypes.h"

#include <QString>

#include <optional>

namespace codedesk {

class Workspace;

// A code set whose import is recorded but whose stored codes cannot be read (a damaged library):
// its searches find nothing, which must never look like "no match".
struct DamagedCodeSet
{
    CodeSetKind kind = CodeSetKind::Icd10Cm;
    QString fileName; // the file it was imported from
    int entries = 0;  // how many codes that import stored
};

namespace CodeSetHealth {

// For the searchable kinds (ICD-10-CM, HCPCS); loads the kind's search index if it is not loaded
// yet (a failed load is remembered, so asking again is cheap).
std::optional<DamagedCodeSet> damaged(Workspace &workspace, CodeSetKind kind);

} // namespace CodeSetHealth

} // namespace codedesk
