#pragma once

#include <Qt>

namespace codedesk {

// The columns of ClaimLineTableModel, in CMS-1500 box 24 order.
enum class ClaimLineColumn : int
{
    From,
    To,
    PlaceOfService,
    Code,
    Modifier1,
    Modifier2,
    Modifier3,
    Modifier4,
    Pointers,
    Units,
    Charge,
    RenderingNpi,
    Count
};

// Roles of ClaimLineTableModel beyond Qt's. Display shows the effective value (inherited from the
// claim where the line leaves it empty); Edit holds the line's own value.
enum ClaimLineRole : int
{
    InheritedRole = Qt::UserRole + 1, // bool: the cell shows the claim's value
    FieldRole,                        // QString: the finding field name of the column ("modifier1")
    SeverityRole,                     // int: the most serious Severity among the cell's findings, -1 none
    FindingsRole,                     // QStringList: the cell's finding messages, each with rule and source
    LineFieldRole,                    // int: the codedesk::LineField the column edits
};

} // namespace codedesk
