#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace codedesk {

// The cells of a tab-delimited line, each trimmed of spaces and of the quotes a spreadsheet
// export puts around them. Views into the line: no copies.
QList<QByteArrayView> tabbedCells(QByteArrayView line);

// The column whose (simplified, lower-case) header starts with one of `names`; -1 when none does.
qsizetype headerColumn(const QList<QByteArrayView> &cells, const QStringList &names);

} // namespace codedesk
