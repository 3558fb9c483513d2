#pragma once

#include "worksheet/ClaimHeader.h"
#include "worksheet/ClaimLine.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace codedesk {

// Everything a worksheet file holds, as a plain value: what WorksheetFile reads and writes, what
// ClaimValidator checks and the exports write. Worksheet wraps one for editing.
struct WorksheetContent
{
    ClaimHeader claim;
    QStringList diagnoses; // ICD-10-CM codes as written; the first is A (box 21), at most 12 valid
    QList<ClaimLine> lines;
    QJsonObject unknownKeys; // top-level keys this version does not know, kept on save

    Money totalCharge() const;

    friend bool operator==(const WorksheetContent &, const WorksheetContent &) = default;
};

} // namespace codedesk
