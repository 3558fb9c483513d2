#include "codesets/CsvLine.h"

namespace codedesk {

QStringList splitCsvLine(QStringView line, bool *ok)
{
    QStringList cells;
    QString cell;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < line.size() && line[i + 1] == u'"') {
                    cell += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
        } else if (c == u'"' && cell.isEmpty() && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
        } else if (c == u',') {
            cells.append(cell);
            cell.clear();
            wasQuoted = false;
        } else {
            cell += c;
        }
    }
    cells.append(cell);
    if (ok)
        *ok = !quoted;
    return cells;
}

} // namespace codedesk
