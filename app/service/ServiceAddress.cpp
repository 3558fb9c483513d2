#include "ServiceAddress.h"

#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern char **environ;

namespace codedesk::service {

namespace {

bool counts(const std::string &entry)
{
    const std::string name = entry.substr(0, entry.find('='));
    static const char *const exact[] = {"HOME", "USER", "LOGNAME", "TZ", "LANG", "LANGUAGE", "TMPDIR"};
    static const char *const prefixes[] = {"XDG_", "LC_", "QT_", "CODEDESK_"};
    return std::any_of(std::begin(exact), std::end(exact), [&](const char *e) { return name == e; }) ||
           std::any_of(std::begin(prefixes), std::end(prefixes), [&](const char *p) { return name.starts_with(p); });
}

// FNV-1a, 64 bits: a name, not a secret (the folder is private).
void mix(uint64_t &hash, const std::string &text)
{
    for (const unsigned char c : text) {
        hash ^= c;
        hash *= 0x100000001b3ULL;
    }
    hash ^= 0xff; // a separator no text holds
    hash *= 0x100000001b3ULL;
}

std::string absoluteVariable(const char *name)
{
    const char *value = std::getenv(name);
    return value && value[0] == '/' ? std::string(value) : std::string();
}

std::string privateFolder()
{
    const std::string runtime = absoluteVariable("XDG_RUNTIME_DIR");
    if (!runtime.empty()) {
        struct stat info;
        if (::stat(runtime.c_str(), &info) == 0 && S_ISDIR(info.st_mode) && info.st_uid == ::getuid())
            return runtime + "/codedesk";
    }
    std::string temporary = absoluteVariable("TMPDIR");
    if (temporary.empty())
        temporary = "/tmp";
    return temporary + "/codedesk-" + std::to_string(::getuid());
}

} // namespace

std::string ServiceAddress::keyOf(const std::vector<std::string> &fileIdentities, unsigned uid,
                                  const std::vector<std::string> &environment)
{
    std::vector<std::string> relevant;
    std::copy_if(environment.begin(), environment.end(), std::back_inserter(relevant), counts);
    std::sort(relevant.begin(), relevant.end());
    uint64_t hash = 0xcbf29ce484222325ULL;
    for (const std::string &identity : fileIdentities)
        mix(hash, identity);
    mix(hash, std::to_string(uid));
    for (const std::string &entry : relevant)
        mix(hash, entry);
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
    return hex;
}

std::string ServiceAddress::fileIdentity(const std::string &path)
{
    struct stat info;
    if (path.empty() || ::stat(path.c_str(), &info) != 0)
        return {};
    return std::to_string(info.st_dev) + ':' + std::to_string(info.st_ino) + ':' + std::to_string(info.st_size) + ':' +
           std::to_string(info.st_mtim.tv_sec) + '.' + std::to_string(info.st_mtim.tv_nsec);
}

bool ServiceAddress::ensurePrivateFolder(const std::string &folder)
{
    if (::mkdir(folder.c_str(), 0700) != 0 && errno != EEXIST)
        return false;
    struct stat info;
    return ::lstat(folder.c_str(), &info) == 0 && S_ISDIR(info.st_mode) && info.st_uid == ::getuid() &&
           (info.st_mode & 077) == 0;
}

std::optional<ServiceAddress> ServiceAddress::forThisProcess(const std::vector<std::string> &files)
{
    std::vector<std::string> identities;
    for (const std::string &file : files) {
        identities.push_back(fileIdentity(file));
        if (identities.back().empty())
            return std::nullopt;
    }
    std::vector<std::string> environment;
    for (char **entry = environ; entry && *entry; ++entry)
        environment.emplace_back(*entry);
    const std::string folder = privateFolder();
    if (!ensurePrivateFolder(folder))
        return std::nullopt;
    ServiceAddress address;
    address.m_socketPath = folder + "/search-" + keyOf(identities, ::getuid(), environment) + ".socket";
    if (address.m_socketPath.size() >= sizeof(sockaddr_un::sun_path))
        return std::nullopt;
    return address;
}

} // namespace codedesk::service
