// The codedesk-instance module: the single-instance hand-over over Qt Network, loaded by the
// window (InstanceChannel) only when it is needed, so that starting the window does not load
// Qt Network and what it brings (Kerberos, libproxy).
#include "SingleInstance.h"

using codedesk::ui::SingleInstance;

extern "C" Q_DECL_EXPORT bool codedeskForwardToRunning(const QString &socketName, const QStringList &files)
{
    return SingleInstance::forwardToRunning(socketName, files);
}

// A listening SingleInstance owned by `parent`, or nullptr when the socket cannot be made.
extern "C" Q_DECL_EXPORT QObject *codedeskListen(const QString &socketName, QObject *parent)
{
    auto *instance = new SingleInstance(socketName, parent);
    if (instance->listen())
        return instance;
    delete instance;
    return nullptr;
}
