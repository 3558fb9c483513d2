#include "core/LibraryDatabase.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringList>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

namespace {

// Each entry moves the schema from version (index) to version (index + 1). Append only.
const std::vector<QStringList> &migrations()
{
    static const std::vector<QStringList> steps = {
        // 1: imported procedure reports, kept as the bytes the user gave us and parsed on load.
        {
            u"CREATE TABLE imported_report ("
            "  code TEXT PRIMARY KEY,"
            "  file_name TEXT NOT NULL,"
            "  sha256 TEXT NOT NULL,"
            "  content BLOB NOT NULL,"
            "  imported_at TEXT NOT NULL)"_s,
        },
    };
    return steps;
}

QAtomicInt nextDatabaseId;

} // namespace

LibraryDatabase::LibraryDatabase(QString path)
    : m_path(std::move(path))
    , m_connectionPrefix(u"codedesk-library-%1"_s.arg(nextDatabaseId.fetchAndAddRelaxed(1)))
{
}

LibraryDatabase::~LibraryDatabase()
{
    const auto names = QSqlDatabase::connectionNames();
    for (const QString &name : names) {
        if (name.startsWith(m_connectionPrefix + u'/')) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
    }
}

QString LibraryDatabase::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/library.sqlite"_s;
}

int LibraryDatabase::latestSchemaVersion()
{
    return int(migrations().size());
}

QSqlDatabase LibraryDatabase::connection() const
{
    const QString name = m_connectionPrefix + u'/' + QString::number(quintptr(QThread::currentThreadId()));
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(m_path);
    if (db.open()) {
        QSqlQuery pragma(db);
        pragma.exec(u"PRAGMA foreign_keys = ON"_s);
        pragma.exec(u"PRAGMA busy_timeout = 5000"_s);
    }
    return db;
}

bool LibraryDatabase::open()
{
    m_open = false;
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        m_error = u"%1: cannot create the folder for the library"_s.arg(info.absolutePath());
        return false;
    }
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        m_error = u"%1: %2"_s.arg(m_path, db.lastError().text());
        return false;
    }
    if (!migrate(db))
        return false;
    m_open = true;
    return true;
}

bool LibraryDatabase::migrate(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
        m_error = u"%1: not a CodeDesk library (%2)"_s.arg(m_path, query.lastError().text());
        return false;
    }
    const int current = query.value(0).toInt();
    const int latest = latestSchemaVersion();
    if (current > latest) {
        m_error = u"%1: this library was written by a newer CodeDesk (schema %2, this version knows %3)"_s.arg(
            m_path)
                      .arg(current)
                      .arg(latest);
        return false;
    }
    for (int version = current; version < latest; ++version) {
        if (!db.transaction()) {
            m_error = u"%1: %2"_s.arg(m_path, db.lastError().text());
            return false;
        }
        for (const QString &statement : migrations()[size_t(version)]) {
            if (!query.exec(statement)) {
                m_error = u"%1: migrating to schema %2 failed: %3"_s.arg(m_path)
                              .arg(version + 1)
                              .arg(query.lastError().text());
                db.rollback();
                return false;
            }
        }
        query.exec(u"PRAGMA user_version = %1"_s.arg(version + 1));
        if (!db.commit()) {
            m_error = u"%1: %2"_s.arg(m_path, db.lastError().text());
            return false;
        }
    }
    return true;
}

} // namespace codedesk
