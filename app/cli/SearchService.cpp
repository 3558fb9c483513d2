#include "cli/SearchService.h"

#include "cli/CommandLine.h"
#include "service/ModuleRunner.h"
#include "service/SearchServiceClient.h"
#include "service/ServiceProtocol.h"

#include <QBuffer>
#include <QDir>

#include <fcntl.h>
#include <poll.h>
#include <sys/file.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace codedesk::cli {

namespace {

constexpr int RequestTimeoutMs = 5000;

volatile std::sig_atomic_t g_stop = 0;

void stopServing(int)
{
    g_stop = 1;
}

// Qt's messages (qWarning) during a request go with its answer, as they would go to the stderr
// of a search run in a process of its own.
QBuffer *g_requestErr = nullptr;

void toRequestErr(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_requestErr)
        g_requestErr->write((qFormatLogMessage(type, context, message) + u'\n').toUtf8());
}

// The executable's and the command-line module's identities: another build or an upgrade
// installed in their place changes them.
std::string programIdentity()
{
    const std::string executable = service::executablePath(nullptr);
    const std::string module = service::findModule(executable, service::CommandLineModule, nullptr);
    return service::ServiceAddress::fileIdentity(executable) + '|' + service::ServiceAddress::fileIdentity(module);
}

QByteArray declined()
{
    service::Answer answer;
    answer.declined = true;
    return QByteArray::fromStdString(service::encodeAnswer(answer));
}

} // namespace

SearchService::SearchService(QByteArray socketPath, std::chrono::milliseconds idle)
    : m_socketPath(std::move(socketPath))
    , m_idle(idle)
{}

std::chrono::milliseconds SearchService::idleFromEnvironment()
{
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("CODEDESK_SEARCH_SERVICE_IDLE", &ok);
    return std::chrono::seconds(ok && seconds > 0 ? seconds : 600);
}

QByteArray SearchService::answer(const QByteArray &request)
{
    const auto decoded = service::decodeRequest(std::string_view(request.constData(), size_t(request.size())));
    if (!decoded || !service::isSearchCommand(decoded->arguments))
        return declined();
    const QString folder = QString::fromStdString(decoded->workingDirectory);
    if (!QDir::setCurrent(folder))
        return declined(); // a relative path would mean something else here
    QStringList arguments{u"codedesk"_s};
    for (const std::string &argument : decoded->arguments)
        arguments << QString::fromLocal8Bit(argument.data(), qsizetype(argument.size()));
    QBuffer out;
    QBuffer err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    service::Answer answer;
    g_requestErr = &err;
    const QtMessageHandler previous = qInstallMessageHandler(toRequestErr);
    {
        Console console(&out, &err);
        answer.exitCode = runCommandLine(arguments, console);
    }
    qInstallMessageHandler(previous);
    g_requestErr = nullptr;
    QDir::setCurrent(u"/"_s);
    answer.out = out.data().toStdString();
    answer.err = err.data().toStdString();
    return QByteArray::fromStdString(service::encodeAnswer(answer));
}

bool SearchService::listen()
{
    const QByteArray lockPath = m_socketPath + ".lock";
    m_lock = ::open(lockPath.constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (m_lock < 0 || ::flock(m_lock, LOCK_EX | LOCK_NB) != 0)
        return false; // another service answers here
    sockaddr_un where{};
    where.sun_family = AF_UNIX;
    if (size_t(m_socketPath.size()) >= sizeof where.sun_path)
        return false;
    std::memcpy(where.sun_path, m_socketPath.constData(), size_t(m_socketPath.size()));
    ::unlink(m_socketPath.constData()); // a service that died left it; the lock says none runs
    m_listener = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const mode_t previousMask = ::umask(077);
    const bool bound =
        m_listener >= 0 && ::bind(m_listener, reinterpret_cast<const sockaddr *>(&where), sizeof where) == 0;
    ::umask(previousMask);
    struct stat info;
    if (!bound || ::listen(m_listener, 16) != 0 || ::stat(m_socketPath.constData(), &info) != 0)
        return false;
    m_inode = info.st_ino;
    m_programIdentity = programIdentity();
    return true;
}

bool SearchService::stillCurrent() const
{
    return socketStillOurs() && programIdentity() == m_programIdentity;
}

bool SearchService::socketStillOurs() const
{
    struct stat info;
    return ::stat(m_socketPath.constData(), &info) == 0 && info.st_ino == m_inode;
}

void SearchService::serve(int client)
{
    ucred peer{};
    socklen_t size = sizeof peer;
    if (::getsockopt(client, SOL_SOCKET, SO_PEERCRED, &peer, &size) != 0 || peer.uid != ::getuid())
        return;
    const auto request = service::readFrame(client, service::MaxRequestBytes, RequestTimeoutMs);
    if (!request)
        return;
    const QByteArray reply = answer(QByteArray::fromStdString(*request));
    service::writeFrame(client, std::string_view(reply.constData(), size_t(reply.size())));
}

int SearchService::run()
{
    if (!listen()) {
        if (m_listener >= 0)
            ::close(m_listener);
        return 0;
    }
    QDir::setCurrent(u"/"_s); // no folder of the caller's is kept busy
    struct sigaction action = {};
    action.sa_handler = stopServing; // asked to stop: tidy up as when idle
    sigemptyset(&action.sa_mask);
    for (const int signal : {SIGTERM, SIGINT, SIGHUP})
        ::sigaction(signal, &action, nullptr);
    constexpr int WakeMs = 1000;
    auto idleFor = std::chrono::milliseconds(0);
    while (idleFor < m_idle && !g_stop) {
        pollfd entry{m_listener, POLLIN, 0};
        const int ready = ::poll(&entry, 1, WakeMs);
        if (ready < 0 && errno != EINTR)
            break;
        if (ready <= 0) {
            idleFor += std::chrono::milliseconds(WakeMs);
            if (!stillCurrent())
                break; // removed, taken over or replaced: this service is no longer the one asked
            continue;
        }
        const int client = ::accept4(m_listener, nullptr, nullptr, SOCK_CLOEXEC);
        if (client < 0)
            continue;
        serve(client);
        ::close(client);
        idleFor = std::chrono::milliseconds(0);
    }
    if (socketStillOurs())
        ::unlink(m_socketPath.constData());
    // Still held while removed: a service starting now makes a new one.
    const QByteArray lockPath = m_socketPath + ".lock";
    struct stat held;
    struct stat named;
    if (::fstat(m_lock, &held) == 0 && ::stat(lockPath.constData(), &named) == 0 && held.st_ino == named.st_ino)
        ::unlink(lockPath.constData());
    ::close(m_listener);
    return 0;
}

} // namespace codedesk::cli
