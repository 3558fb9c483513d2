// The thin entry point: chooses the window or the command-line mode from the arguments, makes the
// matching application object and hands over. Everything else lives in the libraries.
#include "cli/CommandLine.h"
#include "core/AppIdentity.h"
#include "MainWindowLauncher.h"

#include <QApplication>
#include <QFile>
#include <QGuiApplication>

#include <cstdio>

namespace {

QStringList argumentList(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

int runCommandLine(const QStringList &arguments)
{
    codedesk::setApplicationIdentity();
    QFile out;
    QFile err;
    out.open(stdout, QIODevice::WriteOnly);
    err.open(stderr, QIODevice::WriteOnly);
    codedesk::cli::Console console(&out, &err);
    return codedesk::cli::runCommandLine(arguments, console);
}

} // namespace

int main(int argc, char *argv[])
{
    const QStringList arguments = argumentList(argc, argv);
    switch (codedesk::cli::chooseMode(arguments)) {
    case codedesk::cli::Mode::CommandLine: {
        QCoreApplication app(argc, argv);
        return runCommandLine(arguments);
    }
    case codedesk::cli::Mode::CommandLineWithGui: {
        if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        return runCommandLine(arguments);
    }
    case codedesk::cli::Mode::Window:
        break;
    }
    QApplication app(argc, argv);
    codedesk::setApplicationIdentity();
    return codedesk::ui::runMainWindow(app, codedesk::cli::windowOptions(arguments));
}
