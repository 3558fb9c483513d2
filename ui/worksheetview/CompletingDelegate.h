#pragma once

#include <QStringList>
#include "worksheetview/CellDelegate.h"

namespace codedesk::ui {

// A cell editor with completion: the list holds entries such as "26 — Professional component";
// what is stored is the leading code ("26"), upper-cased. Matching is by prefix of the code or
// by any word of the meaning. Tab, Shift+Tab and Enter work the same with the list open: they take
// the highlighted entry (if any) and move on, as they do without it.
class CompletingDelegate final : public CellDelegate
{
    Q_OBJECT

public:
    CompletingDelegate(QStringList entries, QObject *parent = nullptr);

    void setEntries(const QStringList &entries) { m_entries = entries; }
    static QString leadingCode(const QString &text);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    QStringList m_entries;
};

} // namespace codedesk::ui
