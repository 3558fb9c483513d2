#pragma once

#include <QAbstractListModel>

#include <functional>

namespace codedesk {
class WorksheetDocument;
}

namespace codedesk::ui {

// The worksheet's diagnoses A–L with their descriptions. Editing a row changes the code and
// dragging a row reorders the list; both go through the document's undo stack, and the lines'
// pointers follow the diagnosis they point at.
class DiagnosisListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnosisListModel)

public:
    using Describer = std::function<QString(const QString &code)>;
    static constexpr int CodeRole = Qt::UserRole + 1;

    DiagnosisListModel(WorksheetDocument *document, Describer describe, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

private:
    WorksheetDocument *m_document;
    Describer m_describe;
};

} // namespace codedesk::ui
