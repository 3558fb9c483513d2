// The window and `print`, loaded by codedesk (app/main.cpp) only when it needs them: the model,
// the printed documents and the Widgets UI over Qt GUI.
#include "cli/CommandLine.h"
#include "cli/PrintCommand.h"
#include "cli/WindowArguments.h"
#include "core/AppIdentity.h"
#include "export/PdfExport.h"
#include "MainWindowLauncher.h"
#include "print/PrintController.h"

#include <QApplication>
#include <QGuiApplication>

#include <cstdio>
#include <cstdlib>

namespace {

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

// Qt ends the process with qFatal (abort, exit 134) when no platform plugin can start, e.g. a
// DISPLAY that names no running server. While the application object is being made, such a
// fatal message becomes a plain failure instead.
QtMessageHandler g_previousHandler = nullptr;

void failInsteadOfAbort(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtFatalMsg) {
        if (g_previousHandler)
            g_previousHandler(type, context, message);
        else
            std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
        return;
    }
    std::fprintf(stderr, "codedesk: cannot open the window: %s\n", qPrintable(message));
    std::fflush(stderr);
    std::_Exit(1);
}

} // namespace

extern "C" Q_DECL_EXPORT int codedeskGuiMain(int &argc, char **argv)
{
    const QStringList arguments = codedesk::cli::argumentsOf(argc, argv);
    if (codedesk::cli::chooseMode(arguments) == codedesk::cli::Mode::CommandLineWithGui) {
        if (!hasDisplay())
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        codedesk::PdfExport::setSystemPageSize(codedesk::ui::PrintController::systemPageSize());
        return codedesk::cli::runOnStandardStreams(arguments, codedesk::cli::runPrint);
    }
    const bool platformChosen = !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
                                || !codedesk::cli::WindowArguments::platformOption(arguments).isEmpty();
    if (!platformChosen && !hasDisplay()) {
        std::fputs("codedesk: cannot open the window: there is no display (DISPLAY and WAYLAND_DISPLAY are not "
                   "set)\nThe commands run without one: try 'codedesk --help'.\n",
                   stderr);
        return 1;
    }
    g_previousHandler = qInstallMessageHandler(failInsteadOfAbort);
    QApplication app(argc, argv);
    qInstallMessageHandler(g_previousHandler);
    codedesk::setApplicationIdentity();
    return codedesk::ui::runMainWindow(app, codedesk::cli::windowOptions(arguments));
}
