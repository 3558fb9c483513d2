#pragma once

#include "catalog/Procedure.h"
#include "export/DocumentationChecklist.h"
#include "export/PrintDocument.h"

namespace codedesk {

class MedicareIndicators;

// The printed worksheet for one procedure: header, summary and clinical context, the modifier
// table with a tick box and the findings of each row, the Medicare indicators with their source,
// a documentation checklist drawn from the clinical context, lines for notes and a sign-off.
class ProcedureWorksheetDocument final
{
public:
    static PrintDocument build(const Procedure &procedure, const MedicareIndicators &medicare,
                               const DocumentationChecklist &checklist = DocumentationChecklist::bundled());
};

} // namespace codedesk
