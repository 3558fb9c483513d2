#include "worksheetview/EmptyViewHint.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QPainter>
#include <QStyleOptionFocusRect>

namespace codedesk::ui {

EmptyViewHint::EmptyViewHint(QAbstractItemView *view, const QString &text)
    : QWidget(view->viewport())
    , m_view(view)
    , m_text(text)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setFocusPolicy(Qt::NoFocus);
    setGeometry(view->viewport()->rect());
    view->installEventFilter(this);
    view->viewport()->installEventFilter(this);
    const auto repaint = [this] { update(); };
    if (QAbstractItemModel *model = view->model()) {
        connect(model, &QAbstractItemModel::modelReset, this, repaint);
        connect(model, &QAbstractItemModel::rowsInserted, this, repaint);
        connect(model, &QAbstractItemModel::rowsRemoved, this, repaint);
    }
    show();
}

bool EmptyViewHint::isEmpty() const
{
    return !m_view || !m_view->model() || m_view->model()->rowCount(m_view->rootIndex()) == 0;
}

bool EmptyViewHint::showsFocus() const
{
    return m_view && m_view->hasFocus() && (isEmpty() || !m_view->currentIndex().isValid());
}

bool EmptyViewHint::eventFilter(QObject *watched, QEvent *event)
{
    // Not through m_view: events still come while the view is being destroyed (its children
    // hidden, focus moved), when it is no longer a QAbstractItemView. The viewport is the parent.
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    else if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut)
        update();
    return QWidget::eventFilter(watched, event);
}

void EmptyViewHint::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    if (!m_view)
        return;
    QPainter painter(this);
    if (isEmpty() && !m_text.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(8, 6, -8, -6), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_text);
    }
    if (showsFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = rect().adjusted(1, 1, -1, -1);
        option.backgroundColor = palette().color(QPalette::Base);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
        // Some styles draw a faint dotted frame; a line in the highlight colour is seen.
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.drawRect(rect().adjusted(1, 1, -1, -1));
    }
}

} // namespace codedesk::ui
