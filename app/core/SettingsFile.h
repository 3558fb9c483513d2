#pragma once

#include <QString>

namespace codedesk {

// The settings file holds recent worksheet paths, which may name patients: it and its folder are
// made owner-only (0600, 0700), also when an older CodeDesk left them with wider modes. A missing
// file is created empty and owner-only, because QSettings keeps an existing file's mode when it
// rewrites it. Call once the application identity is set, before the first QSettings write.
// Returns false with *error ("PATH: reason") when the modes cannot be set.
bool makeSettingsOwnerOnly(QString *error = nullptr);

} // namespace codedesk
