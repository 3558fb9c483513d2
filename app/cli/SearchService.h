#pragma once

#include <QByteArray>
#include <QString>

#include <chrono>
#include <string>

namespace codedesk::cli {

// The search service (docs/command-line.md): a codedesk process that the launcher starts at a
// search when none runs, and that answers the searches of later launchers over a socket in a
// private folder (service/ServiceAddress), one at a time, each with a fresh workspace: an import
// or a note made in between is seen as by a process of its own. It quits when idle for
// `idle` (CODEDESK_SEARCH_SERVICE_IDLE seconds, default 600), when its socket is removed, when
// its executable or module is replaced (an upgrade, a rebuild), or at once when another service
// holds the socket's lock. Only the user who runs it may connect.
class SearchService final
{
public:
    explicit SearchService(QByteArray socketPath, std::chrono::milliseconds idle = idleFromEnvironment());

    // Listens and answers until idle; returns the process's exit status.
    int run();

    static std::chrono::milliseconds idleFromEnvironment();
    // What one request's answer is: a search's output, exit status and messages (encoded
    // service::Answer), or declined for anything else. Public for tests.
    static QByteArray answer(const QByteArray &request);

private:
    bool listen();
    void serve(int client);
    bool socketStillOurs() const;
    bool stillCurrent() const;

    QByteArray m_socketPath;
    std::chrono::milliseconds m_idle;
    int m_listener = -1;
    int m_lock = -1;
    quint64 m_inode = 0;
    std::string m_programIdentity; // of the executable and the command-line module at start
};

} // namespace codedesk::cli
