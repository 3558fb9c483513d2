#pragma once

#include "core/LibraryDatabase.h"

#include <QString>

namespace codedesk {

// Everything one running CodeDesk works with: the user's library database and what is loaded
// from it and from the bundled resources. The window and the command line each make one.
class Workspace final
{
public:
    explicit Workspace(const QString &libraryPath = LibraryDatabase::defaultPath());
    ~Workspace();
    Q_DISABLE_COPY_MOVE(Workspace)

    // Opens the library and loads bundled and imported data. On failure errorString() names
    // the file and the reason; what could be loaded still is.
    bool load();
    QString errorString() const { return m_error; }

    LibraryDatabase &database() { return m_database; }

private:
    LibraryDatabase m_database;
    QString m_error;
};

} // namespace codedesk
