#pragma once

#include "codesets/CodeSetTypes.h"
#include "codesets/ImportControl.h"
#include "reference/MedicareIndicators.h"

#include <QByteArray>
#include <QList>

namespace codedesk {

struct PfsRvuResult
{
    QList<MedicareIndicatorRow> rows; // one per code and modifier
    int statedYear = 0;               // from the banner ("2025 National Physician Fee Schedule ...")
    QDate released;                   // from the banner ("RELEASED 09/11/2025"), invalid if absent
    QString label;                    // "PFS 2025"
    QString source;                   // "CMS PFS RVU file 2025, October release"
    QList<ImportProblem> problems;
    bool cancelled = false;
    QString error;
};

// The CMS Physician Fee Schedule RVU file as CSV: banner lines, a header spread over several
// lines (e.g. "NON-FACILITY" above "TOTAL"), then one row per HCPCS code and modifier. Columns are
// found by their stacked header names, so a release that moves columns still reads.
class PfsRvuImporter final
{
public:
    static PfsRvuResult parse(const QByteArray &bytes, const ImportControl &control = {});
};

} // namespace codedesk
