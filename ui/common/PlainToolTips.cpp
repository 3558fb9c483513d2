#include "common/PlainToolTips.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QHelpEvent>
#include <QMenu>
#include <QTabBar>
#include <QToolTip>

using namespace Qt::Literals::StringLiterals;

namespace codedesk::ui {

namespace {

// The text and the area it belongs to for a tooltip request at `pos` in `widget`. Not handled:
// Qt's own handling stays (header sections, whose tooltips are our own words).
struct Tip
{
    bool handled = false;
    QString text;
    QRect area;
};

Tip tipFor(QWidget *widget, const QPoint &pos)
{
    auto *view = qobject_cast<QAbstractItemView *>(widget->parentWidget());
    if (view && view->viewport() == widget && !qobject_cast<QHeaderView *>(view)) {
        const QModelIndex index = view->indexAt(pos);
        return {true, index.data(Qt::ToolTipRole).toString(), view->visualRect(index)};
    }
    if (auto *menu = qobject_cast<QMenu *>(widget)) {
        QAction *action = menu->actionAt(pos);
        // A menu shows an action's tooltip only when it differs from its text.
        const bool own = action && action->toolTip() != action->iconText() && action->toolTip() != action->text();
        return {true, own ? action->toolTip() : QString(), action ? menu->actionGeometry(action) : QRect()};
    }
    if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
        const int tab = tabs->tabAt(pos);
        return {true, tab >= 0 ? tabs->tabToolTip(tab) : QString(), tabs->tabRect(tab)};
    }
    if (!widget->toolTip().isEmpty())
        return {true, widget->toolTip(), widget->rect()};
    return {};
}

} // namespace

QString PlainToolTips::literal(const QString &text)
{
    QString escaped = text.toHtmlEscaped();
    escaped.replace(u'\n', u"<br/>"_s);
    return u"<p style=\"white-space:pre-wrap\">"_s + escaped + u"</p>"_s;
}

bool PlainToolTips::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ToolTip || !watched->isWidgetType())
        return QObject::eventFilter(watched, event);
    auto *widget = static_cast<QWidget *>(watched);
    auto *help = static_cast<QHelpEvent *>(event);
    const Tip tip = tipFor(widget, help->pos());
    if (!tip.handled)
        return QObject::eventFilter(watched, event);
    if (tip.text.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
    } else {
        QToolTip::showText(help->globalPos(), literal(tip.text), widget, tip.area);
    }
    return true;
}

} // namespace codedesk::ui
