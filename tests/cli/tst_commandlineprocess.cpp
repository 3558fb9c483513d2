// The command-line contract as scripts see it: the real binary, no display, exit statuses.
#include "ProcessRunner.h"
#include "TestHome.h"

#include <QProcess>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace codedesk::test;

class TestCommandLineProcess final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_home = std::make_unique<TestHome>(); }
    void cleanup() { m_home.reset(); }

    void version_worksWithoutDisplay()
    {
        const ProcessResult result = runCodeDesk({u"--version"_s}, m_home->path());
        QVERIFY(!result.crashed);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, QByteArray("codedesk 0.1.0\n"));
    }

    void help_worksWithoutDisplay()
    {
        const ProcessResult result = runCodeDesk({u"--help"_s}, m_home->path());
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains("codedesk validate WORKSHEET"));
    }

    void unknownOption_exitsTwoWithoutDisplay()
    {
        const ProcessResult result = runCodeDesk({u"--no-such-option"_s}, m_home->path());
        QVERIFY(!result.crashed);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.startsWith("codedesk: "));
        QVERIFY(result.out.isEmpty());
    }

    void quitWhenReady_opensAndQuits()
    {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_home->path());
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        process.setProcessEnvironment(env);
        process.start(qEnvironmentVariable("CODEDESK_BINARY"), {u"--quit-when-ready"_s});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }

private:
    std::unique_ptr<TestHome> m_home;
};

QTEST_GUILESS_MAIN(TestCommandLineProcess)
#include "tst_commandlineprocess.moc"
