#include "core/SettingsFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

bool makeSettingsOwnerOnly(QString *error)
{
    const QString path = QSettings().fileName();
    const QString folder = QFileInfo(path).absolutePath();
    const auto fail = [&](const QString &target, const QString &reason) {
        if (error)
            *error = u"%1: %2"_s.arg(target, reason);
        return false;
    };
    if (!QDir().mkpath(folder))
        return fail(folder, u"cannot create the settings folder"_s);
    if (!QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        return fail(folder, u"cannot make the settings folder owner-only"_s);
    QFile file(path);
    if (!file.exists() && !file.open(QIODevice::WriteOnly))
        return fail(path, file.errorString());
    file.close();
    if (!QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return fail(path, u"cannot make the settings file owner-only"_s);
    return true;
}

} // namespace codedesk
