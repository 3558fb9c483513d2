#pragma once

#include <QString>

namespace codedesk {

// Untrusted text made safe to show: control characters become visible symbols, so that a terminal
// escape sequence or a bell in a report title is seen, never obeyed.
namespace VisibleText {

// Whether `c` is a C0 control other than tab, line feed and carriage return, DEL, or a C1 control.
bool isHiddenControl(char16_t c);
// C0 controls become their Control Pictures symbol (ESC is U+241B), DEL U+2421, C1 controls
// U+FFFD; tab, line feed and carriage return stay.
QString withVisibleControls(const QString &text);

} // namespace VisibleText

} // namespace codedesk
