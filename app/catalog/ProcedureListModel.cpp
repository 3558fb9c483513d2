#include "catalog/ProcedureListModel.h"

#include "catalog/Catalog.h"
#include "catalog/CodeShape.h"
#include "catalog/ProcedureRoles.h"

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

ProcedureListModel::ProcedureListModel(const Catalog *catalog, QObject *parent)
    : QAbstractListModel(parent)
    , m_catalog(catalog)
{
    takeProcedures();
    connect(catalog, &Catalog::aboutToChange, this, [this] {
        beginResetModel();
        m_procedures.clear();
        m_rowOfCode.clear();
    });
    connect(catalog, &Catalog::changed, this, [this] {
        takeProcedures();
        endResetModel();
    });
}

void ProcedureListModel::takeProcedures()
{
    m_procedures = m_catalog->procedures();
    m_rowOfCode.clear();
    m_rowOfCode.reserve(m_procedures.size());
    for (qsizetype row = 0; row < m_procedures.size(); ++row)
        m_rowOfCode.insert(m_procedures.at(row)->code, int(row));
}

ProcedureListModel::~ProcedureListModel() = default;

int ProcedureListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_procedures.size());
}

const Procedure *ProcedureListModel::procedureAt(int row) const
{
    return row >= 0 && row < m_procedures.size() ? m_procedures.at(row) : nullptr;
}

int ProcedureListModel::rowOf(const QString &code) const
{
    return m_rowOfCode.value(code.trimmed().toUpper(), -1);
}

QVariant ProcedureListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Procedure &procedure = *m_procedures.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QString(procedure.code + u"  "_s + procedure.title);
    case Qt::ToolTipRole:
    case TitleRole:
        return procedure.title;
    case CodeRole:
        return procedure.code;
    case CodeSystemRole:
        return codeSystemName(procedure.codeSystem);
    case OriginRole:
        return originName(procedure.source.origin);
    case FacetsRole:
        return QStringList(procedure.facets.approaches + procedure.facets.energies + procedure.facets.organs);
    case ServiceTypeRole:
        return procedure.serviceType;
    case SiteOfServiceRole:
        return procedure.siteOfService;
    case PayersRole:
        return procedure.payers;
    default:
        return {};
    }
}

QHash<int, QByteArray> ProcedureListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(CodeRole, "code");
    names.insert(TitleRole, "title");
    names.insert(CodeSystemRole, "codeSystem");
    names.insert(OriginRole, "origin");
    names.insert(FacetsRole, "facets");
    names.insert(ServiceTypeRole, "serviceType");
    names.insert(SiteOfServiceRole, "siteOfService");
    names.insert(PayersRole, "payers");
    return names;
}

} // namespace codedesk
