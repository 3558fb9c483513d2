#pragma once

#include "worksheet/ClaimFinding.h"

#include <QAbstractTableModel>

namespace codedesk::ui {

// The findings of the last check as a table, most serious first. A new check usually differs
// from the last in a few rows (the cell being typed in): setFindings() replaces only the rows
// that changed, so the panel keeps its scroll position and selection and repaints little.
class FindingsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SeverityColumn,
        LineColumn,
        FieldColumn,
        MessageColumn,
        RuleColumn,
        SourceColumn,
        ColumnCount
    };
    enum Role
    {
        LineRole = Qt::UserRole + 1,
        FieldRole
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setFindings(const ClaimFindings &findings);
    const ClaimFinding &findingAt(int row) const { return m_findings.at(row); }
    int errorCount() const { return m_errors; }
    int warningCount() const { return m_warnings; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ClaimFindings m_findings;
    int m_errors = 0;
    int m_warnings = 0;
};

} // namespace codedesk::ui
