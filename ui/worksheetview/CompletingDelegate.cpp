#include "worksheetview/CompletingDelegate.h"

#include "worksheetview/CompletionPopup.h"

#include <QCompleter>
#include <QLineEdit>

using namespace Qt::Literals::StringLiterals;

namespace codedesk::ui {

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
    CompletionPopup::install(completer, editor, &CompletingDelegate::leadingCode);
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
