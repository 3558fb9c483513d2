#pragma once

#include <Qt>

namespace codedesk {

// Item data roles of ProcedureListModel. Qt::DisplayRole is "CODE  Title"; Qt::ToolTipRole the title.
enum ProcedureRole : int
{
    CodeRole = Qt::UserRole + 1, // QString "47382"
    TitleRole,                   // QString
    CodeSystemRole,              // QString "CPT Category I"
    OriginRole,                  // QString "bundled" | "imported"
    FacetsRole,                  // QStringList: approaches, energies and organs together
    ServiceTypeRole,             // QString
    SiteOfServiceRole,           // QString
    PayersRole,                  // QStringList
};

} // namespace codedesk
