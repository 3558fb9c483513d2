#pragma once

#include <QString>

namespace codedesk {

// The one id of the application (reverse DNS): the desktop file's name, the AppStream id, the
// icon name and the window's desktop file name (packaging/io.github.codedesk.codedesk.*).
QString applicationId();

// Names the application for QSettings and QStandardPaths. Call right after creating the
// application object, in the window and the command line alike, so both see one library.
void setApplicationIdentity();

} // namespace codedesk
