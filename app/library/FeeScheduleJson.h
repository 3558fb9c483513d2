#pragma once

#include "reference/MedicareIndicators.h"

#include <QJsonObject>
#include <QJsonValue>

namespace codedesk {

// A code's fee-schedule rows as code pages show them (DESIGN.md "Code pages", kind pfs): every
// row (global, 26, TC, ...) with its indicators and their meanings in words, and the payments
// (total RVU x conversion factor, 2 decimals; null where the total is NA).
namespace FeeScheduleJson {

// {rows: [...], conversionFactor, source}; rows empty when the fee schedule lacks the code, and
// then notOnFile says so.
QJsonObject section(const QList<MedicareIndicatorRow> &rows, const MedicareIndicators &medicare,
                    const QString &code);
QJsonObject row(const MedicareIndicatorRow &row);
// total x conversion factor rounded to cents; null when either is not a number ("NA").
QJsonValue payment(const QString &total, const QString &conversionFactor);

} // namespace FeeScheduleJson

} // namespace codedesk
