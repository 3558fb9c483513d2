#include "core/AppIdentity.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

QString applicationId()
{
    return u"io.github.codedesk.codedesk"_s;
}

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(u"CodeDesk"_s);
    QCoreApplication::setOrganizationDomain(u"codedesk.invalid"_s);
    QCoreApplication::setApplicationName(u"CodeDesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CODEDESK_VERSION));
}

} // namespace codedesk
