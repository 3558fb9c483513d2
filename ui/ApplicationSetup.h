#pragma once

class QApplication;

namespace codedesk::ui {

// What the window's application needs before the first widget: the desktop file name (the
// application id, so the desktop matches the window to its launcher and icon) and the window
// icon at every size the package installs; a dark palette when the desktop asks for one
// (DarkPalette); the translator for the system locale.
void setUpApplication(QApplication &app);

} // namespace codedesk::ui
