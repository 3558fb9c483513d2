#include "core/PrivateFileSaver.h"

#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

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

bool savePrivateFile(const QString &path, const std::function<bool(QIODevice *, QString *)> &write, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = u"%1: cannot write: %2"_s.arg(path, file.errorString());
        return false;
    }
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = u"%1: cannot make the file private: %2"_s.arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    QString reason;
    if (!write(&file, &reason)) {
        file.cancelWriting();
        *error = u"%1: cannot write: %2"_s.arg(path, reason);
        return false;
    }
    if (!file.commit()) {
        *error = u"%1: cannot write: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace codedesk
