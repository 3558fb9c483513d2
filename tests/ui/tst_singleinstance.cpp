// One CodeDesk window per user: a second `codedesk FILE` hands FILE to the running window.
#include "InstanceChannel.h"
#include "SingleInstance.h"
#include "TestHome.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <thread>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using codedesk::ui::InstanceChannel;
using codedesk::ui::SingleInstance;

class TestSingleInstance final : public QObject
{
    Q_OBJECT

private:
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_home->path());
        env.insert(u"XDG_RUNTIME_DIR"_s, m_runtime);
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        for (const QString &name : {u"XDG_DATA_HOME"_s, u"XDG_CONFIG_HOME"_s, u"XDG_CACHE_HOME"_s})
            env.remove(name);
        return env;
    }

private Q_SLOTS:
    void init()
    {
        m_home = std::make_unique<codedesk::test::TestHome>();
        m_runtime = m_home->filePath(u"run"_s);
        QVERIFY(QDir().mkpath(m_runtime));
        QFile::setPermissions(m_runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime));
    }
    void cleanup() { m_home.reset(); }

    void socketName_isPerUserInTheRuntimeFolder()
    {
        QCOMPARE(InstanceChannel::socketName(), m_runtime + u"/io.github.codedesk.codedesk.socket"_s);
        qputenv("XDG_RUNTIME_DIR", "");
        QVERIFY(InstanceChannel::socketName().contains(QString::number(::getuid())));
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime));
    }

    void forward_withNobodyRunning_isRefused()
    {
        QVERIFY(!SingleInstance::forwardToRunning(InstanceChannel::socketName(), {u"a.codedesk"_s}));
    }

    // Starting the window loads Qt Network only when a socket says an instance may be running.
    void channel_withNoSocket_forwardsNothingAndLoadsNothing()
    {
        InstanceChannel channel(QStringLiteral(CODEDESK_INSTANCE_MODULE));
        QVERIFY(!channel.forwardToRunning({u"a.codedesk"_s}));
        QVERIFY(!channel.isModuleLoaded());
    }

    void channel_handsFilesToTheListeningChannel()
    {
        InstanceChannel first(QStringLiteral(CODEDESK_INSTANCE_MODULE));
        QVERIFY2(first.listen(), qPrintable(first.errorString()));
        QVERIFY(first.isModuleLoaded());
        QSignalSpy requested(&first, &InstanceChannel::filesRequested);

        // The second end blocks while it waits for the answer: it runs beside the first's loop.
        InstanceChannel second(QStringLiteral(CODEDESK_INSTANCE_MODULE));
        bool taken = false;
        std::thread sender([&] { taken = second.forwardToRunning({u"/tmp/claim.codedesk"_s}); });
        QTRY_COMPARE_WITH_TIMEOUT(requested.count(), 1, 15000);
        sender.join();
        QVERIFY(taken);
        QCOMPARE(requested.at(0).at(0).toStringList(), QStringList{u"/tmp/claim.codedesk"_s});
    }

    void channel_withoutItsModule_saysSo()
    {
        const QString missing = m_home->filePath(u"nowhere/codedesk-instance.so"_s);
        InstanceChannel channel(missing);
        QVERIFY(!channel.listen());
        QVERIFY2(channel.errorString().contains(u"codedesk-instance"_s), qPrintable(channel.errorString()));
        QFile leftover(InstanceChannel::socketName()); // a socket file, as if an instance ran
        QVERIFY(leftover.open(QIODevice::WriteOnly));
        leftover.close();
        QVERIFY(!channel.forwardToRunning({}));
    }

    void listen_takesOverWhatACrashLeftBehind()
    {
        QFile leftover(InstanceChannel::socketName());
        QVERIFY(leftover.open(QIODevice::WriteOnly));
        leftover.close();
        SingleInstance instance(InstanceChannel::socketName());
        QVERIFY(instance.listen());
    }

    void secondProcess_opensItsWorksheetInTheFirstWindow()
    {
        const QString worksheet = m_home->filePath(u"claim.codedesk"_s);
        QVERIFY(QFile::copy(codedesk::test::TestHome::dataPath(u"worksheets/valid.codedesk"_s), worksheet));
        QFile::setPermissions(worksheet, QFile::ReadOwner | QFile::WriteOwner);

        QProcess first;
        first.setProcessEnvironment(environment());
        first.start(qEnvironmentVariable("CODEDESK_BINARY"), {});
        QVERIFY(first.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(InstanceChannel::socketName()), 60000);

        QProcess second;
        second.setProcessEnvironment(environment());
        second.setWorkingDirectory(m_home->path());
        second.start(qEnvironmentVariable("CODEDESK_BINARY"), {u"claim.codedesk"_s}); // relative to its folder
        QVERIFY(second.waitForFinished(60000));
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);

        // The first process opened it: it holds the worksheet's lock.
        QLockFile lock(worksheet + u".lock"_s);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(worksheet + u".lock"_s), 30000);
        qint64 holder = 0;
        QString host;
        QString application;
        QVERIFY(lock.getLockInfo(&holder, &host, &application));
        QCOMPARE(holder, first.processId());
        QCOMPARE(first.state(), QProcess::Running);

        first.kill();
        first.waitForFinished();
    }

private:
    std::unique_ptr<codedesk::test::TestHome> m_home;
    QString m_runtime;
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
