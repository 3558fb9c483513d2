// The other CodeDesk of the recovery and lock tests: opens a worksheet (taking its lock), adds a
// line for argv[2] through the undo stack, waits for the autosave, prints "autosaved", and then
// waits to be killed.
#include "core/AppIdentity.h"
#include "core/RecoveryStore.h"
#include "document/WorksheetDocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    codedesk::setApplicationIdentity();
    QStandardPaths::setTestModeEnabled(true); // the same folders as the test that started it
    if (argc < 3)
        return 2;
    codedesk::RecoveryStore recovery;
    codedesk::WorksheetDocument document(&recovery);
    QString error;
    if (!document.open(QString::fromLocal8Bit(argv[1]), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    document.setAutosaveDelay(qEnvironmentVariableIntValue("CODEDESK_TEST_AUTOSAVE_MS"));
    codedesk::ClaimLine line;
    line.code = QString::fromLocal8Bit(argv[2]);
    line.pointers = {0};
    document.insertLine(0, line);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &app, [&poll, &recovery] {
        if (!QDir(recovery.folder()).entryList(QDir::Files).isEmpty()) {
            poll.stop();
            std::puts("autosaved");
            std::fflush(stdout);
        }
    });
    poll.start(10);
    return app.exec();
}
