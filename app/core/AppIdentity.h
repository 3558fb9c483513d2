#pragma once

namespace codedesk {

// Names the application for QSettings and QStandardPaths. Call right after creating the
// application object, in the window and the command line alike, so both see one library.
void setApplicationIdentity();

} // namespace codedesk
