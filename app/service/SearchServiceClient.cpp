#include "SearchServiceClient.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

extern char **environ;

namespace codedesk::service {

namespace {

// Closes the descriptor however the caller leaves.
class Descriptor final
{
public:
    explicit Descriptor(int fd)
        : m_fd(fd)
    {}
    ~Descriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Descriptor(const Descriptor &) = delete;
    Descriptor &operator=(const Descriptor &) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

} // namespace

bool isSearchCommand(const std::vector<std::string> &arguments)
{
    if (arguments.empty())
        return false;
    return arguments[0] == "search" || (arguments[0] == "codeset" && arguments.size() > 1 && arguments[1] == "search");
}

bool searchServiceEnabled()
{
    const char *value = std::getenv("CODEDESK_SEARCH_SERVICE");
    if (!value)
        return true;
    const std::string setting(value);
    return setting != "0" && setting != "off" && setting != "no" && setting != "false";
}

std::optional<Answer> askSearchService(const ServiceAddress &address, const Request &request, int timeoutMs)
{
    const std::string payload = encodeRequest(request);
    if (payload.size() > MaxRequestBytes)
        return std::nullopt;
    const Descriptor socket(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
    if (socket.get() < 0)
        return std::nullopt;
    sockaddr_un where{};
    where.sun_family = AF_UNIX;
    std::strncpy(where.sun_path, address.socketPath().c_str(), sizeof where.sun_path - 1);
    int connected;
    do {
        connected = ::connect(socket.get(), reinterpret_cast<const sockaddr *>(&where), sizeof where);
    } while (connected != 0 && errno == EINTR);
    if (connected != 0 || !writeFrame(socket.get(), payload))
        return std::nullopt;
    const std::optional<std::string> reply = readFrame(socket.get(), MaxAnswerBytes, timeoutMs);
    return reply ? decodeAnswer(*reply) : std::nullopt;
}

bool startSearchService(const ServiceAddress &address, const std::string &executable)
{
    posix_spawn_file_actions_t actions;
    posix_spawnattr_t attributes;
    if (posix_spawn_file_actions_init(&actions) != 0)
        return false;
    if (posix_spawnattr_init(&attributes) != 0) {
        posix_spawn_file_actions_destroy(&actions);
        return false;
    }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    // Nothing else the caller's caller passed down stays open for ten minutes: a harness that
    // waits for the end of a pipe it gave the search would wait for the service too.
    posix_spawn_file_actions_addclosefrom_np(&actions, 3);
    // A session of its own: a terminal's Ctrl+C or hang-up for the script does not reach it. It
    // starts with no signal blocked and the stopping ones at their defaults, whatever the
    // starter had (nohup ignores SIGHUP), so that it can be asked to stop.
    sigset_t none;
    sigemptyset(&none);
    sigset_t stopping;
    sigemptyset(&stopping);
    for (const int signal : {SIGHUP, SIGINT, SIGTERM, SIGPIPE})
        sigaddset(&stopping, signal);
    posix_spawnattr_setsigmask(&attributes, &none);
    posix_spawnattr_setsigdefault(&attributes, &stopping);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSID | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
    std::string flag = "--search-service";
    std::string socketPath = address.socketPath();
    std::string program = executable;
    char *const arguments[] = {program.data(), flag.data(), socketPath.data(), nullptr};
    pid_t child = 0;
    const int status = posix_spawn(&child, executable.c_str(), &actions, &attributes, arguments, environ);
    posix_spawnattr_destroy(&attributes);
    posix_spawn_file_actions_destroy(&actions);
    return status == 0;
}

} // namespace codedesk::service
