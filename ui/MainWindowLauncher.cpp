#include "MainWindowLauncher.h"

#include "MainWindow.h"
#include "core/Workspace.h"

#include <QApplication>
#include <QTimer>

namespace codedesk::ui {

int runMainWindow(QApplication &app, const cli::WindowOptions &options)
{
    Workspace workspace;
    workspace.load(); // the window shows what could not be loaded in its status bar
    MainWindow window(workspace);
    window.show();
    if (options.quitWhenReady) {
        // A zero timer fires once the queued show/expose work is done and the loop is idle.
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    }
    return app.exec();
}

} // namespace codedesk::ui
