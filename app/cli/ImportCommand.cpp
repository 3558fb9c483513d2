#include "cli/Commands.h"

using namespace Qt::Literals::StringLiterals;

namespace codedesk::cli {

int runImport(const QStringList &arguments, Console &console)
{
    Q_UNUSED(arguments)
    console.problem(u"import: not available in this build yet"_s);
    return Failure;
}

} // namespace codedesk::cli
