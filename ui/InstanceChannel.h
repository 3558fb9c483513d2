#pragma once

#include <QLibrary>
#include <QObject>
#include <QStringList>

namespace codedesk::ui {

// One CodeDesk window per user. The first instance listens on a per-user local socket; a later
// one hands its files to it (they open as tabs there) and exits. The socket lives in the user's
// runtime folder (XDG_RUNTIME_DIR, owner-only) or, without one, in the temporary folder under a
// name with the user id, accessible to the user only.
//
// The socket work is in the codedesk-instance module (Qt Network), loaded here on demand: when a
// socket exists to hand files to, and when listening, which the window does once it is shown.
class InstanceChannel final : public QObject
{
    Q_OBJECT

public:
    explicit InstanceChannel(QObject *parent = nullptr);                         // the installed module
    explicit InstanceChannel(const QString &modulePath, QObject *parent = nullptr);
    ~InstanceChannel() override;
    Q_DISABLE_COPY_MOVE(InstanceChannel)

    static QString socketName();
    // codedesk-instance.so beside the module (or program) this code was linked into.
    static QString defaultModulePath();

    // True when a running CodeDesk took `files` (made absolute; none: it just comes forward).
    // Without a socket nobody runs, and the module is not loaded.
    bool forwardToRunning(const QStringList &files);
    // False, with errorString(), when the module or the socket is not there.
    bool listen();

    bool isModuleLoaded() const { return m_module.isLoaded(); }
    QString errorString() const { return m_error; }

Q_SIGNALS:
    void filesRequested(const QStringList &files);

private:
    QFunctionPointer resolve(const char *symbol);

    QLibrary m_module;
    QObject *m_server = nullptr;
    QString m_error;
};

} // namespace codedesk::ui
