#pragma once

#include <QLockFile>
#include <QString>

#include <memory>

namespace codedesk {

// Guards a document against a second editor: a QLockFile beside it ("name.codedesk.lock") that
// names the process and host holding it. A lock left by a crashed process is taken over.
class DocumentLock final
{
public:
    explicit DocumentLock(const QString &documentPath);
    ~DocumentLock();
    Q_DISABLE_COPY_MOVE(DocumentLock)

    // True when this process now holds the lock.
    bool tryLock();
    bool isLocked() const;
    void unlock();

    // When tryLock() failed because someone else holds it: who, in words a coder understands.
    QString holderDescription() const;
    qint64 holderPid() const { return m_holderPid; }
    QString holderHost() const { return m_holderHost; }

    static QString lockPathFor(const QString &documentPath);

private:
    std::unique_ptr<QLockFile> m_lock;
    qint64 m_holderPid = 0;
    QString m_holderHost;
    QString m_holderApp;
};

} // namespace codedesk
