#include "codesets/CodeSetImportJob.h"

#include <QMetaObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace codedesk {

CodeSetImportJob::CodeSetImportJob(LibraryDatabase &database, CodeSetKind kind, QString path, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_kind(kind)
    , m_path(std::move(path))
{
    connect(&m_watcher, &QFutureWatcher<CodeSetImportResult>::finished, this, [this] {
        m_result = m_watcher.result();
        Q_EMIT finished(m_result);
    });
}

CodeSetImportJob::~CodeSetImportJob()
{
    m_cancel = true;
    m_watcher.waitForFinished();
}

void CodeSetImportJob::start()
{
    if (isRunning())
        return;
    m_cancel = false;
    m_lastPercent = -1;
    QPointer<CodeSetImportJob> self(this);
    ImportControl control;
    control.cancel = &m_cancel;
    control.progress = [this, self](double fraction) {
        const int percent = std::clamp(int(fraction * 100.0), 0, 100);
        if (m_lastPercent.exchange(percent) == percent)
            return;
        QMetaObject::invokeMethod(
            this,
            [self, percent] {
                if (self)
                    Q_EMIT self->progress(percent);
            },
            Qt::QueuedConnection);
    };
    LibraryDatabase *database = &m_database;
    m_watcher.setFuture(QtConcurrent::run([database, kind = m_kind, path = m_path, control] {
        return CodeSetImporter(*database).importFile(kind, path, control);
    }));
}

void CodeSetImportJob::cancel()
{
    m_cancel = true;
}

bool CodeSetImportJob::isRunning() const
{
    return m_watcher.isRunning();
}

void CodeSetImportJob::waitForFinished()
{
    m_watcher.waitForFinished();
}

} // namespace codedesk
