#pragma once

#include <QStyledItemDelegate>

namespace codedesk::ui {

// Paints a claim-line cell the way a coder reads it: tinted and marked by its most serious
// finding, and values inherited from the claim in italics.
class CellDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace codedesk::ui
