#pragma once

#include "core/WindowOptions.h"

class QApplication;

namespace codedesk::ui {

// Loads the workspace, shows the main window and runs the event loop; returns the exit status.
int runMainWindow(QApplication &app, const WindowOptions &options);

} // namespace codedesk::ui
