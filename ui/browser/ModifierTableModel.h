#pragma once

#include "catalog/Procedure.h"

#include <QAbstractTableModel>

namespace codedesk::ui {

// The report's modifier table with the cross-check's findings beside each row.
class ModifierTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModifierTableModel)

public:
    enum Column { ModifierColumn, DescriptionColumn, WhenToUseColumn, FindingsColumn, LineColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int SeverityRole = Qt::UserRole + 2; // the row's worst severity, -1 if none

    explicit ModifierTableModel(QObject *parent = nullptr);

    void setRows(const QList<ModifierRow> &rows);
    const QList<ModifierRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Tab-separated text of the given rows, for the clipboard.
    QString rowsAsText(const QList<int> &rows) const;

private:
    QString findingsText(const ModifierRow &row) const;
    QList<ModifierRow> m_rows;
};

} // namespace codedesk::ui
