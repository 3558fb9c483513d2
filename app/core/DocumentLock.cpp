#include "core/DocumentLock.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

DocumentLock::DocumentLock(const QString &documentPath)
    : m_lock(std::make_unique<QLockFile>(lockPathFor(documentPath)))
{
    // A lock whose process is gone is stale at once; a live one never goes stale by age.
    m_lock->setStaleLockTime(0);
}

DocumentLock::~DocumentLock() = default;

QString DocumentLock::lockPathFor(const QString &documentPath)
{
    return documentPath + u".lock"_s;
}

bool DocumentLock::tryLock()
{
    if (m_lock->isLocked())
        return true;
    if (m_lock->tryLock(0))
        return true;
    if (m_lock->error() == QLockFile::LockFailedError)
        m_lock->getLockInfo(&m_holderPid, &m_holderHost, &m_holderApp);
    return false;
}

bool DocumentLock::isLocked() const
{
    return m_lock->isLocked();
}

void DocumentLock::unlock()
{
    m_lock->unlock();
}

QString DocumentLock::holderDescription() const
{
    if (m_holderPid == 0)
        return QCoreApplication::translate("DocumentLock", "the lock file cannot be created");
    return QCoreApplication::translate("DocumentLock", "%1 (process %2 on %3)")
        .arg(m_holderApp.isEmpty() ? u"another program"_s : m_holderApp)
        .arg(m_holderPid)
        .arg(m_holderHost.isEmpty() ? u"this computer"_s : m_holderHost);
}

} // namespace codedesk
