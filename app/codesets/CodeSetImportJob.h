#pragma once

#include "codesets/CodeSetImporter.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>

namespace codedesk {

class LibraryDatabase;

// Runs one code-set import off the GUI thread (QtConcurrent) for the Tools > Code sets dialog:
// progress() while it runs, finished() once with the result; cancel() stops it and leaves the
// previous set in place. The LibraryDatabase must outlive the job.
class CodeSetImportJob final : public QObject
{
    Q_OBJECT

public:
    CodeSetImportJob(LibraryDatabase &database, CodeSetKind kind, QString path, QObject *parent = nullptr);
    ~CodeSetImportJob() override;

    void start();
    void cancel();
    bool isRunning() const;
    CodeSetImportResult result() const { return m_result; }
    // Blocks until the import has ended (for tests and shutdown).
    void waitForFinished();

Q_SIGNALS:
    void progress(int percent);
    void finished(const codedesk::CodeSetImportResult &result);

private:
    LibraryDatabase &m_database;
    CodeSetKind m_kind;
    QString m_path;
    std::atomic_bool m_cancel{false};
    std::atomic_int m_lastPercent{-1};
    QFutureWatcher<CodeSetImportResult> m_watcher;
    CodeSetImportResult m_result;
};

} // namespace codedesk
