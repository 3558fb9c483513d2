#pragma once

#include "worksheet/ClaimFinding.h"
#include "worksheet/ClaimLine.h"
#include "worksheet/WorksheetContent.h"
#include "worksheet/WorksheetFields.h"

#include <QObject>
#include <QTimer>
#include <QUndoStack>

#include <functional>
#include <memory>

namespace codedesk {

class DocumentLock;
class RecoveryStore;
class Worksheet;

// A worksheet as the coder edits it: the Worksheet, its undo stack, its file, the lock that keeps
// a second editor out, the autosave copy for crash recovery, and the findings of the last check.
// Every edit goes through the undo stack. No Widgets: the views sit on top.
class WorksheetDocument final : public QObject
{
    Q_OBJECT

public:
    using Validator = std::function<ClaimFindings(const WorksheetContent &)>;

    explicit WorksheetDocument(RecoveryStore *recovery, QObject *parent = nullptr);
    ~WorksheetDocument() override;

    // Reads `path` and locks it. A file locked by another process opens read-only; the reason is
    // in readOnlyReason(). Returns false (and *error "PATH: reason") when it cannot be read.
    bool open(const QString &path, QString *error);
    // Takes content recovered after a crash: unsaved, belonging to `path` (may be empty).
    void restore(const WorksheetContent &content, const QString &path);

    bool save(QString *error);
    bool saveAs(const QString &path, QString *error);

    Worksheet *worksheet() const { return m_worksheet.get(); }
    QUndoStack *undoStack() { return &m_undoStack; }
    QString filePath() const { return m_filePath; }
    QString displayName() const; // file name, or "Untitled N"
    bool isModified() const { return !m_undoStack.isClean() || m_restoredUnsaved; }
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    QString readOnlyReason() const { return m_readOnlyReason; }

    // The checks run after every change; views read findings().
    void setValidator(Validator validator);
    const ClaimFindings &findings() const { return m_findings; }
    void revalidate();

    // Autosave to the recovery folder this long after the last change (0: never).
    void setAutosaveDelay(int milliseconds);
    bool autosaveNow();
    // Forget the autosave copy (after a save, or when the coder discards the changes).
    void discardRecoveryCopy();

    // Edits: each pushes one undoable command; they do nothing on a read-only document.
    void setClaimField(ClaimField field, const QVariant &value);
    void setLineField(int row, LineField field, const QVariant &value);
    void insertLine(int row, const ClaimLine &line);
    void removeLine(int row);
    void moveLine(int from, int to);
    void duplicateLine(int row);
    void setDiagnosis(int index, const QString &code);
    void insertDiagnosis(int index, const QString &code);
    void removeDiagnosis(int index);
    void moveDiagnosis(int from, int to);

Q_SIGNALS:
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);
    void readOnlyChanged(bool readOnly);
    void findingsChanged();
    // The autosave copy could not be written ("PATH: reason"); the previous copy, if any, is kept.
    void autosaveFailed(const QString &error);

private:
    void contentChanged();
    void setReadOnlyReason(const QString &reason);
    bool lockPath(const QString &path);
    bool push(QUndoCommand *command);

    std::unique_ptr<Worksheet> m_worksheet;
    QUndoStack m_undoStack;
    RecoveryStore *m_recovery;
    std::unique_ptr<DocumentLock> m_lock;
    QString m_filePath;
    QString m_readOnlyReason;
    QString m_recoveryId;
    QString m_untitledName;
    QTimer m_autosaveTimer;
    Validator m_validator;
    ClaimFindings m_findings;
    bool m_restoredUnsaved = false;
};

} // namespace codedesk
