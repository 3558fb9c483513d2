#include "MainWindowLauncher.h"

#include "core/SettingsFile.h"

#include "MainWindow.h"
#include "library/Workspace.h"

#include <QApplication>
#include <QTimer>

namespace codedesk::ui {

int runMainWindow(QApplication &app, const WindowOptions &options)
{
    makeSettingsOwnerOnly(); // before the first write of a recent file
    Workspace workspace;
    workspace.load(); // the window shows what could not be loaded in its status bar
    MainWindow window(workspace);
    if (window.startsMaximized())
        window.showMaximized();
    else
        window.show();
    if (options.quitWhenReady) {
        // A zero timer fires once the queued show/expose work is done and the loop is idle.
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
        return app.exec();
    }
    // After the window is up: first what a crash left behind, then the files asked for.
    QTimer::singleShot(0, &window, [&window, files = options.worksheets] {
        window.offerRecovery();
        window.openFiles(files);
    });
    return app.exec();
}

} // namespace codedesk::ui
