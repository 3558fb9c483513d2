#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace codedesk {
class LibraryDatabase;
}

namespace codedesk::test {

// Gives a test its own empty home: HOME and the XDG folders point into a fresh temporary
// directory and QStandardPaths test mode is on, so settings, the library database and recovery
// files never touch the developer's, nor another test's running in parallel.
class TestHome final
{
public:
    TestHome();
    ~TestHome();

    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    // A library database (library.sqlite) in this home, opened; null if it would not open.
    std::unique_ptr<LibraryDatabase> openLibrary() const;

    // Fixtures in tests/data.
    static QString dataPath(const QString &name);
    static QByteArray readData(const QString &name);

private:
    QTemporaryDir m_dir;
    QByteArray m_oldHome;
};

} // namespace codedesk::test
