#include "core/InputLimits.h"
#include "core/RecoveryStore.h"
#include "TestHome.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using codedesk::RecoveryStore;
namespace InputLimits = codedesk::InputLimits;

class TestRecoveryStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_home = std::make_unique<codedesk::test::TestHome>(); }
    void cleanup() { m_home.reset(); }

    void save_createsPrivateFolderAndFile()
    {
        RecoveryStore store;
        QVERIFY(store.folder().startsWith(m_home->path()));
        const QString id = RecoveryStore::newId();
        QString error;
        QVERIFY2(store.save(id, u"/tmp/a.codedesk"_s, u"a.codedesk"_s, "{}", &error), qPrintable(error));
        const auto folderPermissions = QFileInfo(store.folder()).permissions();
        QVERIFY(folderPermissions.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        QCOMPARE(folderPermissions & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                                      | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther),
                 QFileDevice::Permissions());
        const QFileInfo file(store.folder() + u'/' + id);
        QVERIFY(file.exists());
        QVERIFY(!(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
    }

    void orphans_skipsCopiesOfThisProcess()
    {
        RecoveryStore store;
        QVERIFY(store.save(RecoveryStore::newId(), {}, u"Untitled"_s, "{}"));
        QVERIFY(store.orphans().isEmpty());
    }

    void orphans_returnsCopiesOfDeadProcesses()
    {
        RecoveryStore store;
        QVERIFY(QDir().mkpath(store.folder()));
        QFile file(store.folder() + u"/left.recovery"_s);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // pid 2147483632 is beyond any pid_max, so the process is certainly gone.
        const QJsonObject envelope{{u"originalPath"_s, u"/x/claim.codedesk"_s},
                                   {u"title"_s, u"claim.codedesk"_s},
                                   {u"savedAt"_s, u"2026-11-23T10:00:00.000Z"_s},
                                   {u"pid"_s, 2147483632LL},
                                   {u"content"_s, u"{\"format\":1}"_s}};
        file.write(QJsonDocument(envelope).toJson());
        file.close();
        const auto orphans = store.orphans();
        QCOMPARE(orphans.size(), 1);
        QCOMPARE(orphans.first().originalPath, u"/x/claim.codedesk"_s);
        QCOMPARE(orphans.first().content, QByteArray("{\"format\":1}"));
        store.discard(orphans.first().id);
        QVERIFY(store.orphans().isEmpty());
    }

    // A copy left by a dead process, as a JSON envelope around `content`.
    void writeOrphan(const RecoveryStore &store, const QString &name, const QByteArray &content)
    {
        QVERIFY(QDir().mkpath(store.folder()));
        QFile file(store.folder() + u'/' + name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"pid":2147483632,"title":"big.codedesk","originalPath":"/x/big.codedesk","content":")");
        file.write(content);
        file.write(R"("})");
    }

    void orphans_worksheetOverTheLimit_isRefusedAndSaysSo()
    {
        RecoveryStore store;
        QByteArray inside(InputLimits::worksheetBytes + 1, 'a');
        writeOrphan(store, u"big.recovery"_s, inside);
        const auto orphans = store.orphans();
        QCOMPARE(orphans.size(), 1);
        QCOMPARE(orphans.first().title, u"big.codedesk"_s);
        QVERIFY(orphans.first().content.isEmpty());
        QVERIFY2(orphans.first().error.contains(u"16 MiB, the limit for a worksheet"_s),
                 qPrintable(orphans.first().error));
        QVERIFY(QFile::exists(store.folder() + u"/big.recovery"_s)); // kept until the coder discards it
    }

    void orphans_copyOverItsLimit_isNotReadWhole()
    {
        // Nothing of it is parsed: read up to the limit of a copy and refused.
        RecoveryStore store;
        QVERIFY(QDir().mkpath(store.folder()));
        QFile file(store.folder() + u"/huge.recovery"_s);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(3 * InputLimits::worksheetBytes)); // sparse: no disk used
        file.close();
        const auto orphans = store.orphans();
        QCOMPARE(orphans.size(), 1);
        QCOMPARE(orphans.first().id, u"huge.recovery"_s);
        QVERIFY(orphans.first().content.isEmpty());
        QVERIFY2(orphans.first().error.contains(u"larger than"_s) &&
                     orphans.first().error.contains(u"the limit for an autosaved worksheet"_s),
                 qPrintable(orphans.first().error));
    }

    void orphans_withinTheLimit_isReadWhole()
    {
        RecoveryStore store;
        writeOrphan(store, u"ok.recovery"_s, QByteArray(1024 * 1024, 'b'));
        const auto orphans = store.orphans();
        QCOMPARE(orphans.size(), 1);
        QVERIFY(orphans.first().error.isEmpty());
        QCOMPARE(orphans.first().content.size(), 1024 * 1024);
    }

    void orphans_notACopy_isRefused()
    {
        RecoveryStore store;
        QVERIFY(QDir().mkpath(store.folder()));
        QFile file(store.folder() + u"/garbage.recovery"_s);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\x00\x01 not json");
        file.close();
        const auto orphans = store.orphans();
        QCOMPARE(orphans.size(), 1);
        QVERIFY(!orphans.first().error.isEmpty());
    }

    void save_unwritableFolder_reportsError()
    {
        RecoveryStore store(u"/proc/codedesk-cannot-write-here"_s);
        QString error;
        QVERIFY(!store.save(RecoveryStore::newId(), {}, u"x"_s, "{}", &error));
        QVERIFY(error.contains(u"/proc/codedesk-cannot-write-here"_s));
    }

private:
    std::unique_ptr<codedesk::test::TestHome> m_home;
};

QTEST_GUILESS_MAIN(TestRecoveryStore)
#include "tst_recoverystore.moc"
