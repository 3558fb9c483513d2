#pragma once

#include <QString>

#include <functional>

class QIODevice;

namespace codedesk {

// Who may read a file CodeDesk writes.
enum class FileAccess
{
    OwnerOnly, // 0600: worksheets, exports, autosave copies, the library's side files
    Default    // what the umask gives (a printed procedure worksheet holds no patient data)
};

// Writes a file the way every CodeDesk document is written: through QSaveFile, so a failure at
// any byte leaves the old file as it was. The whole write is checked: every write, the flush of
// QSaveFile's buffer (where a full disk shows for a small file), the sync to disk and the commit.
// A target that exists and is not a regular file (a named pipe, a device, a socket, a folder, or
// a link to one) is refused and left alone (docs/files.md).
// `write` writes the content to the device and returns false with *error set when it fails.
// On failure returns false and sets *error to "PATH: reason".
bool saveFile(const QString &path, const std::function<bool(QIODevice *device, QString *error)> &write, QString *error,
              FileAccess access);

// saveFile() with owner-only (0600) permissions, set before commit (worksheets hold patient
// identifiers; new files would otherwise get 0644).
bool savePrivateFile(const QString &path, const std::function<bool(QIODevice *device, QString *error)> &write,
                     QString *error);

// Why `path` cannot be a save target ("a named pipe", "a character device", ...), or an empty
// string when it is a regular file, a link to one, or does not exist yet.
QString specialFileKind(const QString &path);

// Writes all of `bytes` to `device`; false with *error set (the device's errorString) otherwise.
bool writeAll(QIODevice *device, const QByteArray &bytes, QString *error);

} // namespace codedesk
