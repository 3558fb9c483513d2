#include "catalog/ModifierTableReader.h"

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

namespace {

struct SplitRow
{
    QList<QStringView> cells;
    bool leadingPipe = false;
    bool closingPipe = false;
};

SplitRow splitRow(QStringView trimmed)
{
    SplitRow row;
    row.leadingPipe = trimmed.startsWith(u'|');
    if (row.leadingPipe)
        trimmed = trimmed.sliced(1);
    row.closingPipe = trimmed.endsWith(u'|');
    if (row.closingPipe)
        trimmed.chop(1);
    row.cells = trimmed.split(u'|');
    for (QStringView &cell : row.cells)
        cell = cell.trimmed();
    return row;
}

bool isSeparator(const QList<QStringView> &cells)
{
    bool dash = false;
    for (QStringView cell : cells) {
        for (QChar c : cell) {
            if (c == u'-')
                dash = true;
            else if (c != u':' && c != u' ')
                return false;
        }
    }
    return dash;
}

bool allEmpty(const QList<QStringView> &cells)
{
    for (QStringView cell : cells) {
        if (!cell.isEmpty())
            return false;
    }
    return true;
}

bool sameName(QStringView cell, QStringView name)
{
    return cell.compare(name, Qt::CaseInsensitive) == 0;
}

bool namesModifierColumn(const QList<QStringView> &cells)
{
    for (QStringView cell : cells) {
        if (sameName(cell, u"Modifier") || sameName(cell, u"Modifiers"))
            return true;
    }
    return false;
}

} // namespace

ModifierTableReader::ModifierTableReader()
    : m_columns{Column::Modifier, Column::Description, Column::WhenToUse}
    , m_columnTitles{u"Modifier"_s, u"Description"_s, u"When to Use"_s}
{}

bool ModifierTableReader::isModifierHeader(QStringView trimmed)
{
    if (!isTableLine(trimmed))
        return false;
    return namesModifierColumn(splitRow(trimmed).cells);
}

void ModifierTableReader::readLine(QStringView line, int lineNumber, bool unterminatedLastLine, Procedure *procedure)
{
    const QStringView trimmed = line.trimmed();
    const SplitRow row = splitRow(trimmed);
    if (isSeparator(row.cells))
        return;
    if (namesModifierColumn(row.cells)) {
        m_columns.clear();
        m_columnTitles.clear();
        for (QStringView cell : row.cells) {
            Column column = Column::Other;
            if (sameName(cell, u"Modifier") || sameName(cell, u"Modifiers"))
                column = Column::Modifier;
            else if (sameName(cell, u"Description"))
                column = Column::Description;
            else if (sameName(cell, u"When to Use") || sameName(cell, u"When to use it"))
                column = Column::WhenToUse;
            m_columns.append(column);
            m_columnTitles.append(cell.toString());
        }
        m_headerClosingPipe = row.closingPipe;
        return;
    }
    if (allEmpty(row.cells)) {
        procedure->diagnostics.append({lineNumber, Severity::Info, u"empty table row skipped"_s});
        return;
    }
    readRow(row.cells, row.leadingPipe, row.closingPipe, lineNumber, unterminatedLastLine, procedure);
}

void ModifierTableReader::readRow(const QList<QStringView> &cells, bool leadingPipe, bool closingPipe, int lineNumber,
                                  bool unterminatedLastLine, Procedure *procedure) const
{
    ModifierRow row;
    row.line = lineNumber;
    QStringList extras;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const Column column = i < m_columns.size() ? m_columns.at(i) : Column::Other;
        switch (column) {
        case Column::Modifier:
            row.modifier = cells.at(i).toString();
            break;
        case Column::Description:
            row.description = cells.at(i).toString();
            break;
        case Column::WhenToUse:
            row.whenToUse = cells.at(i).toString();
            break;
        case Column::Other:
            if (i < m_columnTitles.size() && !m_columnTitles.at(i).isEmpty())
                extras.append(m_columnTitles.at(i) + u": "_s + cells.at(i).toString());
            else
                extras.append(cells.at(i).toString());
            break;
        }
    }
    if (!extras.isEmpty()) {
        if (!row.whenToUse.isEmpty())
            extras.prepend(row.whenToUse);
        row.whenToUse = extras.join(u" | "_s);
    }

    QList<Diagnostic> &diagnostics = procedure->diagnostics;
    if (!leadingPipe)
        diagnostics.append({lineNumber, Severity::Info, u"modifier row without a leading \u201c|\u201d; row kept"_s});
    const qsizetype expected = m_columns.size();
    if (cells.size() < expected) {
        diagnostics.append(
            {lineNumber, Severity::Warning,
             u"modifier row cut off after %1 of %2 cells; kept with what it has"_s.arg(cells.size()).arg(expected)});
    } else if (cells.size() > expected) {
        diagnostics.append({lineNumber, Severity::Info,
                            u"modifier row has %1 cells where the table has %2; the extra cells are kept in "
                            "\u201cWhen to Use\u201d"_s.arg(cells.size())
                                .arg(expected)});
    } else if (unterminatedLastLine && m_headerClosingPipe && !closingPipe) {
        diagnostics.append({lineNumber, Severity::Warning,
                            u"last modifier row has no closing \u201c|\u201d and no final newline; it may be "
                            "cut off"_s});
    }
    procedure->modifiers.append(row);
}

} // namespace codedesk
