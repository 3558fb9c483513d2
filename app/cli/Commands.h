#pragma once

#include "cli/Console.h"

#include <QStringList>

// One function per subcommand of the command-line contract (DESIGN.md). Each takes the
// arguments after its name and returns the exit status.
namespace codedesk::cli {

int runList(const QStringList &arguments, Console &console);
int runShow(const QStringList &arguments, Console &console);
int runSearch(const QStringList &arguments, Console &console);
int runImport(const QStringList &arguments, Console &console);
int runValidate(const QStringList &arguments, Console &console);
int runExport(const QStringList &arguments, Console &console);
int runCodeset(const QStringList &arguments, Console &console);

} // namespace codedesk::cli
