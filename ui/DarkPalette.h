#pragma once

#include <QPalette>

namespace codedesk::ui {

// Qt 6.4 follows the platform theme's palette (KDE, or GNOME through QT_QPA_PLATFORMTHEME=gtk3)
// but has no colour-scheme setting of its own (QStyleHints::colorScheme is 6.5). Where the desktop
// asks for a dark theme only through GTK_THEME=NAME:dark and the theme's palette is still light,
// the window switches to Fusion with this dark palette. Colours in ui/ derive from the palette.
class DarkPalette final
{
public:
    // GTK's convention: GTK_THEME ends in ":dark" (e.g. Adwaita:dark).
    static bool requested();
    static bool isDark(const QPalette &palette);
    static QPalette palette();
};

} // namespace codedesk::ui
