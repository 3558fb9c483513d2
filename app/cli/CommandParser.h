#pragma once

#include "cli/Console.h"

#include <QCommandLineParser>
#include <QStringList>

namespace codedesk::cli {

// A QCommandLineParser for one subcommand, with the contract's behaviour built in: --help prints
// the command's help and succeeds; any usage error prints one line and exits with status 2.
class CommandParser final
{
public:
    CommandParser(const QString &command, const QString &description);

    QCommandLineParser &parser() { return m_parser; }
    void addPositional(const QString &name, const QString &description, const QString &syntax = {});
    void addOption(const QCommandLineOption &option) { m_parser.addOption(option); }

    // `arguments` are those after the command name. Returns true when the command should run;
    // otherwise *exitCode holds the status to return. `minPositional`/`maxPositional` bound the
    // positional count (-1: no maximum).
    bool parse(const QStringList &arguments, Console &console, int *exitCode, int minPositional = 0,
               int maxPositional = -1);

    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString value(const QString &name) const { return m_parser.value(name); }
    QStringList positional() const { return m_parser.positionalArguments(); }

    // Reports a usage error in the contract format and returns UsageError.
    int usageError(Console &console, const QString &message) const;

private:
    QString m_command;
    QCommandLineParser m_parser;
};

} // namespace codedesk::cli
