#pragma once

#include "core/Severity.h"

#include <QColor>
#include <QIcon>
#include <QPalette>

namespace codedesk::ui {

// How a severity looks everywhere in the UI: an icon (so colour is never the only cue) and a
// background tint that reads on light and dark palettes alike.
QIcon severityIcon(Severity severity);
QColor severityTint(Severity severity, const QPalette &palette);
QString severityLabel(Severity severity); // translated "Error", "Warning", "Note"

} // namespace codedesk::ui
