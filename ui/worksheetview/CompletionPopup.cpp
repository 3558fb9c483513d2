#include "worksheetview/CompletionPopup.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QCoreApplication>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLineEdit>
#include <QScreen>
#include <QStyle>

namespace codedesk::ui {

CompletionPopup::CompletionPopup(QCompleter *completer, QLineEdit *editor, ValueOf valueOf)
    : QObject(editor)
    , m_completer(completer)
    , m_editor(editor)
    , m_valueOf(std::move(valueOf))
{}

CompletionPopup *CompletionPopup::install(QCompleter *completer, QLineEdit *editor, ValueOf valueOf)
{
    auto *keys = new CompletionPopup(completer, editor, std::move(valueOf));
    completer->popup()->installEventFilter(keys);
    // A click on a row: keep the row's value, not the whole entry QLineEdit wrote.
    connect(completer, qOverload<const QString &>(&QCompleter::activated), keys, &CompletionPopup::choose);
    if (QAbstractItemModel *model = completer->model()) {
        connect(model, &QAbstractItemModel::modelReset, keys, &CompletionPopup::fitWidth);
        connect(model, &QAbstractItemModel::rowsInserted, keys, &CompletionPopup::fitWidth);
        connect(model, &QAbstractItemModel::dataChanged, keys, &CompletionPopup::fitWidth);
    }
    keys->fitWidth();
    return keys;
}

// QCompleter sets the popup's geometry to the field's width; a minimum width wins over that.
void CompletionPopup::fitWidth()
{
    QAbstractItemView *popup = m_completer->popup();
    const QAbstractItemModel *model = m_completer->model();
    const QFontMetrics metrics(popup->font());
    int widest = 0;
    for (int row = 0; model && row < model->rowCount(); ++row)
        widest = qMax(widest,
                      metrics.horizontalAdvance(model->index(row, m_completer->completionColumn()).data().toString()));
    const int chrome = 2 * popup->frameWidth() + popup->style()->pixelMetric(QStyle::PM_ScrollBarExtent) +
                       4 * popup->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + metrics.averageCharWidth() * 2;
    int limit = metrics.averageCharWidth() * 90;
    if (const QScreen *screen = m_editor->screen())
        limit = qMin(limit, screen->availableGeometry().width() * 9 / 10);
    popup->setMinimumWidth(qMin(widest + chrome, limit));
}

void CompletionPopup::choose(const QString &entry)
{
    const QString value = m_valueOf(entry);
    m_editor->setText(value);
    Q_EMIT entryChosen(value);
}

bool CompletionPopup::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    switch (key->key()) {
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        QAbstractItemView *popup = m_completer->popup();
        // Only a row the coder highlighted counts; the row QCompleter merely marks as current
        // (the first prefix match in an unfiltered list) would replace what was typed.
        const QModelIndex current = popup->currentIndex();
        const bool chosen = current.isValid() && popup->selectionModel()->isSelected(current);
        popup->hide();
        if (chosen)
            choose(current.data().toString());
        QKeyEvent forwarded(QEvent::KeyPress, key->key(), key->modifiers(), key->text());
        QCoreApplication::sendEvent(m_editor, &forwarded);
        return true;
    }
    default:
        return QObject::eventFilter(watched, event);
    }
}

} // namespace codedesk::ui
