#include "browser/TextBlock.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QWheelEvent>

using namespace Qt::Literals::StringLiterals;

namespace codedesk::ui {

TextBlock::TextBlock(QWidget *parent)
    : QTextEdit(parent)
{
    setReadOnly(true);
    setAcceptRichText(false);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    viewport()->setAutoFillBackground(false);
    setFocusPolicy(Qt::ClickFocus);
    document()->setDocumentMargin(2);
}

void TextBlock::setPlainContent(const QString &text)
{
    clear();
    QTextCursor cursor(document());
    cursor.insertText(text);
    setHighlightTerms(m_terms);
    // Laying the text out is most of a page's cost, and a block not yet shown has no real width:
    // it is laid out once, when it gets one (resizeEvent).
    if (isVisible())
        fitHeight();
    else
        updateGeometry();
}

void TextBlock::setHighlightTerms(const QStringList &terms)
{
    m_terms = terms;
    QList<ExtraSelection> selections;
    QTextCharFormat format;
    format.setBackground(palette().color(QPalette::Highlight));
    format.setForeground(palette().color(QPalette::HighlightedText));
    for (const QString &term : terms) {
        if (term.size() < 2)
            continue;
        QTextCursor found = document()->find(term, 0);
        while (!found.isNull()) {
            // Where a word starts, as the search matches: "liver" is not marked inside "delivered".
            const int start = found.selectionStart();
            if (start == 0 || !document()->characterAt(start - 1).isLetterOrNumber())
                selections.append({found, format});
            found = document()->find(term, found);
        }
    }
    setExtraSelections(selections);
}

QSize TextBlock::sizeHint() const
{
    // Before its first layout a block asks for one line: asking the document would lay it out.
    const int textHeight = m_laidOut ? int(document()->size().height()) : fontMetrics().lineSpacing();
    const int height = textHeight + contentsMargins().top() + contentsMargins().bottom();
    return {QTextEdit::sizeHint().width(), height};
}

QSize TextBlock::minimumSizeHint() const
{
    return {100, sizeHint().height()};
}

void TextBlock::resizeEvent(QResizeEvent *event)
{
    // A hidden block is resized while the page is put together, at widths it will not have once
    // shown: QTextEdit would lay the text out for each. showEvent lays it out at the final width.
    if (!isVisible()) {
        QAbstractScrollArea::resizeEvent(event);
        return;
    }
    QTextEdit::resizeEvent(event);
    fitHeight();
}

// Ctrl+wheel zooms the whole page (ProcedureView), not this block's text alone as QTextEdit would.
void TextBlock::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        event->ignore();
        return;
    }
    QTextEdit::wheelEvent(event);
}

void TextBlock::showEvent(QShowEvent *event)
{
    QTextEdit::showEvent(event);
    if (!m_laidOut || document()->textWidth() != viewport()->width())
        fitHeight();
}

void TextBlock::fitHeight()
{
    m_laidOut = true;
    document()->setTextWidth(viewport()->width());
    const int wanted = sizeHint().height();
    if (height() != wanted) {
        setFixedHeight(wanted);
        updateGeometry();
    }
}

} // namespace codedesk::ui
