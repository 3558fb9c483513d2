#include "cli/CommandLine.h"
#include "CommandRun.h"
#include "TestHome.h"

#include <QFile>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Run = codedesk::test::CommandRun;
using namespace codedesk::cli;

class TestCommandLine final : public QObject
{
    Q_OBJECT

private:
    static Run run(const QStringList &arguments) { return codedesk::test::runCommand(arguments); }

private Q_SLOTS:
    void chooseMode_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("mode");
        QTest::newRow("no arguments") << QStringList{} << int(Mode::Window);
        QTest::newRow("worksheet file") << QStringList{codedesk::test::TestHome::dataPath(u"worksheets/valid.codedesk"_s)}
                                      << int(Mode::Window);
        QTest::newRow("quit when ready") << QStringList{u"--quit-when-ready"_s} << int(Mode::Window);
        QTest::newRow("version") << QStringList{u"--version"_s} << int(Mode::CommandLine);
        QTest::newRow("help") << QStringList{u"--help"_s} << int(Mode::CommandLine);
        QTest::newRow("unknown option") << QStringList{u"--bogus"_s} << int(Mode::CommandLine);
        QTest::newRow("list") << QStringList{u"list"_s, u"--json"_s} << int(Mode::CommandLine);
        QTest::newRow("mistyped command") << QStringList{u"lsit"_s} << int(Mode::CommandLine);
        QTest::newRow("missing worksheet") << QStringList{u"no/such/claim.codedesk"_s} << int(Mode::CommandLine);
        QTest::newRow("qt style option") << QStringList{u"-style"_s, u"fusion"_s} << int(Mode::Window);
        QTest::newRow("qt options joined") << QStringList{u"-style=fusion"_s, u"-reverse"_s, u"--platform"_s,
                                                          u"offscreen"_s, u"--quit-when-ready"_s}
                                           << int(Mode::Window);
        QTest::newRow("qt option then command") << QStringList{u"-reverse"_s, u"list"_s} << int(Mode::CommandLine);
        QTest::newRow("print paints") << QStringList{u"print"_s, u"--procedure"_s, u"47382"_s}
                                      << int(Mode::CommandLineWithGui);
    }

    void chooseMode()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, mode);
        QCOMPARE(int(codedesk::cli::chooseMode(QStringList{u"codedesk"_s} + arguments)), mode);
    }

    void windowOptions_collectsWorksheetsAndQuitFlag()
    {
        const auto options =
            codedesk::cli::windowOptions({u"codedesk"_s, u"--quit-when-ready"_s, u"a.codedesk"_s, u"b.codedesk"_s});
        QVERIFY(options.quitWhenReady);
        QCOMPARE(options.worksheets, (QStringList{u"a.codedesk"_s, u"b.codedesk"_s}));
    }

    void windowOptions_leavesQtWindowOptionsToQt()
    {
        const auto options = codedesk::cli::windowOptions(
            {u"codedesk"_s, u"-style"_s, u"fusion"_s, u"-reverse"_s, u"a.codedesk"_s, u"-platform=offscreen"_s});
        QCOMPARE(options.worksheets, QStringList{u"a.codedesk"_s});
    }

    void unknownCommand_isUsageErrorNamingTheCommands()
    {
        const Run result = run({u"lsit"_s});
        QCOMPARE(result.status, 2);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.startsWith(u"codedesk: 'lsit' is not a command"_s), qPrintable(result.err));
        for (const auto &command : {u"list"_s, u"show"_s, u"validate"_s, u"codeset"_s})
            QVERIFY2(result.err.contains(command), qPrintable(command));
        QVERIFY(result.err.contains(u"did you mean 'list'?"_s));
    }

    void unknownCommand_farFromAnyCommand_suggestsNothing()
    {
        const Run result = run({u"frobnicate"_s});
        QCOMPARE(result.status, 2);
        QVERIFY(!result.err.contains(u"did you mean"_s));
    }

    void missingWorksheet_failsNamingIt()
    {
        codedesk::test::TestHome home;
        const QString missing = home.filePath(u"gone.codedesk"_s);
        const QString present = home.filePath(u"here.codedesk"_s);
        QFile file(present);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QCOMPARE(int(codedesk::cli::chooseMode({u"codedesk"_s, present, missing})), int(Mode::CommandLine));
        QCOMPARE(int(codedesk::cli::chooseMode({u"codedesk"_s, present})), int(Mode::Window));
        const Run result = run({present, missing});
        QCOMPARE(result.status, 1);
        QCOMPARE(result.err, u"codedesk: %1: no such file\n"_s.arg(missing));
    }

    void version_printsNameAndVersion()
    {
        const Run result = run({u"--version"_s});
        QCOMPARE(result.status, 0);
        QCOMPARE(result.out, u"codedesk 0.1.0\n"_s);
        QVERIFY(result.err.isEmpty());
    }

    void help_listsEveryCommand()
    {
        const Run result = run({u"--help"_s});
        QCOMPARE(result.status, 0);
        for (const auto &command :
             {u"list"_s, u"show"_s, u"search"_s, u"import"_s, u"validate"_s, u"export"_s, u"print"_s, u"codeset"_s})
            QVERIFY2(result.out.contains(u"codedesk "_s + command), qPrintable(command));
    }

    void print_withoutThePrintingPart_isRefused()
    {
        // The lean codedesk executable never routes print here (chooseMode sends it to the
        // codedesk-gui module); a caller that does gets a clear refusal, not a crash.
        const Run result = run({u"print"_s, u"--procedure"_s, u"47382"_s, u"--pdf"_s, u"out.pdf"_s});
        QCOMPARE(result.status, 1);
        QVERIFY2(result.err.contains(u"'print' needs the graphical part"_s), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }

    void unknownOption_isUsageError()
    {
        const Run result = run({u"--bogus"_s});
        QCOMPARE(result.status, 2);
        QVERIFY(result.out.isEmpty());
        QVERIFY(result.err.startsWith(u"codedesk: "_s));
        QVERIFY(result.err.contains(u"bogus"_s));
    }

    void subcommandUnknownOption_isUsageError()
    {
        const Run result = run({u"list"_s, u"--bogus"_s});
        QCOMPARE(result.status, 2);
        QVERIFY(result.err.startsWith(u"codedesk: list: "_s));
    }

    void subcommandHelp_succeeds()
    {
        const Run result = run({u"list"_s, u"--help"_s});
        QCOMPARE(result.status, 0);
        QVERIFY(result.out.startsWith(u"Usage: codedesk list"_s));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
