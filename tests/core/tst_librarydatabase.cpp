#include "core/LibraryDatabase.h"
#include "TestHome.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

#include <thread>

using namespace Qt::Literals::StringLiterals;
using codedesk::LibraryDatabase;

class TestLibraryDatabase final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_home = std::make_unique<codedesk::test::TestHome>(); }
    void cleanup() { m_home.reset(); }

    void open_firstRun_createsFileAtLatestSchema()
    {
        const QString path = m_home->filePath(u"nested/folder/library.sqlite"_s);
        LibraryDatabase db(path);
        QVERIFY2(db.open(), qPrintable(db.errorString()));
        QVERIFY(QFile::exists(path));
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(u"PRAGMA user_version"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), LibraryDatabase::latestSchemaVersion());
    }

    // Threads that come one after another (a pool's expired worker and its successor) often get
    // the same native id; each must still get a connection of its own that works.
    void connection_inThreadsOneAfterAnother_eachWorks()
    {
        LibraryDatabase db(m_home->filePath(u"library.sqlite"_s));
        QVERIFY(db.open());
        int working = 0;
        for (int i = 0; i < 20; ++i) {
            std::thread worker([&db, &working] {
                QSqlQuery query(db.connection());
                if (query.exec(u"SELECT count(*) FROM imported_report"_s) && query.next())
                    ++working;
            });
            worker.join();
        }
        QCOMPARE(working, 20);
    }

    void open_again_keepsData()
    {
        const QString path = m_home->filePath(u"library.sqlite"_s);
        {
            LibraryDatabase db(path);
            QVERIFY(db.open());
            QSqlQuery query(db.connection());
            QVERIFY(query.exec(u"INSERT INTO imported_report (code, file_name, sha256, content, imported_at) "
                               "VALUES ('99999', 'a.txt', 'ab', x'00', 'now')"_s));
        }
        LibraryDatabase db(path);
        QVERIFY(db.open());
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(u"SELECT count(*) FROM imported_report"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }

    void open_newerSchema_isRefusedAndUntouched()
    {
        const QString path = m_home->filePath(u"library.sqlite"_s);
        {
            LibraryDatabase db(path);
            QVERIFY(db.open());
            QSqlQuery query(db.connection());
            QVERIFY(query.exec(u"PRAGMA user_version = 999"_s));
        }
        LibraryDatabase db(path);
        QVERIFY(!db.open());
        QVERIFY(db.errorString().contains(u"newer CodeDesk"_s));
        QVERIFY(db.errorString().contains(path));
    }

    void open_notADatabase_fails()
    {
        const QString path = m_home->filePath(u"library.sqlite"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        LibraryDatabase db(path);
        QVERIFY(!db.open());
        QVERIFY(!db.errorString().isEmpty());
    }

    void defaultPath_isUnderAppData()
    {
        QVERIFY(LibraryDatabase::defaultPath().endsWith(u"/library.sqlite"_s));
        QVERIFY(LibraryDatabase::defaultPath().startsWith(m_home->path()));
    }

private:
    std::unique_ptr<codedesk::test::TestHome> m_home;
};

QTEST_GUILESS_MAIN(TestLibraryDatabase)
#include "tst_librarydatabase.moc"
