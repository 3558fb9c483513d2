#pragma once

#include <QList>
#include <QString>

namespace codedesk {

class LibraryDatabase;

// A code the coder keeps: a favourite, or a personal note (kind as `show --kind` names it).
struct CodeBookmark
{
    QString kind;
    QString code;
    QString text; // the note; empty for a favourite
};

// The coder's favourites and personal notes per code, kept in the library database.
class CodeBookmarks final
{
public:
    explicit CodeBookmarks(LibraryDatabase &database);

    QList<CodeBookmark> favourites() const; // most recently starred first
    bool isFavourite(const QString &kind, const QString &code) const;
    bool setFavourite(const QString &kind, const QString &code, bool favourite);

    QString note(const QString &kind, const QString &code) const;
    bool setNote(const QString &kind, const QString &code, const QString &text); // empty text removes it
    QList<CodeBookmark> notes() const; // every note, most recently written first

private:
    LibraryDatabase &m_database;
};

} // namespace codedesk
