#pragma once

#include "catalog/Procedure.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

namespace codedesk {

class Catalog;

// The catalog's procedures, one row each in code order (imported shadowing bundled); roles in
// ProcedureRoles.h. Follows the catalog: an import or removal resets the model.
class ProcedureListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit ProcedureListModel(const Catalog *catalog, QObject *parent = nullptr);
    ~ProcedureListModel() override;
    Q_DISABLE_COPY_MOVE(ProcedureListModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const Procedure *procedureAt(int row) const;
    int rowOf(const QString &code) const; // -1 if not listed

private:
    void takeProcedures();

    const Catalog *m_catalog;
    QList<const Procedure *> m_procedures;
    QHash<QString, int> m_rowOfCode;
};

} // namespace codedesk
