#include "codesets/TabbedHeader.h"

namespace codedesk {

QList<QByteArrayView> tabbedCells(QByteArrayView line)
{
    QList<QByteArrayView> cells;
    qsizetype start = 0;
    while (start <= line.size()) {
        qsizetype end = line.indexOf('\t', start);
        if (end < 0)
            end = line.size();
        QByteArrayView cell = line.sliced(start, end - start).trimmed();
        if (cell.size() >= 2 && cell.front() == '"' && cell.back() == '"')
            cell = cell.sliced(1, cell.size() - 2).trimmed();
        cells << cell;
        start = end + 1;
    }
    return cells;
}

qsizetype headerColumn(const QList<QByteArrayView> &cells, const QStringList &names)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const QString header = QString::fromLatin1(cells.at(i)).simplified().toLower();
        for (const QString &name : names) {
            if (header.startsWith(name))
                return i;
        }
    }
    return -1;
}

} // namespace codedesk
