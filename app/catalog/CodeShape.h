#pragma once

#include "catalog/Procedure.h"

#include <QString>
#include <QStringView>

namespace codedesk {

// The code system a procedure code belongs to, read from its shape (DESIGN.md): five digits CPT
// Category I; four digits + F, T, U or M CPT Category II, III, PLA, MAAA; a letter + four digits
// HCPCS Level II. Case-insensitive; anything else is Unknown.
CodeSystem codeSystemForCode(QStringView code);

// "CPT Category I", "HCPCS Level II", ...: the names the command line and the UI show.
QString codeSystemName(CodeSystem system);

// "bundled" or "imported" (the command-line contract).
QString originName(Origin origin);

} // namespace codedesk
