#pragma once

#include "export/PrintDocument.h"
#include "reference/DiagnosisList.h"
#include "worksheet/ClaimFinding.h"
#include "worksheet/WorksheetContent.h"

#include <functional>
#include <optional>

namespace codedesk {

// The printed claim worksheet: the claim header, diagnoses A–L with descriptions, the claim lines
// in the columns of CMS-1500 box 24 with their effective (inherited) values, the total charge and
// every finding with its rule and source. The line table's header repeats on every page.
class ClaimWorksheetDocument final
{
public:
    using DiagnosisLookup = std::function<std::optional<DiagnosisEntry>(const QString &code)>;

    struct Source
    {
        QString file;   // the worksheet's file name, no folders
        QString sha256; // of the file's bytes as read
    };

    static PrintDocument build(const WorksheetContent &worksheet, const ClaimFindings &findings,
                               const DiagnosisLookup &diagnosis, const Source &source);
};

} // namespace codedesk
