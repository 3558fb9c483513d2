// A second process for tst_documentlock: takes the lock on argv[1], prints "locked", then holds
// it until its standard input closes (or it is killed).
#include "core/DocumentLock.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lock_holder"));
    if (argc < 2)
        return 2;
    codedesk::DocumentLock lock(QString::fromLocal8Bit(argv[1]));
    if (!lock.tryLock()) {
        std::puts("busy");
        return 1;
    }
    std::puts("locked");
    std::fflush(stdout);
    char buffer[64];
    while (std::fread(buffer, 1, sizeof buffer, stdin) > 0) {
    }
    return 0;
}
