#include "CommandRun.h"

#include "cli/CommandLine.h"

#include <QBuffer>

using namespace Qt::Literals::StringLiterals;

namespace codedesk::test {

CommandRun runCommand(const QStringList &arguments)
{
    QBuffer out;
    QBuffer err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    CommandRun result;
    {
        cli::Console console(&out, &err); // flushes when it goes
        result.status = cli::runCommandLine(QStringList{u"codedesk"_s} + arguments, console);
    }
    result.out = QString::fromUtf8(out.data());
    result.err = QString::fromUtf8(err.data());
    return result;
}

} // namespace codedesk::test
