#include "worksheetview/CellDelegate.h"

#include "browser/SeverityStyle.h"
#include "worksheet/ClaimLineRoles.h"

namespace codedesk::ui {

void CellDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const int severity = index.data(ClaimLineRole::SeverityRole).toInt();
    if (index.data(ClaimLineRole::SeverityRole).isValid() && severity >= 0) {
        option->backgroundBrush = severityTint(Severity(severity), option->palette);
        option->icon = severityIcon(Severity(severity));
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->decorationSize = QSize(12, 12);
    }
    if (index.data(ClaimLineRole::InheritedRole).toBool()) {
        option->font.setItalic(true);
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
    }
}

} // namespace codedesk::ui
