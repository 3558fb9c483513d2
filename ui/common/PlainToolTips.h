#pragma once

#include <QObject>
#include <QString>

namespace codedesk::ui {

// Tooltips show report titles, file names, code-set descriptions and worksheet values: untrusted
// text. QToolTip renders anything that looks like markup as rich text (an <img> would load a local
// file), and item views offer no plain-text switch. Installed on the application, this filter
// shows every item-view, menu and widget tooltip as the literal characters.
class PlainToolTips final : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Rich text that displays `text` literally (escaped, whitespace kept).
    static QString literal(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace codedesk::ui
