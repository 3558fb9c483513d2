#include "cli/Commands.h"

using namespace Qt::Literals::StringLiterals;

namespace codedesk::cli {

int runValidate(const QStringList &arguments, Console &console)
{
    Q_UNUSED(arguments)
    console.problem(u"validate: not available in this build yet"_s);
    return Failure;
}

int runExport(const QStringList &arguments, Console &console)
{
    Q_UNUSED(arguments)
    console.problem(u"export: not available in this build yet"_s);
    return Failure;
}

} // namespace codedesk::cli
