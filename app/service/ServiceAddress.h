#pragma once

#include <optional>
#include <string>
#include <vector>

namespace codedesk::service {

// Where this user's search service for this build of CodeDesk and this environment listens: a
// socket in a private folder ($XDG_RUNTIME_DIR/codedesk, else $TMPDIR or /tmp, codedesk-UID).
// The socket's name is a hash of what decides a command's answer besides its arguments: the
// executable and the command-line module (a rebuilt or upgraded CodeDesk gets a service of its
// own), the user, and the environment variables that choose the library, the language and Qt's
// behaviour (HOME, XDG_*, LANG, LC_*, TZ, QT_*, CODEDESK_*). Another library is another service.
class ServiceAddress final
{
public:
    // Nothing when no private folder can be made or trusted, or a file is missing.
    static std::optional<ServiceAddress> forThisProcess(const std::vector<std::string> &files);

    // The name's hash, from the files' identities (device, inode, size, change time), the user
    // and the environment (NAME=VALUE strings; only the variables named above count, in any order).
    static std::string keyOf(const std::vector<std::string> &fileIdentities, unsigned uid,
                             const std::vector<std::string> &environment);
    // "DEV:INODE:SIZE:MTIME", or empty when the file cannot be read.
    static std::string fileIdentity(const std::string &path);
    // Makes `folder` (mode 0700) if needed; true if it is a folder of this user that nobody
    // else can enter, never through a symbolic link.
    static bool ensurePrivateFolder(const std::string &folder);

    const std::string &socketPath() const { return m_socketPath; }
    std::string lockPath() const { return m_socketPath + ".lock"; }

private:
    std::string m_socketPath;
};

} // namespace codedesk::service
