#pragma once

#include <QStringList>
#include <QTextEdit>

namespace codedesk::ui {

// Read-only plain text that grows to fit its content inside a scrolling page and can highlight
// search words. Text goes in through QTextCursor::insertText, so markup in a report stays text.
class TextBlock final : public QTextEdit
{
    Q_OBJECT

public:
    explicit TextBlock(QWidget *parent = nullptr);

    void setPlainContent(const QString &text);
    void setHighlightTerms(const QStringList &terms);
    QString plainContent() const { return toPlainText(); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void fitHeight();
    QStringList m_terms;
    bool m_laidOut = false;
};

} // namespace codedesk::ui
