#pragma once

#include <QString>
#include <QTemporaryDir>

namespace codedesk::test {

// A tiny tmpfs for disk-full and read-only tests, mounted in a mount namespace of this process's
// own (so no other process sees it and it goes away with the process). Needs CAP_SYS_ADMIN (root
// in CI); when it cannot be mounted, isMounted() is false and reason() says why: QSKIP with it.
class SmallFilesystem final
{
public:
    explicit SmallFilesystem(qint64 bytes);
    ~SmallFilesystem();
    Q_DISABLE_COPY_MOVE(SmallFilesystem)

    bool isMounted() const { return m_mounted; }
    QString reason() const { return m_reason; }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    // Writes a filler file until the file system is full; true once writes fail with ENOSPC.
    bool fill();
    // Makes the whole file system read-only (root cannot write either).
    bool makeReadOnly();

private:
    QTemporaryDir m_dir;
    qint64 m_bytes;
    bool m_mounted = false;
    QString m_reason;
};

} // namespace codedesk::test
