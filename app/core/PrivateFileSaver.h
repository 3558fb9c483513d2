#pragma once

#include <QString>

#include <functional>

class QIODevice;

namespace codedesk {

// Writes a file the way every CodeDesk document is written: through QSaveFile, so a failure at
// any byte leaves the old file as it was, with owner-only (0600) permissions set before commit
// (worksheets hold patient identifiers; new files would otherwise get 0644).
// `write` writes the content to the device and returns false with *error set when it fails.
// On failure returns false and sets *error to "PATH: reason".
bool savePrivateFile(const QString &path, const std::function<bool(QIODevice *device, QString *error)> &write,
                     QString *error);

// Writes all of `bytes` to `device`; false with *error set (the device's errorString) otherwise.
bool writeAll(QIODevice *device, const QByteArray &bytes, QString *error);

} // namespace codedesk
