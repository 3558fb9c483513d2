#include "core/PrivateFileSaver.h"

#include <QFile>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

namespace {

QString kindOfMode(mode_t mode)
{
    if (S_ISFIFO(mode))
        return u"a named pipe"_s;
    if (S_ISCHR(mode))
        return u"a character device"_s;
    if (S_ISBLK(mode))
        return u"a block device"_s;
    if (S_ISSOCK(mode))
        return u"a socket"_s;
    if (S_ISDIR(mode))
        return u"a folder"_s;
    if (!S_ISREG(mode))
        return u"not a regular file"_s;
    return {};
}

QString reasonOf(const QFileDevice &file, const QString &fallback)
{
    return file.errorString().isEmpty() || file.error() == QFileDevice::NoError ? fallback : file.errorString();
}

} // namespace

QString specialFileKind(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat target = {};
    if (::stat(native.constData(), &target) != 0)
        return {}; // missing (or a dangling link): QSaveFile creates a regular file
    const QString kind = kindOfMode(target.st_mode);
    struct stat link = {};
    if (!kind.isEmpty() && ::lstat(native.constData(), &link) == 0 && S_ISLNK(link.st_mode))
        return u"a link to "_s + kind;
    return kind;
}

bool writeAll(QIODevice *device, const QByteArray &bytes, QString *error)
{
    qint64 done = 0;
    while (done < bytes.size()) {
        const qint64 written = device->write(bytes.constData() + done, bytes.size() - done);
        if (written <= 0) {
            if (error)
                *error = device->errorString().isEmpty() ? u"write failed"_s : device->errorString();
            return false;
        }
        done += written;
    }
    return true;
}

bool saveFile(const QString &path, const std::function<bool(QIODevice *, QString *)> &write, QString *error,
              FileAccess access)
{
    if (const QString kind = specialFileKind(path); !kind.isEmpty()) {
        *error = u"%1: not a regular file (%2): CodeDesk writes only regular files and leaves this one alone"_s.arg(
            path, kind);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = u"%1: cannot write: %2"_s.arg(path, file.errorString());
        return false;
    }
    if (access == FileAccess::OwnerOnly && !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = u"%1: cannot make the file private: %2"_s.arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    const auto fail = [&](const QString &reason) {
        file.cancelWriting();
        *error = u"%1: cannot write: %2"_s.arg(path, reason);
        return false;
    };
    QString reason;
    if (!write(&file, &reason))
        return fail(reason.isEmpty() ? reasonOf(file, u"write failed"_s) : reason);
    // QSaveFile::write() only fills a buffer; a full disk shows here for a file under 16 KiB, and
    // QSaveFile::commit() would not notice a failed final flush.
    if (!file.flush() || file.error() != QFileDevice::NoError)
        return fail(reasonOf(file, u"the data could not be written"_s));
    // The data must be on the disk before the rename makes it the file (commit syncs too, but
    // ignores the result). Some file systems cannot sync (EINVAL): that is not a failed write.
    if (::fsync(file.handle()) != 0 && errno != EINVAL && errno != EROFS)
        return fail(QString::fromLocal8Bit(std::strerror(errno)));
    if (!file.commit()) {
        *error = u"%1: cannot write: %2"_s.arg(path, reasonOf(file, u"the file could not be replaced"_s));
        return false;
    }
    return true;
}

bool savePrivateFile(const QString &path, const std::function<bool(QIODevice *, QString *)> &write, QString *error)
{
    return saveFile(path, write, error, FileAccess::OwnerOnly);
}

} // namespace codedesk
