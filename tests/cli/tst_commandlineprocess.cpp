// The command-line contract as scripts see it: the real binary, no display, exit statuses.
#include "ProcessRunner.h"
#include "TestHome.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

#include <tuple>

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

    void mistypedCommand_exitsTwoWithoutDisplay()
    {
        const ProcessResult result = runCodeDesk({u"lsit"_s}, m_home->path());
        QVERIFY(!result.crashed);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("'lsit' is not a command"), result.err.constData());
    }

    void missingWorksheet_exitsOneNamingIt()
    {
        const QString missing = m_home->filePath(u"gone.codedesk"_s);
        const ProcessResult result = runCodeDesk({missing}, m_home->path());
        QVERIFY(!result.crashed);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(missing.toUtf8() + ": no such file"), result.err.constData());
    }

    void window_withoutDisplay_saysSoAndFails()
    {
        const ProcessResult result = runCodeDesk({u"--quit-when-ready"_s}, m_home->path());
        QVERIFY(!result.crashed);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("cannot open the window: there is no display"), result.err.constData());
    }

    void window_withUnreachableDisplay_failsWithoutAborting()
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"QT_QPA_PLATFORM"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.insert(u"HOME"_s, m_home->path());
        env.insert(u"DISPLAY"_s, u":4711"_s); // no X server listens there
        process.setProcessEnvironment(env);
        process.start(qEnvironmentVariable("CODEDESK_BINARY"), {u"--quit-when-ready"_s});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(process.readAllStandardError().contains("codedesk: cannot open the window"));
    }

    void qtWindowOptions_areAccepted()
    {
        // -platform on the command line stands in for the display; -style and -reverse are Qt's.
        const ProcessResult result =
            runCodeDesk({u"-platform"_s, u"offscreen"_s, u"-style"_s, u"fusion"_s, u"-reverse"_s,
                         u"--quit-when-ready"_s},
                        m_home->path());
        QVERIFY(!result.crashed);
        QCOMPARE(result.exitCode, 0);
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

    void withoutTheGuiModule_commandsRun_andTheWindowSaysWhatIsMissing()
    {
        // The launcher and the command-line module alone, as if codedesk-gui.so had not been installed.
        const QString alone = m_home->filePath(u"bin/codedesk"_s);
        QVERIFY(QDir().mkpath(m_home->filePath(u"bin"_s)));
        QVERIFY(QFile::copy(qEnvironmentVariable("CODEDESK_BINARY"), alone));
        QVERIFY(QFile::copy(QFileInfo(qEnvironmentVariable("CODEDESK_BINARY")).absolutePath() + u"/codedesk-cli.so"_s,
                            m_home->filePath(u"bin/codedesk-cli.so"_s)));
        const auto run = [&](const QStringList &arguments) {
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"HOME"_s, m_home->path());
            env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
            process.setProcessEnvironment(env);
            process.start(alone, arguments);
            process.waitForFinished(60000);
            return std::tuple{process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
        };
        const auto [listStatus, listOut, listErr] = run({u"list"_s});
        QCOMPARE(listStatus, 0);
        QVERIFY(listOut.startsWith("47370\t"));
        const auto [windowStatus, windowOut, windowErr] = run({u"--quit-when-ready"_s});
        QCOMPARE(windowStatus, 1);
        QVERIFY2(windowErr.contains("cannot load the window and printing module codedesk-gui.so"),
                 windowErr.constData());
        QVERIFY(windowErr.contains(QFileInfo(alone).absolutePath().toUtf8()));
        const auto [printStatus, printOut, printErr] =
            run({u"print"_s, u"--procedure"_s, u"47382"_s, u"--pdf"_s, m_home->filePath(u"p.pdf"_s)});
        QCOMPARE(printStatus, 1);
        QVERIFY(!QFile::exists(m_home->filePath(u"p.pdf"_s)));
    }

    void withoutTheCommandLineModule_theLauncherSaysWhereItLooked()
    {
        const QString alone = m_home->filePath(u"bin/codedesk"_s);
        QVERIFY(QDir().mkpath(m_home->filePath(u"bin"_s)));
        QVERIFY(QFile::copy(qEnvironmentVariable("CODEDESK_BINARY"), alone));
        QProcess process;
        process.start(alone, {u"codeset"_s, u"search"_s, u"icd10cm"_s, u"C78"_s});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 1);
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(err.startsWith("codedesk: cannot load the command-line module codedesk-cli.so: not found at "),
                 err.constData());
        QVERIFY(err.contains(QFileInfo(alone).absolutePath().toUtf8()));
        QVERIFY(process.readAllStandardOutput().isEmpty());
    }

private:
    std::unique_ptr<TestHome> m_home;
};

QTEST_GUILESS_MAIN(TestCommandLineProcess)
#include "tst_commandlineprocess.moc"
