#include "worksheetview/CompletingDelegate.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStringListModel>

using namespace Qt::Literals::StringLiterals;

namespace codedesk::ui {

namespace {

// QCompleter hands keys pressed in its popup straight to the editor's event(), past the
// delegate's event filter, so Tab would leave the table instead of moving to the next cell.
// This sends those keys through the normal route once the popup is closed.
class PopupKeyForwarder final : public QObject
{
public:
    PopupKeyForwarder(QCompleter *completer, QLineEdit *editor)
        : QObject(editor)
        , m_completer(completer)
        , m_editor(editor)
    {
        completer->popup()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress)
            return QObject::eventFilter(watched, event);
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
        case Qt::Key_Return:
        case Qt::Key_Enter: {
            const QModelIndex current = m_completer->popup()->currentIndex();
            if (current.isValid())
                m_editor->setText(CompletingDelegate::leadingCode(current.data().toString()));
            m_completer->popup()->hide();
            QKeyEvent forwarded(QEvent::KeyPress, key->key(), key->modifiers());
            QCoreApplication::sendEvent(m_editor, &forwarded);
            return true;
        }
        default:
            return QObject::eventFilter(watched, event);
        }
    }

private:
    QCompleter *m_completer;
    QLineEdit *m_editor;
};

} // namespace

CompletingDelegate::CompletingDelegate(QStringList entries, QObject *parent)
    : CellDelegate(parent)
    , m_entries(std::move(entries))
{
}

QString CompletingDelegate::leadingCode(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype space = trimmed.indexOf(u' ');
    return (space < 0 ? trimmed : trimmed.left(space)).toUpper();
}

QWidget *CompletingDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    Q_UNUSED(option)
    Q_UNUSED(index)
    auto *editor = new QLineEdit(parent);
    editor->setFrame(false);
    auto *completer = new QCompleter(m_entries, editor);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setMaxVisibleItems(12);
    editor->setCompleter(completer);
    new PopupKeyForwarder(completer, editor);
    // Choosing an entry keeps only its code in the cell.
    connect(completer, qOverload<const QString &>(&QCompleter::activated), editor,
            [editor](const QString &text) { editor->setText(leadingCode(text)); });
    return editor;
}

void CompletingDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    static_cast<QLineEdit *>(editor)->setText(index.data(Qt::EditRole).toString());
}

void CompletingDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    const QString value = leadingCode(static_cast<QLineEdit *>(editor)->text());
    if (value != index.data(Qt::EditRole).toString())
        model->setData(index, value, Qt::EditRole);
}

} // namespace codedesk::ui
