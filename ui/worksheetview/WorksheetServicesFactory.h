#pragma once

#include "worksheetview/WorksheetView.h"

namespace codedesk {
class Workspace;
}

namespace codedesk::ui {

// Builds what a worksheet view needs from the loaded workspace: completion lists for codes,
// modifiers and places of service, diagnosis descriptions and lookup (the imported ICD-10-CM set
// when there is one, else the bundled list), and the claim checks.
WorksheetServices makeWorksheetServices(Workspace &workspace);

} // namespace codedesk::ui
