#include "TestHome.h"

#include "core/AppIdentity.h"
#include "core/LibraryDatabase.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace codedesk::test {

TestHome::TestHome()
    : m_oldHome(qgetenv("HOME"))
{
    QVERIFY2(m_dir.isValid(), "cannot create a temporary home");
    qputenv("HOME", QFile::encodeName(m_dir.path()));
    for (const char *name : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        qunsetenv(name);
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_dir.path() + u"/runtime"_s));
    QDir().mkpath(m_dir.path() + u"/runtime"_s);
    QFile::setPermissions(m_dir.path() + u"/runtime"_s,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QStandardPaths::setTestModeEnabled(true);
    // QSettings keeps its folder for the whole process, so a fresh home alone is not a fresh
    // configuration: start each test from empty settings.
    setApplicationIdentity();
    QSettings().clear();
}

TestHome::~TestHome()
{
    qputenv("HOME", m_oldHome);
}

QString TestHome::dataPath(const QString &name)
{
    return qEnvironmentVariable("CODEDESK_TEST_DATA") + u'/' + name;
}

QByteArray TestHome::readData(const QString &name)
{
    QFile file(dataPath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

std::unique_ptr<LibraryDatabase> TestHome::openLibrary() const
{
    auto database = std::make_unique<LibraryDatabase>(filePath(u"library.sqlite"_s));
    if (!database->open()) {
        qWarning("%s", qPrintable(database->errorString()));
        return nullptr;
    }
    return database;
}

} // namespace codedesk::test
