#include "document/WorksheetCommands.h"

#include "worksheet/Worksheet.h"

#include <QCoreApplication>

namespace codedesk {

SetLineFieldCommand::SetLineFieldCommand(Worksheet *worksheet, int row, LineField field, QVariant value)
    : m_worksheet(worksheet)
    , m_row(row)
    , m_field(field)
    , m_before(worksheet->lineField(row, field))
    , m_after(std::move(value))
{
    setText(tr("Change %1 on line %2").arg(lineFieldLabel(field)).arg(row + 1));
}

void SetLineFieldCommand::redo()
{
    m_worksheet->setLineField(m_row, m_field, m_after);
}

void SetLineFieldCommand::undo()
{
    m_worksheet->setLineField(m_row, m_field, m_before);
}

bool SetLineFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetLineFieldCommand *>(other);
    if (next->m_worksheet != m_worksheet || next->m_row != m_row || next->m_field != m_field)
        return false;
    m_after = next->m_after;
    return true;
}

SetClaimFieldCommand::SetClaimFieldCommand(Worksheet *worksheet, ClaimField field, QVariant value)
    : m_worksheet(worksheet)
    , m_field(field)
    , m_before(worksheet->claimField(field))
    , m_after(std::move(value))
{
    setText(tr("Change %1").arg(claimFieldLabel(field)));
}

void SetClaimFieldCommand::redo()
{
    m_worksheet->setClaimField(m_field, m_after);
}

void SetClaimFieldCommand::undo()
{
    m_worksheet->setClaimField(m_field, m_before);
}

bool SetClaimFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetClaimFieldCommand *>(other);
    if (next->m_worksheet != m_worksheet || next->m_field != m_field)
        return false;
    m_after = next->m_after;
    return true;
}

InsertLineCommand::InsertLineCommand(Worksheet *worksheet, int row, ClaimLine line, const QString &text)
    : m_worksheet(worksheet)
    , m_row(row)
    , m_line(std::move(line))
{
    setText(text);
}

void InsertLineCommand::redo()
{
    m_worksheet->insertLine(m_row, m_line);
}

void InsertLineCommand::undo()
{
    m_worksheet->removeLine(m_row);
}

RemoveLineCommand::RemoveLineCommand(Worksheet *worksheet, int row)
    : m_worksheet(worksheet)
    , m_row(row)
    , m_line(worksheet->line(row))
{
    setText(tr("Remove line %1").arg(row + 1));
}

void RemoveLineCommand::redo()
{
    m_worksheet->removeLine(m_row);
}

void RemoveLineCommand::undo()
{
    m_worksheet->insertLine(m_row, m_line);
}

MoveLineCommand::MoveLineCommand(Worksheet *worksheet, int from, int to)
    : m_worksheet(worksheet)
    , m_from(from)
    , m_to(to)
{
    setText(tr("Move line %1").arg(from + 1));
}

void MoveLineCommand::redo()
{
    m_worksheet->moveLine(m_from, m_to);
}

void MoveLineCommand::undo()
{
    m_worksheet->moveLine(m_to, m_from);
}

DiagnosesCommand::DiagnosesCommand(Worksheet *worksheet, std::function<bool(Worksheet *)> edit, const QString &text)
    : m_worksheet(worksheet)
    , m_edit(std::move(edit))
    , m_diagnosesBefore(worksheet->diagnoses())
    , m_pointersBefore(worksheet->allPointers())
{
    setText(text);
}

void DiagnosesCommand::redo()
{
    if (!m_edit(m_worksheet))
        setObsolete(true);
}

void DiagnosesCommand::undo()
{
    m_worksheet->setDiagnoses(m_diagnosesBefore);
    m_worksheet->setAllPointers(m_pointersBefore);
}

} // namespace codedesk
