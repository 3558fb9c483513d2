#pragma once

#include <QJsonObject>
#include <QStringList>

namespace codedesk {
class MedicareIndicators;
class PayerEditStore;
} // namespace codedesk

namespace codedesk::cli {

// The `pfs` page of a code known only from the fee schedule (bundled or imported rows, e.g. the
// Category III codes 0600T and 0601T): {kind, code, title, rows: [...], conversionFactor, source}
// as DESIGN.md "Code pages" shapes it, plus payerEdits {ptp: [...], mue} when NCCI files are
// imported. Empty when the fee schedule has no row for the code.
QJsonObject feeSchedulePage(const QString &code, const MedicareIndicators &medicare, const PayerEditStore *edits);

// The same page as plain lines (code first, tab-separated).
QStringList feeSchedulePageLines(const QJsonObject &page);

} // namespace codedesk::cli
