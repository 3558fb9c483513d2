#pragma once

#include <QJsonDocument>
#include <QString>
#include <QStringList>

namespace codedesk::test {

// What one in-process run of the command line returned and printed.
struct CommandRun
{
    int status = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

// Runs `codedesk ARGUMENTS...` through cli::runCommandLine in this process, streams captured.
CommandRun runCommand(const QStringList &arguments);

} // namespace codedesk::test
