#pragma once

#include <QObject>

#include <functional>

class QCompleter;
class QLineEdit;

namespace codedesk::ui {

// A completer's popup as a coder needs it. Its width fits its entries (QCompleter makes it as
// narrow as the field: one character in a modifier cell). And Enter, Return, Tab and Shift+Tab
// pressed while it is open act once.
// Left to itself, QCompleter first hands the key to the line edit (which emits returnPressed with
// the typed text) and afterwards "activates" the popup's current row, writing that row into the
// field a second time, after whoever handled Enter has already taken and cleared it. Here the key
// never reaches QCompleter: the highlighted row (if the coder chose one) is written into the field
// as `valueOf(row)` and announced by entryChosen, the popup closes, and the key goes to the line
// edit exactly once, as if no popup had been open. A click on a row is announced the same way.
class CompletionPopup final : public QObject
{
    Q_OBJECT

public:
    using ValueOf = std::function<QString(const QString &entry)>;

    // Installs itself on `completer`'s popup (after QCompleter's own filter, so it runs first).
    static CompletionPopup *install(QCompleter *completer, QLineEdit *editor, ValueOf valueOf);

Q_SIGNALS:
    void entryChosen(const QString &value); // the field now shows `value`

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    CompletionPopup(QCompleter *completer, QLineEdit *editor, ValueOf valueOf);
    void choose(const QString &entry);
    void fitWidth();

    QCompleter *m_completer;
    QLineEdit *m_editor;
    ValueOf m_valueOf;
};

} // namespace codedesk::ui
