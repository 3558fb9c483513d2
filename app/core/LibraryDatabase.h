#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <functional>
#include <vector>

namespace codedesk {

// The user's library: imported reports and code sets in one embedded SQLite file under
// QStandardPaths::AppDataLocation. Created on first use, versioned with PRAGMA user_version and
// migrated forward one step at a time; a file from a newer CodeDesk is refused, never touched.
class LibraryDatabase final
{
public:
    explicit LibraryDatabase(QString path = defaultPath());
    ~LibraryDatabase();
    Q_DISABLE_COPY_MOVE(LibraryDatabase)

    static QString defaultPath();
    // "PATH: reason" for a database error; a lock held by another process is said as such.
    static QString describeError(const QString &path, const QSqlError &error);
    static int latestSchemaVersion();

    // Opens (creating folders and file as needed) and migrates. On failure returns false and
    // sets errorString(); the file is left as it was.
    bool open();
    bool isOpen() const { return m_open; }
    QString errorString() const { return m_error; }
    QString path() const { return m_path; }

    // QSqlDatabase connections belong to the thread that made them: each thread gets its own.
    QSqlDatabase connection() const;

private:
    bool migrate(QSqlDatabase &db);

    QString m_path;
    QString m_connectionPrefix;
    QString m_error;
    bool m_open = false;
};

} // namespace codedesk
