#include "SmallFilesystem.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace codedesk::test {

namespace {

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// Once per process: a private mount namespace, so mounts neither leak out nor outlive the test.
bool privateMountNamespace(QString *reason)
{
    static int result = -1;
    static QString why;
    if (result < 0) {
        result = 0;
        if (::unshare(CLONE_NEWNS) != 0)
            why = u"cannot make a private mount namespace (needs root or CAP_SYS_ADMIN): "_s + errnoText();
        else if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
            why = u"cannot make the mounts private: "_s + errnoText();
        else
            result = 1;
    }
    *reason = why;
    return result == 1;
}

} // namespace

SmallFilesystem::SmallFilesystem(qint64 bytes)
    : m_bytes(bytes)
{
    if (!m_dir.isValid()) {
        m_reason = u"no temporary folder"_s;
        return;
    }
    if (!privateMountNamespace(&m_reason))
        return;
    const QByteArray options = "size=" + QByteArray::number(m_bytes) + ",mode=0700";
    if (::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", 0, options.constData()) != 0) {
        m_reason = u"cannot mount a tmpfs: "_s + errnoText();
        return;
    }
    m_mounted = true;
}

SmallFilesystem::~SmallFilesystem()
{
    if (m_mounted)
        ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
}

bool SmallFilesystem::fill()
{
    const QByteArray path = QFile::encodeName(filePath(u".filler"_s));
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_APPEND, 0600);
    if (fd < 0)
        return false;
    const QByteArray block(4096, 'x');
    bool full = false;
    for (qint64 written = 0; written <= m_bytes * 2;) {
        const ssize_t n = ::write(fd, block.constData(), size_t(block.size()));
        if (n < 0) {
            full = errno == ENOSPC;
            break;
        }
        written += n;
    }
    // Whatever single bytes still fit.
    while (full && ::write(fd, "x", 1) == 1) {
    }
    ::close(fd);
    return full;
}

bool SmallFilesystem::makeReadOnly()
{
    return m_mounted &&
           ::mount(nullptr, QFile::encodeName(m_dir.path()).constData(), nullptr, MS_REMOUNT | MS_RDONLY, nullptr) == 0;
}

} // namespace codedesk::test
