#pragma once

#include <QPointer>
#include <QString>
#include <QWidget>

class QAbstractItemView;

namespace codedesk::ui {

// An item view with no rows shows nothing, not even that it has focus: keyboard users lose their
// place. Laid over the view's viewport, this says what the view is for while it is empty and
// draws the style's focus frame whenever the view has focus and no current item shows it.
class EmptyViewHint final : public QWidget
{
    Q_OBJECT

public:
    EmptyViewHint(QAbstractItemView *view, const QString &text);

    bool showsFocus() const; // the frame is drawn now

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    bool isEmpty() const;

    QPointer<QAbstractItemView> m_view;
    QString m_text;
};

} // namespace codedesk::ui
