#pragma once

#include <QByteArrayView>
#include <QString>

namespace codedesk {

// The fields of a HCPCS procedure record (type 3) other than its descriptions, named as the CMS
// record layout names them ("Pricing Indicator Code 1", "Coverage Code", "BETOS Code", ...).
// Columns are 1-based as in the layout; blank fields are left out.
class HcpcsRecordFields final
{
public:
    // "Name\tvalue" lines joined by '\n', in layout order (CodeSetStore::hcpcsFields reads them).
    static QString read(QByteArrayView record);
};

} // namespace codedesk
