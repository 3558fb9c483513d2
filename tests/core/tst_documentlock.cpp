#include "core/DocumentLock.h"
#include "TestHome.h"

#include <QProcess>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using codedesk::DocumentLock;

class TestDocumentLock final : public QObject
{
    Q_OBJECT

private:
    QString holderPath() const { return QCoreApplication::applicationDirPath() + u"/lock_holder"_s; }

    void startHolder(QProcess &holder, const QString &document)
    {
        holder.start(holderPath(), {document});
        QVERIFY(holder.waitForStarted());
        QVERIFY(holder.waitForReadyRead(10000));
        QCOMPARE(holder.readLine().trimmed(), QByteArray("locked"));
    }

private Q_SLOTS:
    void init() { m_home = std::make_unique<codedesk::test::TestHome>(); }
    void cleanup() { m_home.reset(); }

    void tryLock_freeDocument_succeedsAndReleases()
    {
        const QString document = m_home->filePath(u"claim.codedesk"_s);
        {
            DocumentLock lock(document);
            QVERIFY(lock.tryLock());
            QVERIFY(QFile::exists(DocumentLock::lockPathFor(document)));
        }
        QVERIFY(!QFile::exists(DocumentLock::lockPathFor(document)));
    }

    void tryLock_heldByAnotherProcess_failsNamingProcessAndHost()
    {
        const QString document = m_home->filePath(u"claim.codedesk"_s);
        QProcess holder;
        startHolder(holder, document);

        DocumentLock lock(document);
        QVERIFY(!lock.tryLock());
        QCOMPARE(lock.holderPid(), holder.processId());
        QVERIFY(!lock.holderHost().isEmpty());
        QVERIFY(lock.holderDescription().contains(QString::number(holder.processId())));
        QVERIFY(lock.holderDescription().contains(u"lock_holder"_s));

        holder.closeWriteChannel();
        QVERIFY(holder.waitForFinished());
        QVERIFY(lock.tryLock());
    }

    void tryLock_lockOfKilledProcess_isTakenOver()
    {
        const QString document = m_home->filePath(u"claim.codedesk"_s);
        QProcess holder;
        startHolder(holder, document);
        holder.kill(); // SIGKILL: the lock file stays behind
        QVERIFY(holder.waitForFinished());
        QVERIFY(QFile::exists(DocumentLock::lockPathFor(document)));

        DocumentLock lock(document);
        QVERIFY(lock.tryLock());
    }

private:
    std::unique_ptr<codedesk::test::TestHome> m_home;
};

QTEST_GUILESS_MAIN(TestDocumentLock)
#include "tst_documentlock.moc"
