#include "worksheetview/FindingsModel.h"

#include "browser/SeverityStyle.h"
#include "core/VisibleText.h"
#include "worksheet/WorksheetFields.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace codedesk::ui {

void FindingsModel::setFindings(const ClaimFindings &findings)
{
    ClaimFindings sorted = findings;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const ClaimFinding &a, const ClaimFinding &b) { return a.severity > b.severity; });
    m_errors = int(std::count_if(sorted.cbegin(), sorted.cend(),
                                 [](const ClaimFinding &f) { return f.severity == Severity::Error; }));
    m_warnings = int(std::count_if(sorted.cbegin(), sorted.cend(),
                                   [](const ClaimFinding &f) { return f.severity == Severity::Warning; }));

    // The rows before `first` and after the old and new `last`s are unchanged.
    const qsizetype oldCount = m_findings.size();
    const qsizetype newCount = sorted.size();
    qsizetype first = 0;
    while (first < oldCount && first < newCount && m_findings.at(first) == sorted.at(first))
        ++first;
    qsizetype tail = 0;
    while (tail < oldCount - first && tail < newCount - first &&
           m_findings.at(oldCount - 1 - tail) == sorted.at(newCount - 1 - tail))
        ++tail;
    const qsizetype oldChanged = oldCount - first - tail;
    const qsizetype newChanged = newCount - first - tail;
    if (oldChanged == 0 && newChanged == 0)
        return;
    if (oldChanged == newChanged) {
        m_findings = sorted;
        Q_EMIT dataChanged(index(int(first), 0), index(int(first + newChanged - 1), ColumnCount - 1));
        return;
    }
    if (oldChanged > 0) {
        beginRemoveRows({}, int(first), int(first + oldChanged - 1));
        m_findings.remove(first, oldChanged);
        endRemoveRows();
    }
    if (newChanged > 0) {
        beginInsertRows({}, int(first), int(first + newChanged - 1));
        m_findings.insert(first, newChanged, ClaimFinding{});
        std::copy(sorted.cbegin() + first, sorted.cbegin() + first + newChanged, m_findings.begin() + first);
        endInsertRows();
    }
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClaimFinding &finding = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case SeverityColumn:
            return severityLabel(finding.severity);
        case LineColumn:
            return finding.line < 0 ? tr("claim") : findingLines(finding);
        case FieldColumn:
            return fieldLabel(finding.field);
        case MessageColumn:
            return VisibleText::withVisibleControls(finding.message);
        case RuleColumn:
            return finding.rule;
        case SourceColumn:
            return VisibleText::withVisibleControls(finding.source);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::DecorationRole:
        return index.column() == SeverityColumn ? QVariant(severityIcon(finding.severity)) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == MessageColumn || index.column() == LineColumn)
            return VisibleText::withVisibleControls(findingPlace(finding) + u": "_s + finding.message);
        if (index.column() == SourceColumn)
            return VisibleText::withVisibleControls(finding.source);
        return {};
    case LineRole:
        return finding.line;
    case FieldRole:
        return finding.field;
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case SeverityColumn:
        return tr("Severity");
    case LineColumn:
        return tr("Line");
    case FieldColumn:
        return tr("Field");
    case MessageColumn:
        return tr("Finding");
    case RuleColumn:
        return tr("Rule");
    case SourceColumn:
        return tr("Source");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace codedesk::ui
