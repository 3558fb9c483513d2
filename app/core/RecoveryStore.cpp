#include "core/RecoveryStore.h"

#include "core/BoundedReader.h"
#include "core/InputLimits.h"
#include "core/PrivateFileSaver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QUuid>

#include <csignal>
#include <cerrno>
#include <sys/types.h>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

namespace {

// A copy holds the worksheet as a JSON string, which escapes its quotes and backslashes: at most
// twice the worksheet, plus the envelope's few fields.
constexpr qint64 copyBytes = 2 * InputLimits::worksheetBytes + 64 * 1024;

bool processIsRunning(qint64 pid)
{
    if (pid <= 0)
        return false;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

} // namespace

RecoveryStore::RecoveryStore(QString folder)
    : m_folder(std::move(folder))
{
}

QString RecoveryStore::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/recovery"_s;
}

QString RecoveryStore::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces) + u".recovery"_s;
}

bool RecoveryStore::ensureFolder(QString *error) const
{
    if (!QDir().mkpath(m_folder)) {
        if (error)
            *error = QCoreApplication::translate("RecoveryStore", "%1: cannot create the recovery folder").arg(m_folder);
        return false;
    }
    QFile::setPermissions(m_folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return true;
}

bool RecoveryStore::save(const QString &id, const QString &originalPath, const QString &title,
                         const QByteArray &content, QString *error)
{
    if (!ensureFolder(error))
        return false;
    QJsonObject envelope{{u"originalPath"_s, originalPath},
                         {u"title"_s, title},
                         {u"savedAt"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                         {u"pid"_s, QCoreApplication::applicationPid()},
                         {u"content"_s, QString::fromUtf8(content)}};
    const QByteArray bytes = QJsonDocument(envelope).toJson(QJsonDocument::Compact);
    QString reason;
    if (!savePrivateFile(
            m_folder + u'/' + id, [&bytes](QIODevice *device, QString *why) { return writeAll(device, bytes, why); },
            &reason)) {
        if (error)
            *error = reason;
        return false;
    }
    return true;
}

void RecoveryStore::discard(const QString &id)
{
    QFile::remove(m_folder + u'/' + id);
}

QList<RecoveryStore::Entry> RecoveryStore::orphans() const
{
    QList<Entry> entries;
    const QDir dir(m_folder);
    const auto names = dir.entryList({u"*.recovery"_s}, QDir::Files, QDir::Time);
    for (const QString &name : names) {
        Entry entry;
        entry.id = name;
        entry.title = name;
        entry.savedAt = QFileInfo(dir.filePath(name)).lastModified();
        BoundedReader reader(copyBytes, u"an autosaved worksheet"_s);
        const std::optional<QByteArray> bytes = reader.readFile(dir.filePath(name));
        if (!bytes) {
            // Whose it is cannot be read either: the coder decides.
            entry.error = reader.errorString();
            entries << entry;
            continue;
        }
        const QJsonObject envelope = QJsonDocument::fromJson(*bytes).object();
        entry.ownerPid = envelope.value(u"pid"_s).toInteger();
        if (entry.ownerPid == QCoreApplication::applicationPid() || processIsRunning(entry.ownerPid))
            continue;
        entry.originalPath = envelope.value(u"originalPath"_s).toString();
        entry.title = envelope.value(u"title"_s).toString(name);
        const QDateTime savedAt = QDateTime::fromString(envelope.value(u"savedAt"_s).toString(), Qt::ISODateWithMs);
        if (savedAt.isValid())
            entry.savedAt = savedAt;
        entry.content = envelope.value(u"content"_s).toString().toUtf8();
        if (!envelope.value(u"content"_s).isString())
            entry.error = u"not an autosaved worksheet: not read"_s;
        else if (entry.content.size() > InputLimits::worksheetBytes)
            entry.error = u"larger than %1, the limit for a worksheet: not read"_s.arg(
                BoundedReader::sizeText(InputLimits::worksheetBytes));
        if (!entry.error.isEmpty())
            entry.content.clear();
        entries << entry;
    }
    return entries;
}

} // namespace codedesk
