#include "browser/ModifierTableModel.h"

#include "browser/SeverityStyle.h"

#include <QGuiApplication>
#include <QPalette>

using namespace Qt::Literals::StringLiterals;

namespace codedesk::ui {

namespace {

int worstSeverity(const ModifierRow &row)
{
    int worst = -1;
    for (const Finding &finding : row.findings)
        worst = qMax(worst, int(finding.severity));
    return worst;
}

} // namespace

ModifierTableModel::ModifierTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ModifierTableModel::setRows(const QList<ModifierRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int ModifierTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ModifierTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ModifierTableModel::findingsText(const ModifierRow &row) const
{
    QStringList parts;
    for (const Finding &finding : row.findings)
        parts << u"%1: %2 [%3]"_s.arg(severityLabel(finding.severity), finding.message, finding.source);
    return parts.join(u'\n');
}

QVariant ModifierTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ModifierRow &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (column) {
        case ModifierColumn:
            return row.modifier;
        case DescriptionColumn:
            return row.description;
        case WhenToUseColumn:
            return row.whenToUse;
        case FindingsColumn:
            return role == SortRole ? QVariant(worstSeverity(row)) : QVariant(findingsText(row));
        case LineColumn:
            return row.line;
        }
        break;
    case Qt::ToolTipRole:
        if (column == FindingsColumn && !row.findings.isEmpty())
            return findingsText(row);
        if (column == DescriptionColumn || column == WhenToUseColumn)
            return data(index, Qt::DisplayRole);
        break;
    case Qt::DecorationRole:
        if (column == FindingsColumn && worstSeverity(row) >= 0)
            return severityIcon(Severity(worstSeverity(row)));
        break;
    case Qt::BackgroundRole:
        if (column == FindingsColumn && worstSeverity(row) >= 0)
            return severityTint(Severity(worstSeverity(row)), QGuiApplication::palette());
        break;
    case SeverityRole:
        return worstSeverity(row);
    case Qt::TextAlignmentRole:
        if (column == LineColumn)
            return int(Qt::AlignRight | Qt::AlignTop);
        return int(Qt::AlignLeft | Qt::AlignTop);
    default:
        break;
    }
    return {};
}

QVariant ModifierTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ModifierColumn:
        return tr("Modifier");
    case DescriptionColumn:
        return tr("Description");
    case WhenToUseColumn:
        return tr("When to use");
    case FindingsColumn:
        return tr("Findings");
    case LineColumn:
        return tr("Line");
    }
    return {};
}

QString ModifierTableModel::rowsAsText(const QList<int> &rows) const
{
    QStringList lines;
    for (int r : rows) {
        if (r < 0 || r >= m_rows.size())
            continue;
        const ModifierRow &row = m_rows.at(r);
        lines << QStringList{row.modifier, row.description, row.whenToUse, findingsText(row).replace(u'\n', u"; "_s)}
                     .join(u'\t');
    }
    return lines.join(u'\n');
}

} // namespace codedesk::ui
