#pragma once

#include "catalog/Procedure.h"

#include <QStringList>
#include <QStringView>

namespace codedesk {

// Reads the markdown-like modifier table one line at a time: the header row names the columns,
// `|---|` separators are skipped, and every other line holding a `|` is a modifier row, kept even
// when it lacks its leading pipe or is cut off (each noted as a diagnostic).
class ModifierTableReader final
{
public:
    ModifierTableReader();

    static bool isTableLine(QStringView trimmed) { return trimmed.contains(u'|'); }
    static bool isModifierHeader(QStringView trimmed);

    // `unterminatedLastLine`: the line is the input's last and has no newline after it.
    void readLine(QStringView line, int lineNumber, bool unterminatedLastLine, Procedure *procedure);

private:
    enum class Column
    {
        Modifier,
        Description,
        WhenToUse,
        Other
    };

    void readRow(const QList<QStringView> &cells, bool leadingPipe, bool closingPipe, int lineNumber,
                 bool unterminatedLastLine, Procedure *procedure) const;

    QList<Column> m_columns;
    QStringList m_columnTitles;
    bool m_headerClosingPipe = true;
};

} // namespace codedesk
