#include "library/CodeBookmarks.h"

#include "core/LibraryDatabase.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

CodeBookmarks::CodeBookmarks(LibraryDatabase &database)
    : m_database(database)
{
}

QList<CodeBookmark> CodeBookmarks::favourites() const
{
    QList<CodeBookmark> result;
    QSqlQuery query(m_database.connection());
    if (query.exec(u"SELECT kind, code FROM code_favourite ORDER BY added_at DESC"_s)) {
        while (query.next())
            result.append({query.value(0).toString(), query.value(1).toString(), {}});
    }
    return result;
}

bool CodeBookmarks::isFavourite(const QString &kind, const QString &code) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT 1 FROM code_favourite WHERE kind = ? AND code = ?"_s);
    query.addBindValue(kind);
    query.addBindValue(code);
    return query.exec() && query.next();
}

bool CodeBookmarks::setFavourite(const QString &kind, const QString &code, bool favourite)
{
    QSqlQuery query(m_database.connection());
    if (favourite) {
        query.prepare(u"INSERT OR REPLACE INTO code_favourite (kind, code, added_at) VALUES (?, ?, ?)"_s);
        query.addBindValue(kind);
        query.addBindValue(code);
        query.addBindValue(now());
    } else {
        query.prepare(u"DELETE FROM code_favourite WHERE kind = ? AND code = ?"_s);
        query.addBindValue(kind);
        query.addBindValue(code);
    }
    return query.exec();
}

QString CodeBookmarks::note(const QString &kind, const QString &code) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT text FROM code_note WHERE kind = ? AND code = ?"_s);
    query.addBindValue(kind);
    query.addBindValue(code);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

bool CodeBookmarks::setNote(const QString &kind, const QString &code, const QString &text)
{
    QSqlQuery query(m_database.connection());
    if (text.trimmed().isEmpty()) {
        query.prepare(u"DELETE FROM code_note WHERE kind = ? AND code = ?"_s);
        query.addBindValue(kind);
        query.addBindValue(code);
    } else {
        query.prepare(u"INSERT OR REPLACE INTO code_note (kind, code, text, updated_at) VALUES (?, ?, ?, ?)"_s);
        query.addBindValue(kind);
        query.addBindValue(code);
        query.addBindValue(text);
        query.addBindValue(now());
    }
    return query.exec();
}

QList<CodeBookmark> CodeBookmarks::notes() const
{
    QList<CodeBookmark> result;
    QSqlQuery query(m_database.connection());
    if (query.exec(u"SELECT kind, code, text FROM code_note ORDER BY updated_at DESC"_s)) {
        while (query.next())
            result.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    }
    return result;
}

} // namespace codedesk
