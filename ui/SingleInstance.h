#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace codedesk::ui {

// One CodeDesk window per user: the first instance listens on a per-user local socket; a later
// one hands its files to it (they open as tabs there) and exits. The socket lives in the user's
// runtime folder (XDG_RUNTIME_DIR, owner-only) or, without one, in the temporary folder under a
// name with the user id, accessible to the user only.
class SingleInstance final : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(QObject *parent = nullptr);
    ~SingleInstance() override;
    Q_DISABLE_COPY_MOVE(SingleInstance)

    static QString socketName();

    // Hands `files` (made absolute) to a running instance. True when one took them.
    static bool forwardToRunning(const QStringList &files);

    // Starts listening (taking over a socket a crashed instance left behind). False when the
    // socket cannot be made; CodeDesk then runs on without the single-instance hand-over.
    bool listen();

Q_SIGNALS:
    // A later instance asked for these files (absolute paths; possibly none: just show the window).
    void filesRequested(const QStringList &files);

private:
    void readRequest();

    QLocalServer *m_server = nullptr;
};

} // namespace codedesk::ui
