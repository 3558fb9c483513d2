#include "cli/Commands.h"

using namespace Qt::Literals::StringLiterals;

namespace codedesk::cli {

int runList(const QStringList &arguments, Console &console)
{
    Q_UNUSED(arguments)
    console.problem(u"list: not available in this build yet"_s);
    return Failure;
}

int runShow(const QStringList &arguments, Console &console)
{
    Q_UNUSED(arguments)
    console.problem(u"show: not available in this build yet"_s);
    return Failure;
}

int runSearch(const QStringList &arguments, Console &console)
{
    Q_UNUSED(arguments)
    console.problem(u"search: not available in this build yet"_s);
    return Failure;
}

} // namespace codedesk::cli
