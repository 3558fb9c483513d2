#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QTextCharFormat>
#include <QTextCursor>

#include <utility>

class QTextDocument;
class QTextTable;

namespace codedesk {

// Writes the common parts of a printed worksheet into a QTextDocument: headings, paragraphs,
// label/value blocks, tables with a header row that repeats on every page, tick boxes and ruled
// lines. Every piece of text goes in through QTextCursor::insertText, so text from a report or a
// worksheet file is always printed literally, never interpreted as HTML.
class PrintBuilder final
{
public:
    explicit PrintBuilder(QTextDocument *document);
    ~PrintBuilder();
    Q_DISABLE_COPY_MOVE(PrintBuilder)

    // A block property: the page loop keeps such a block (a heading, a ruled line) on one page with
    // the block after it, so no heading stands alone at the bottom of a page.
    static constexpr int KeepWithNextProperty = QTextFormat::UserProperty + 1;

    static QString notAvailable(); // what the report format writes for missing data
    static QString tickBox();      // an empty ballot box a coder ticks by hand

    void title(const QString &text);
    void heading(const QString &text);
    void paragraph(const QString &text);
    void note(const QString &text); // smaller, grey: sources and explanations
    // A borderless two-column block: bold label, value ("Data not available" when empty).
    void fields(const QList<std::pair<QString, QString>> &rows);

    // A table of `rows` data rows below one header row that repeats on every page. Column widths
    // are percentages of the text width. The cursor moves after the table.
    QTextTable *table(const QStringList &headers, const QList<qreal> &widths, int rows);
    // Data rows count from 0 (the header row is not counted).
    void setCell(QTextTable *table, int row, int column, const QString &text);
    void setCell(QTextTable *table, int row, int column, const QString &text, const QTextCharFormat &format,
                 Qt::Alignment alignment = Qt::AlignLeft);

    void ruledLines(int count); // empty lines with a rule under each, to write on
    void spacer();

    QTextCharFormat boldFormat() const;
    QTextCharFormat smallFormat() const;
    // Body size in grey: cells of one row keep one line height, so a row never splits by cell.
    QTextCharFormat mutedFormat() const;
    QTextCharFormat severityFormat(bool serious) const;

private:
    QTextDocument *m_document;
    QTextCursor m_cursor;
    QTextCharFormat m_body;
};

} // namespace codedesk
