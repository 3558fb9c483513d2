#pragma once

#include "worksheet/WorksheetContent.h"
#include "worksheet/WorksheetFields.h"

#include <QObject>
#include <QVariant>

#include <functional>

namespace codedesk {

// The worksheet being edited: a WorksheetContent with granular edits, each small enough to be one
// QUndoCommand, and signals that let views and models follow. Every edit returns false and
// changes nothing when its arguments are out of range or the value has the wrong type; it emits
// nothing when the value does not change. changed() follows every effective edit.
class Worksheet final : public QObject
{
    Q_OBJECT

public:
    explicit Worksheet(QObject *parent = nullptr);
    explicit Worksheet(WorksheetContent content, QObject *parent = nullptr);
    ~Worksheet() override;
    Q_DISABLE_COPY_MOVE(Worksheet)

    const WorksheetContent &content() const { return m_content; }
    void setContent(WorksheetContent content); // replaces everything (open, revert)

    const ClaimHeader &claim() const { return m_content.claim; }
    const QStringList &diagnoses() const { return m_content.diagnoses; }
    const QList<ClaimLine> &lines() const { return m_content.lines; }
    int lineCount() const { return int(m_content.lines.size()); }
    const ClaimLine &line(int row) const { return m_content.lines.at(row); }

    // Claim fields: QString values, except DateOfService (QDate or a date as typed; empty clears;
    // text that is no date is kept as ClaimHeader::dateOfServiceInput).
    QVariant claimField(ClaimField field) const;
    bool setClaimField(ClaimField field, const QVariant &value);

    // Diagnoses. Pointers follow the diagnosis they point at: inserting before it or moving it
    // renumbers the lines' pointers; removing it removes the pointers to it. setDiagnoses and
    // setDiagnosis change codes only.
    void setDiagnoses(const QStringList &codes);
    bool setDiagnosis(int index, const QString &code);
    bool insertDiagnosis(int index, const QString &code);
    bool removeDiagnosis(int index);
    bool moveDiagnosis(int from, int to); // `to` is the final index, as QList::move

    // Every line's pointers, for undoing a diagnosis edit exactly.
    QList<QList<int>> allPointers() const;
    bool setAllPointers(const QList<QList<int>> &pointers);

    // Lines. `row` == lineCount() appends.
    bool insertLine(int row, const ClaimLine &line = {});
    bool removeLine(int row);
    bool moveLine(int from, int to); // `to` is the final index, as QList::move
    bool duplicateLine(int row);     // the copy goes right below
    bool setLine(int row, const ClaimLine &line);

    // One field of a line; see LineField for the value types. Text values are trimmed; codes and
    // modifiers are upper-cased. Modifiers and pointers also accept text ("26, 59", "A,B", "AB").
    QVariant lineField(int row, LineField field) const;
    bool setLineField(int row, LineField field, const QVariant &value);

Q_SIGNALS:
    void aboutToReset();
    void reset();
    void claimChanged(codedesk::ClaimField field);
    void diagnosesChanged();
    void linesAboutToBeInserted(int first, int last);
    void linesInserted(int first, int last);
    void linesAboutToBeRemoved(int first, int last);
    void linesRemoved(int first, int last);
    void lineAboutToBeMoved(int from, int to);
    void lineMoved(int from, int to);
    void linesChanged(int first, int last);
    void changed();

private:
    bool remapPointers(const std::function<int(int)> &map); // map returns -1 to drop a pointer
    bool isRow(int row) const { return row >= 0 && row < lineCount(); }

    WorksheetContent m_content;
};

} // namespace codedesk
