#include "browser/SeverityStyle.h"

#include <QApplication>
#include <QPointer>
#include <QStyle>

#include <array>

namespace codedesk::ui {

QIcon severityIcon(Severity severity)
{
    // The style makes the icon anew on every call, and views ask for it on every paint.
    static QPointer<QStyle> iconStyle;
    static std::array<QIcon, 3> icons;
    QStyle *style = QApplication::style();
    if (iconStyle != style) {
        iconStyle = style;
        icons = {style->standardIcon(QStyle::SP_MessageBoxInformation),
                 style->standardIcon(QStyle::SP_MessageBoxWarning),
                 style->standardIcon(QStyle::SP_MessageBoxCritical)};
    }
    switch (severity) {
    case Severity::Info:
        return icons[0];
    case Severity::Warning:
        return icons[1];
    case Severity::Error:
        return icons[2];
    }
    return {};
}

QColor severityTint(Severity severity, const QPalette &palette)
{
    QColor tint;
    switch (severity) {
    case Severity::Error:
        tint = QColor(220, 50, 47);
        break;
    case Severity::Warning:
        tint = QColor(230, 160, 0);
        break;
    case Severity::Info:
        tint = QColor(38, 139, 210);
        break;
    }
    // A translucent tint keeps the palette's text colour readable on light and dark themes.
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    tint.setAlpha(dark ? 90 : 55);
    return tint;
}

QString severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QApplication::translate("Severity", "Error");
    case Severity::Warning:
        return QApplication::translate("Severity", "Warning");
    case Severity::Info:
        return QApplication::translate("Severity", "Note");
    }
    return {};
}

} // namespace codedesk::ui
