// The window and `print`, loaded by codedesk (app/main.cpp) only when it needs them: the model,
// the printed documents and the Widgets UI over Qt GUI.
#include "cli/CommandLine.h"
#include "cli/PrintCommand.h"
#include "core/AppIdentity.h"
#include "export/PdfExport.h"
#include "MainWindowLauncher.h"
#include "print/PrintController.h"

#include <QApplication>
#include <QGuiApplication>

extern "C" Q_DECL_EXPORT int codedeskGuiMain(int &argc, char **argv)
{
    const QStringList arguments = codedesk::cli::argumentsOf(argc, argv);
    if (codedesk::cli::chooseMode(arguments) == codedesk::cli::Mode::CommandLineWithGui) {
        if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        codedesk::PdfExport::setSystemPageSize(codedesk::ui::PrintController::systemPageSize());
        return codedesk::cli::runOnStandardStreams(arguments, codedesk::cli::runPrint);
    }
    QApplication app(argc, argv);
    codedesk::setApplicationIdentity();
    return codedesk::ui::runMainWindow(app, codedesk::cli::windowOptions(arguments));
}
