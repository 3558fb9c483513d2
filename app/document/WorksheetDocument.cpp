#include "document/WorksheetDocument.h"

#include "core/DocumentLock.h"
#include "core/RecoveryStore.h"
#include "document/WorksheetCommands.h"
#include "worksheet/Worksheet.h"
#include "worksheet/WorksheetFile.h"

#include <QAtomicInt>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

namespace {
QAtomicInt untitledCounter;
constexpr int defaultAutosaveDelayMs = 3000;
} // namespace

WorksheetDocument::WorksheetDocument(RecoveryStore *recovery, QObject *parent)
    : QObject(parent)
    , m_worksheet(std::make_unique<Worksheet>())
    , m_recovery(recovery)
    , m_recoveryId(RecoveryStore::newId())
    , m_untitledName(tr("Untitled %1").arg(untitledCounter.fetchAndAddRelaxed(1) + 1))
{
    m_autosaveTimer.setSingleShot(true);
    m_autosaveTimer.setInterval(defaultAutosaveDelayMs);
    connect(&m_autosaveTimer, &QTimer::timeout, this, &WorksheetDocument::autosaveNow);
    connect(m_worksheet.get(), &Worksheet::changed, this, &WorksheetDocument::contentChanged);
    connect(&m_undoStack, &QUndoStack::cleanChanged, this, [this] { Q_EMIT modifiedChanged(isModified()); });
}

WorksheetDocument::~WorksheetDocument()
{
    // A document closed on purpose leaves no recovery copy; only a crash does.
    discardRecoveryCopy();
}

QString WorksheetDocument::displayName() const
{
    return m_filePath.isEmpty() ? m_untitledName : QFileInfo(m_filePath).fileName();
}

bool WorksheetDocument::lockPath(const QString &path)
{
    auto lock = std::make_unique<DocumentLock>(path);
    if (!lock->tryLock()) {
        setReadOnlyReason(tr("%1 is open in %2; it is shown read-only.")
                              .arg(QFileInfo(path).fileName(), lock->holderDescription()));
        m_lock.reset();
        return false;
    }
    m_lock = std::move(lock);
    setReadOnlyReason({});
    return true;
}

bool WorksheetDocument::open(const QString &path, QString *error)
{
    WorksheetFile file(path);
    std::optional<WorksheetContent> content = file.read();
    if (!content) {
        *error = file.errorString();
        return false;
    }
    m_filePath = QFileInfo(path).absoluteFilePath();
    lockPath(m_filePath);
    m_worksheet->setContent(std::move(*content));
    m_undoStack.clear();
    m_restoredUnsaved = false;
    m_autosaveTimer.stop();
    Q_EMIT filePathChanged(m_filePath);
    revalidate();
    return true;
}

void WorksheetDocument::restore(const WorksheetContent &content, const QString &path)
{
    if (!path.isEmpty()) {
        m_filePath = path;
        lockPath(m_filePath);
        Q_EMIT filePathChanged(m_filePath);
    }
    m_worksheet->setContent(content);
    m_undoStack.clear();
    m_restoredUnsaved = true;
    Q_EMIT modifiedChanged(true);
    revalidate();
    autosaveNow();
}

bool WorksheetDocument::save(QString *error)
{
    if (m_filePath.isEmpty()) {
        *error = tr("the worksheet has no file name yet");
        return false;
    }
    if (isReadOnly()) {
        *error = m_readOnlyReason;
        return false;
    }
    WorksheetFile file(m_filePath);
    if (!file.write(m_worksheet->content())) {
        *error = file.errorString();
        return false;
    }
    m_restoredUnsaved = false;
    const bool wasClean = m_undoStack.isClean();
    m_undoStack.setClean();
    if (wasClean)
        Q_EMIT modifiedChanged(false);
    m_autosaveTimer.stop();
    discardRecoveryCopy();
    return true;
}

bool WorksheetDocument::saveAs(const QString &path, QString *error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute != m_filePath) {
        auto lock = std::make_unique<DocumentLock>(absolute);
        if (!lock->tryLock()) {
            *error = tr("%1 is open in %2").arg(absolute, lock->holderDescription());
            return false;
        }
        WorksheetFile file(absolute);
        if (!file.write(m_worksheet->content())) {
            *error = file.errorString();
            return false;
        }
        m_lock = std::move(lock);
        m_filePath = absolute;
        setReadOnlyReason({});
        Q_EMIT filePathChanged(m_filePath);
    }
    return save(error);
}

void WorksheetDocument::setValidator(Validator validator)
{
    m_validator = std::move(validator);
    revalidate();
}

void WorksheetDocument::revalidate()
{
    if (!m_validator)
        return;
    m_findings = m_validator(m_worksheet->content());
    Q_EMIT findingsChanged();
}

void WorksheetDocument::setAutosaveDelay(int milliseconds)
{
    m_autosaveTimer.setInterval(milliseconds);
}

bool WorksheetDocument::autosaveNow()
{
    if (!m_recovery || !isModified())
        return false;
    QString error;
    if (!m_recovery->save(m_recoveryId, m_filePath, displayName(), WorksheetFile::toJson(m_worksheet->content()),
                          &error)) {
        Q_EMIT autosaveFailed(error);
        return false;
    }
    return true;
}

void WorksheetDocument::discardRecoveryCopy()
{
    if (m_recovery)
        m_recovery->discard(m_recoveryId);
}

void WorksheetDocument::contentChanged()
{
    revalidate();
    if (m_autosaveTimer.interval() > 0)
        m_autosaveTimer.start();
}

void WorksheetDocument::setReadOnlyReason(const QString &reason)
{
    const bool was = isReadOnly();
    m_readOnlyReason = reason;
    if (was != isReadOnly())
        Q_EMIT readOnlyChanged(isReadOnly());
}

bool WorksheetDocument::push(QUndoCommand *command)
{
    if (isReadOnly()) {
        delete command;
        return false;
    }
    m_undoStack.push(command);
    return true;
}

void WorksheetDocument::setClaimField(ClaimField field, const QVariant &value)
{
    if (m_worksheet->claimField(field) != value)
        push(new SetClaimFieldCommand(m_worksheet.get(), field, value));
}

void WorksheetDocument::setLineField(int row, LineField field, const QVariant &value)
{
    if (row >= 0 && row < m_worksheet->lineCount())
        push(new SetLineFieldCommand(m_worksheet.get(), row, field, value));
}

void WorksheetDocument::insertLine(int row, const ClaimLine &line)
{
    if (row >= 0 && row <= m_worksheet->lineCount())
        push(new InsertLineCommand(m_worksheet.get(), row, line, tr("Add line %1").arg(row + 1)));
}

void WorksheetDocument::removeLine(int row)
{
    if (row >= 0 && row < m_worksheet->lineCount())
        push(new RemoveLineCommand(m_worksheet.get(), row));
}

void WorksheetDocument::moveLine(int from, int to)
{
    const int count = m_worksheet->lineCount();
    if (from != to && from >= 0 && from < count && to >= 0 && to < count)
        push(new MoveLineCommand(m_worksheet.get(), from, to));
}

void WorksheetDocument::duplicateLine(int row)
{
    if (row >= 0 && row < m_worksheet->lineCount())
        push(new InsertLineCommand(m_worksheet.get(), row + 1, m_worksheet->line(row),
                                   tr("Duplicate line %1").arg(row + 1)));
}

void WorksheetDocument::setDiagnosis(int index, const QString &code)
{
    push(new DiagnosesCommand(
        m_worksheet.get(), [index, code](Worksheet *w) { return w->setDiagnosis(index, code); },
        tr("Change diagnosis %1 to %2").arg(pointerLetter(index), code)));
}

void WorksheetDocument::insertDiagnosis(int index, const QString &code)
{
    push(new DiagnosesCommand(
        m_worksheet.get(), [index, code](Worksheet *w) { return w->insertDiagnosis(index, code); },
        tr("Add diagnosis %1").arg(code)));
}

void WorksheetDocument::removeDiagnosis(int index)
{
    push(new DiagnosesCommand(
        m_worksheet.get(), [index](Worksheet *w) { return w->removeDiagnosis(index); },
        tr("Remove diagnosis %1").arg(pointerLetter(index))));
}

void WorksheetDocument::moveDiagnosis(int from, int to)
{
    push(new DiagnosesCommand(
        m_worksheet.get(), [from, to](Worksheet *w) { return w->moveDiagnosis(from, to); }, tr("Reorder diagnoses")));
}

} // namespace codedesk
