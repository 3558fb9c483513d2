#include "MainWindowLauncher.h"

#include "core/SettingsFile.h"
#include "ApplicationSetup.h"
#include "MainWindow.h"
#include "InstanceChannel.h"
#include "library/Workspace.h"

#include <QApplication>
#include <QTimer>

namespace codedesk::ui {

int runMainWindow(QApplication &app, const WindowOptions &options)
{
    setUpApplication(app);
    makeSettingsOwnerOnly(); // before the first write of a recent file
    // A timing run (--quit-when-ready) neither hands over to nor serves other instances.
    InstanceChannel instance;
    if (!options.quitWhenReady && instance.forwardToRunning(options.worksheets))
        return 0;
    Workspace workspace;
    workspace.load(); // the window shows what could not be loaded in its status bar
    MainWindow window(workspace);
    QObject::connect(&instance, &InstanceChannel::filesRequested, &window, [&window](const QStringList &files) {
        if (window.isMinimized())
            window.showNormal();
        window.raise();
        window.activateWindow();
        window.openFiles(files);
    });
    if (window.startsMaximized())
        window.showMaximized();
    else
        window.show();
    if (options.quitWhenReady) {
        // A zero timer fires once the queued show/expose work is done and the loop is idle.
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
        return app.exec();
    }
    // After the window is up: serving later instances, what a crash left behind, then the files
    // asked for.
    QTimer::singleShot(0, &window, [&window, &instance, files = options.worksheets] {
        if (!instance.listen())
            qWarning("codedesk: %s", qPrintable(instance.errorString()));
        window.offerRecovery();
        window.openFiles(files);
    });
    return app.exec();
}

} // namespace codedesk::ui
