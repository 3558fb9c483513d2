#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace codedesk::ui {

// The hand-over between CodeDesk processes of one user, over a local socket: the first instance
// listens; a later one sends its files (they open as tabs there) and exits. It lives in the
// codedesk-instance module, over Qt Network, which the window loads only when it needs it
// (InstanceChannel): Qt Network and the libraries it brings cost start-up time.
class SingleInstance final : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(const QString &socketName, QObject *parent = nullptr);
    ~SingleInstance() override;
    Q_DISABLE_COPY_MOVE(SingleInstance)

    // Hands `files` (made absolute) to the instance listening on `socketName`. True when it took them.
    static bool forwardToRunning(const QString &socketName, const QStringList &files);

    // Starts listening (taking over a socket a crashed instance left behind). False when the
    // socket cannot be made; CodeDesk then runs on without the hand-over.
    bool listen();

Q_SIGNALS:
    // A later instance asked for these files (absolute paths; possibly none: just show the window).
    void filesRequested(const QStringList &files);

private:
    QString m_socketName;
    QLocalServer *m_server = nullptr;
};

} // namespace codedesk::ui
