#include "browser/TextBlock.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

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
    fitHeight();
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
            selections.append({found, format});
            found = document()->find(term, found);
        }
    }
    setExtraSelections(selections);
}

QSize TextBlock::sizeHint() const
{
    const int height = int(document()->size().height()) + contentsMargins().top() + contentsMargins().bottom();
    return {QTextEdit::sizeHint().width(), height};
}

QSize TextBlock::minimumSizeHint() const
{
    return {100, sizeHint().height()};
}

void TextBlock::resizeEvent(QResizeEvent *event)
{
    QTextEdit::resizeEvent(event);
    fitHeight();
}

void TextBlock::fitHeight()
{
    document()->setTextWidth(viewport()->width());
    const int wanted = sizeHint().height();
    if (height() != wanted) {
        setFixedHeight(wanted);
        updateGeometry();
    }
}

} // namespace codedesk::ui
