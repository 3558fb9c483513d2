#pragma once

#include "worksheet/ClaimLine.h"
#include "worksheet/WorksheetFields.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QVariant>

#include <functional>

namespace codedesk {

class Worksheet;

// Every edit of a worksheet is one of these on the document's QUndoStack.

// One field of one line. Consecutive edits of the same cell merge into one undo step.
class SetLineFieldCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(WorksheetCommands)

public:
    SetLineFieldCommand(Worksheet *worksheet, int row, LineField field, QVariant value);
    void redo() override;
    void undo() override;
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    Worksheet *m_worksheet;
    int m_row;
    LineField m_field;
    QVariant m_before;
    QVariant m_after;
};

// One claim header field; consecutive typing in the same field merges.
class SetClaimFieldCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(WorksheetCommands)

public:
    SetClaimFieldCommand(Worksheet *worksheet, ClaimField field, QVariant value);
    void redo() override;
    void undo() override;
    int id() const override { return 2; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    Worksheet *m_worksheet;
    ClaimField m_field;
    QVariant m_before;
    QVariant m_after;
};

// Adds a line at `row`.
class InsertLineCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(WorksheetCommands)

public:
    InsertLineCommand(Worksheet *worksheet, int row, ClaimLine line, const QString &text);
    void redo() override;
    void undo() override;

private:
    Worksheet *m_worksheet;
    int m_row;
    ClaimLine m_line;
};

// Removes the line at `row`, keeping it for undo.
class RemoveLineCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(WorksheetCommands)

public:
    RemoveLineCommand(Worksheet *worksheet, int row);
    void redo() override;
    void undo() override;

private:
    Worksheet *m_worksheet;
    int m_row;
    ClaimLine m_line;
};

class MoveLineCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(WorksheetCommands)

public:
    MoveLineCommand(Worksheet *worksheet, int from, int to);
    void redo() override;
    void undo() override;

private:
    Worksheet *m_worksheet;
    int m_from;
    int m_to;
};

// Any edit of the diagnosis list. Undo restores the codes and every line's pointers exactly,
// since moving or removing a diagnosis rewrites the pointers that follow it.
class DiagnosesCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(WorksheetCommands)

public:
    DiagnosesCommand(Worksheet *worksheet, std::function<bool(Worksheet *)> edit, const QString &text);
    void redo() override;
    void undo() override;

private:
    Worksheet *m_worksheet;
    std::function<bool(Worksheet *)> m_edit;
    QStringList m_diagnosesBefore;
    QList<QList<int>> m_pointersBefore;
};

} // namespace codedesk
