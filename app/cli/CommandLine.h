#pragma once

#include "cli/Console.h"

#include <QStringList>

namespace codedesk::cli {

enum class Mode {
    Window,           // no subcommand: open the window (QApplication)
    CommandLine,      // a subcommand, --help, --version or a usage error (QCoreApplication)
    CommandLineWithGui // a subcommand that paints (print): QGuiApplication, offscreen if no display
};

// Decides from argv (program name first) how main() starts, before any application object exists.
Mode chooseMode(const QStringList &arguments);

// What the window is asked to do by its command line.
struct WindowOptions
{
    bool quitWhenReady = false;
    QStringList worksheets;
};
WindowOptions windowOptions(const QStringList &arguments);

// Runs the command-line mode for argv (program name first) and returns the exit status.
int runCommandLine(const QStringList &arguments, Console &console);

} // namespace codedesk::cli
