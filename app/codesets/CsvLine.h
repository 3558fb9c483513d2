#pragma once

#include <QString>
#include <QStringList>

namespace codedesk {

// Splits one CSV record (RFC 4180 quoting, no embedded newlines) into its cells.
QStringList splitCsvLine(QStringView line, bool *ok = nullptr);

} // namespace codedesk
