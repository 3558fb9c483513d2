#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace codedesk::test {

struct ProcessResult
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
};

// Runs the built codedesk binary as a script would: no display, HOME in `home`, optional stdin.
ProcessResult runCodeDesk(const QStringList &arguments, const QString &home, int timeoutMs = 60000);

} // namespace codedesk::test
