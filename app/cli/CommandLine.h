#pragma once

#include "cli/Console.h"
#include "core/WindowOptions.h"

#include <QStringList>

namespace codedesk::cli {

enum class Mode
{
    Window,            // no subcommand: open the window (QApplication)
    CommandLine,       // a subcommand, --help, --version or a usage error (QCoreApplication)
    CommandLineWithGui // a subcommand that paints (print): QGuiApplication, offscreen if no display
};

// Decides from argv (program name first) how main() starts, before any application object exists.
Mode chooseMode(const QStringList &arguments);

// What the window is asked to do by its command line.
WindowOptions windowOptions(const QStringList &arguments);

using CommandRunner = int (*)(const QStringList &arguments, Console &console);

// Runs the command-line mode for argv (program name first) and returns the exit status.
// `print` runs through `printCommand` (cli/PrintCommand.h, in codedesk_documents), given by
// callers that made a QGuiApplication; without it, print is refused.
int runCommandLine(const QStringList &arguments, Console &console, CommandRunner printCommand = nullptr);

// For main(): argv as strings, and runCommandLine() on the process's stdout and stderr with the
// application's identity set (an application object must exist).
QStringList argumentsOf(int argc, char *argv[]);
int runOnStandardStreams(const QStringList &arguments, CommandRunner printCommand = nullptr);

} // namespace codedesk::cli
