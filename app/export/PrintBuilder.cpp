#include "export/PrintBuilder.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QTextBlockFormat>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLength>
#include <QTextTable>
#include <QTextTableCellFormat>
#include <QTextTableFormat>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

namespace {

// Lengths in a QTextDocument are in 1/96 inch and scaled to the paint device by the layout.
constexpr qreal BodyPointSize = 9.0;
constexpr qreal CellPadding = 3.0;

// Qt lays out a paragraph whole and draws every line of it for each page it reaches: one long
// paragraph printed in quadratic time (1 MB of notes took 27 s). Text goes in as paragraphs of
// at most this many characters, broken at a space where there is one.
constexpr qsizetype LongestParagraph = 2000;

// Control characters other than tab and newline would print as boxes or move the text around;
// paragraphs longer than LongestParagraph are broken.
QString printable(const QString &text)
{
    QString result;
    result.reserve(text.size() + text.size() / LongestParagraph + 1);
    qsizetype paragraphStart = 0; // in result
    qsizetype lastSpace = -1;     // in result, within the current paragraph
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        char16_t u = text.at(i).unicode();
        if (u == u'\r') {
            if (i + 1 < size && text.at(i + 1) == u'\n')
                continue;
            u = u'\n';
        } else if ((u < 0x20 && u != u'\n' && u != u'\t') || u == 0x7f) {
            u = QChar::ReplacementCharacter;
        }
        if (u == u'\n') {
            result += QChar(u'\n');
            paragraphStart = result.size();
            lastSpace = -1;
            continue;
        }
        if (result.size() - paragraphStart >= LongestParagraph) {
            if (lastSpace > paragraphStart + LongestParagraph / 2) {
                result[lastSpace] = u'\n';
                paragraphStart = lastSpace + 1;
            } else {
                result += QChar(u'\n');
                paragraphStart = result.size();
            }
            lastSpace = -1;
        }
        if (u == u' ')
            lastSpace = result.size();
        result += QChar(u);
    }
    return result;
}

QTextBlockFormat spacedBlock(qreal top, qreal bottom)
{
    QTextBlockFormat format;
    format.setTopMargin(top);
    format.setBottomMargin(bottom);
    return format;
}

} // namespace

PrintBuilder::PrintBuilder(QTextDocument *document)
    : m_document(document)
    , m_cursor(document)
{
    QFont font(u"DejaVu Sans"_s);
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(BodyPointSize);
    // Latin text needs no shaping; without it "fi" stays two letters, so a PDF reader finds "file".
    font.setStyleStrategy(QFont::PreferNoShaping);
    m_document->setDefaultFont(font);
    m_document->setDocumentMargin(0); // the printer's margins frame the page
    m_document->setUndoRedoEnabled(false);
    m_body.setFont(font);
    m_body.setForeground(QColor(Qt::black));
    m_cursor.beginEditBlock();
    m_cursor.setBlockCharFormat(m_body);
}

PrintBuilder::~PrintBuilder()
{
    m_cursor.endEditBlock();
}

QString PrintBuilder::notAvailable()
{
    return u"Data not available in the input"_s;
}

QString PrintBuilder::tickBox()
{
    return u"\u2610"_s;
}

void PrintBuilder::title(const QString &text)
{
    QTextCharFormat format = m_body;
    format.setFontPointSize(BodyPointSize + 6);
    format.setFontWeight(QFont::Bold);
    if (!m_cursor.atStart())
        m_cursor.insertBlock(spacedBlock(0, 6), format);
    else
        m_cursor.setBlockFormat(spacedBlock(0, 6));
    m_cursor.insertText(printable(text), format);
}

void PrintBuilder::heading(const QString &text)
{
    QTextCharFormat format = m_body;
    format.setFontPointSize(BodyPointSize + 2.5);
    format.setFontWeight(QFont::Bold);
    QTextBlockFormat block = spacedBlock(12, 4);
    block.setProperty(KeepWithNextProperty, true);
    m_cursor.insertBlock(block, format);
    m_cursor.insertText(printable(text), format);
}

void PrintBuilder::paragraph(const QString &text)
{
    m_cursor.insertBlock(spacedBlock(0, 4), m_body);
    m_cursor.insertText(printable(text), m_body);
}

void PrintBuilder::note(const QString &text)
{
    m_cursor.insertBlock(spacedBlock(3, 4), smallFormat());
    m_cursor.insertText(printable(text), smallFormat());
}

void PrintBuilder::spacer()
{
    m_cursor.insertBlock(spacedBlock(0, 0), m_body);
}

void PrintBuilder::fields(const QList<std::pair<QString, QString>> &rows)
{
    QTextTableFormat format;
    format.setBorder(0);
    format.setCellPadding(1.5);
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setColumnWidthConstraints(
        {QTextLength(QTextLength::PercentageLength, 22), QTextLength(QTextLength::PercentageLength, 78)});
    m_cursor.insertBlock(spacedBlock(0, 0), m_body);
    QTextTable *table = m_cursor.insertTable(int(rows.size()), 2, format);
    for (int row = 0; row < rows.size(); ++row) {
        const auto &[label, value] = rows.at(row);
        table->cellAt(row, 0).firstCursorPosition().insertText(printable(label), boldFormat());
        table->cellAt(row, 1).firstCursorPosition().insertText(
            value.trimmed().isEmpty() ? notAvailable() : printable(value), m_body);
    }
    m_cursor.movePosition(QTextCursor::End);
}

QTextTable *PrintBuilder::table(const QStringList &headers, const QList<qreal> &widths, int rows)
{
    QTextTableFormat format;
    // Qt 6.4 draws no border at all below 1 px in collapse mode; separate 0.5 px borders with no
    // spacing look like a fine single grid.
    format.setBorder(0.5);
    format.setBorderBrush(QColor(0x90, 0x90, 0x90));
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderCollapse(false);
    format.setCellPadding(CellPadding);
    format.setCellSpacing(0);
    format.setHeaderRowCount(1);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> constraints;
    for (const qreal width : widths)
        constraints << QTextLength(QTextLength::PercentageLength, width);
    format.setColumnWidthConstraints(constraints);

    m_cursor.insertBlock(spacedBlock(0, 0), m_body);
    QTextTable *table = m_cursor.insertTable(rows + 1, int(headers.size()), format);
    QTextTableCellFormat headerCell;
    headerCell.setBackground(QColor(0xe4, 0xe4, 0xe4));
    QTextCharFormat headerText = boldFormat();
    for (int column = 0; column < headers.size(); ++column) {
        QTextTableCell cell = table->cellAt(0, column);
        cell.setFormat(headerCell);
        cell.firstCursorPosition().insertText(printable(headers.at(column)), headerText);
    }
    m_cursor.movePosition(QTextCursor::End);
    return table;
}

void PrintBuilder::setCell(QTextTable *table, int row, int column, const QString &text)
{
    setCell(table, row, column, text, m_body);
}

void PrintBuilder::setCell(QTextTable *table, int row, int column, const QString &text, const QTextCharFormat &format,
                           Qt::Alignment alignment)
{
    QTextCursor cursor = table->cellAt(row + 1, column).lastCursorPosition();
    if (cursor.block().length() > 1)
        cursor.insertBlock();
    if (alignment != Qt::AlignLeft) {
        QTextBlockFormat block = cursor.blockFormat();
        block.setAlignment(alignment);
        cursor.setBlockFormat(block);
    }
    cursor.insertText(printable(text), format);
}

void PrintBuilder::ruledLines(int count)
{
    QTextBlockFormat line = spacedBlock(0, 0);
    line.setLineHeight(220, QTextBlockFormat::ProportionalHeight);
    line.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth, QTextLength(QTextLength::PercentageLength, 100));
    line.setProperty(KeepWithNextProperty, true); // the lines stay with their heading and what follows
    for (int i = 0; i < count; ++i)
        m_cursor.insertBlock(line, m_body);
    m_cursor.insertBlock(spacedBlock(0, 0), m_body);
}

QTextCharFormat PrintBuilder::boldFormat() const
{
    QTextCharFormat format = m_body;
    format.setFontWeight(QFont::Bold);
    return format;
}

QTextCharFormat PrintBuilder::smallFormat() const
{
    QTextCharFormat format = m_body;
    format.setFontPointSize(BodyPointSize - 1.5);
    format.setForeground(QColor(0x40, 0x40, 0x40));
    return format;
}

QTextCharFormat PrintBuilder::mutedFormat() const
{
    QTextCharFormat format = m_body;
    format.setForeground(QColor(0x50, 0x50, 0x50));
    return format;
}

QTextCharFormat PrintBuilder::severityFormat(bool serious) const
{
    QTextCharFormat format = smallFormat();
    if (serious) {
        format.setFontWeight(QFont::Bold);
        format.setForeground(QColor(0x9a, 0x00, 0x00));
    }
    return format;
}

} // namespace codedesk
