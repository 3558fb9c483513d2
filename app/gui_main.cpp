// The window and `print`, loaded by codedesk (app/main.cpp) only when it needs them: the model,
// printing and the Widgets UI over Qt GUI.
#include "cli/CommandLine.h"
#include "cli/PrintCommand.h"
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

int runPrintingCommandLine(const QStringList &arguments)
{
    codedesk::setApplicationIdentity();
    QFile out;
    QFile err;
    out.open(stdout, QIODevice::WriteOnly);
    err.open(stderr, QIODevice::WriteOnly);
    codedesk::cli::Console console(&out, &err);
    return codedesk::cli::runCommandLine(arguments, console, codedesk::cli::runPrint);
}

} // namespace

extern "C" Q_DECL_EXPORT int codedeskGuiMain(int &argc, char **argv)
{
    const QStringList arguments = argumentList(argc, argv);
    if (codedesk::cli::chooseMode(arguments) == codedesk::cli::Mode::CommandLineWithGui) {
        if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        return runPrintingCommandLine(arguments);
    }
    QApplication app(argc, argv);
    codedesk::setApplicationIdentity();
    return codedesk::ui::runMainWindow(app, codedesk::cli::windowOptions(arguments));
}
