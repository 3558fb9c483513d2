#pragma once

#include "worksheet/ClaimFinding.h"
#include "worksheet/ClaimLineRoles.h"
#include "worksheet/WorksheetFields.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

#include <functional>

namespace codedesk {

class Worksheet;

// The claim lines of a Worksheet as an editable table (one row a line, ClaimLineColumn columns).
// Follows every edit of the worksheet through its signals. Edits made in a view go to the
// worksheet, or to the edit handler when one is set (the UI's undo stack).
class ClaimLineTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Called for an edit made through setData; return false to refuse it. The value is ready for
    // Worksheet::setLineField (a full modifier list when one modifier column changes).
    using EditHandler = std::function<bool(int row, LineField field, const QVariant &value)>;

    explicit ClaimLineTableModel(Worksheet *worksheet, QObject *parent = nullptr);
    ~ClaimLineTableModel() override;
    Q_DISABLE_COPY_MOVE(ClaimLineTableModel)

    Worksheet *worksheet() const { return m_worksheet; }
    void setEditHandler(EditHandler handler) { m_editHandler = std::move(handler); }

    // The validator's findings, shown per cell (SeverityRole, FindingsRole, tooltips). Cleared when
    // lines are inserted, removed or moved, since row numbers change.
    void setFindings(const ClaimFindings &findings);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static LineField lineField(ClaimLineColumn column);
    static QString fieldName(ClaimLineColumn column);            // "modifier2"
    static ClaimLineColumn columnForField(const QString &field); // Count when it has no column

private:
    void connectWorksheet();
    void clearFindings();
    QVariant displayValue(int row, ClaimLineColumn column) const;
    QVariant editValue(int row, ClaimLineColumn column) const;
    bool isInherited(int row, ClaimLineColumn column) const;

    QPointer<Worksheet> m_worksheet;
    EditHandler m_editHandler;
    QHash<quint64, ClaimFindings> m_findings; // key: row << 8 | column
};

} // namespace codedesk
