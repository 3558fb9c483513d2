// The library database and the settings file are owner-only, also when they already exist with
// wider modes; a library locked by another connection is reported as locked.
#include "core/AppIdentity.h"
#include "core/LibraryDatabase.h"
#include "core/SettingsFile.h"
#include "TestHome.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace codedesk;

namespace {

constexpr auto OwnerFile =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;

QFileDevice::Permissions othersAndGroup(const QString &path)
{
    return QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                                            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther);
}

constexpr auto Wide =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
constexpr auto WideFolder = Wide | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;

} // namespace

class TestPrivateFiles final : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void library_newFile_isOwnerOnly()
    {
        const QString path = m_home.filePath(u"new/library.sqlite"_s);
        LibraryDatabase db(path);
        QVERIFY2(db.open(), qPrintable(db.errorString()));
        QCOMPARE(othersAndGroup(path), QFileDevice::Permissions());
        QCOMPARE(othersAndGroup(QFileInfo(path).absolutePath()), QFileDevice::Permissions());
    }

    void library_existingWithWiderModes_becomesOwnerOnly()
    {
        const QString path = m_home.filePath(u"data/library.sqlite"_s);
        {
            LibraryDatabase db(path);
            QVERIFY(db.open());
        }
        QVERIFY(QFile::setPermissions(path, Wide));
        QVERIFY(QFile::setPermissions(QFileInfo(path).absolutePath(), WideFolder));
        QVERIFY(othersAndGroup(path) != QFileDevice::Permissions());
        LibraryDatabase db(path);
        QVERIFY2(db.open(), qPrintable(db.errorString()));
        QCOMPARE(QFileInfo(path).permissions(), OwnerFile);
        QCOMPARE(othersAndGroup(QFileInfo(path).absolutePath()), QFileDevice::Permissions());
    }

    void library_lockedByAnotherConnection_saysLocked()
    {
        const QString path = m_home.filePath(u"locked.sqlite"_s);
        {
            LibraryDatabase db(path);
            QVERIFY(db.open());
        }
        {
            QSqlDatabase holder = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"holder"_s);
            holder.setDatabaseName(path);
            QVERIFY(holder.open());
            QSqlQuery lock(holder);
            QVERIFY(lock.exec(u"BEGIN EXCLUSIVE"_s));

            LibraryDatabase db(path);
            QVERIFY(!db.open()); // after the busy timeout
            QVERIFY2(db.errorString().startsWith(path + u": the library is locked by another program"_s),
                     qPrintable(db.errorString()));
            QVERIFY(!db.errorString().contains(u"not a CodeDesk library"_s));
            QVERIFY(lock.exec(u"ROLLBACK"_s));
            holder.close();
        }
        QSqlDatabase::removeDatabase(u"holder"_s);
        LibraryDatabase db(path);
        QVERIFY2(db.open(), qPrintable(db.errorString()));
    }

    void library_garbageFile_isStillNotALibrary()
    {
        const QString path = m_home.filePath(u"garbage.sqlite"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        LibraryDatabase db(path);
        QVERIFY(!db.open());
        QVERIFY2(db.errorString().contains(u"not a CodeDesk library"_s) ||
                     db.errorString().contains(u"not a database"_s),
                 qPrintable(db.errorString()));
        QVERIFY(!db.errorString().contains(u"locked"_s));
    }

    void settings_missing_areCreatedOwnerOnly()
    {
        const QString path = QSettings().fileName();
        QVERIFY2(path.startsWith(m_home.path()), qPrintable(path));
        QFile::remove(path);
        QVERIFY(makeSettingsOwnerOnly());
        QVERIFY(QFile::exists(path));
        QCOMPARE(QFileInfo(path).permissions(), OwnerFile);
        QSettings settings;
        settings.setValue(u"k"_s, 1);
        settings.sync();
        QCOMPARE(QFileInfo(path).permissions(), OwnerFile);
    }

    void settings_existingWithWiderModes_becomeOwnerOnlyAndStaySo()
    {
        const QString path = QSettings().fileName();
        const QString folder = QFileInfo(path).absolutePath();
        QVERIFY(QDir().mkpath(folder));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("[worksheets]\n");
        }
        QVERIFY(QFile::setPermissions(path, Wide));
        QVERIFY(QFile::setPermissions(folder, WideFolder));

        QString error;
        QVERIFY2(makeSettingsOwnerOnly(&error), qPrintable(error));
        QCOMPARE(QFileInfo(path).permissions(), OwnerFile);
        QCOMPARE(othersAndGroup(folder), QFileDevice::Permissions());

        {
            QSettings settings;
            settings.setValue(u"worksheets/recentFiles"_s, QStringList{u"/home/coder/Patient Name.codedesk"_s});
            settings.sync();
            QCOMPARE(settings.status(), QSettings::NoError);
        }
        QCOMPARE(QFileInfo(path).permissions(), OwnerFile);
    }

private:
    // One home for the whole run: QSettings keeps the folder it first saw for the process.
    test::TestHome m_home;
};

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "tst_privatefiles.moc"
