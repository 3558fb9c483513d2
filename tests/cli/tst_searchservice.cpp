// The search service: its protocol and address (plain C++), what it answers and declines, and
// the real launcher handing a search to it.
#include "cli/SearchService.h"
#include "CommandRun.h"
#include "service/SearchServiceClient.h"
#include "service/ServiceAddress.h"
#include "service/ServiceProtocol.h"
#include "TestHome.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using namespace codedesk;

namespace {

service::Answer answerTo(const std::vector<std::string> &arguments)
{
    const std::string request = service::encodeRequest({arguments, QDir::currentPath().toStdString()});
    const QByteArray reply = cli::SearchService::answer(QByteArray::fromStdString(request));
    const auto answer = service::decodeAnswer(std::string_view(reply.constData(), size_t(reply.size())));
    if (!answer)
        qFatal("the service's answer does not decode");
    return *answer;
}

// True once nobody holds the lock: the service has quit.
bool lockIsFree(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return true;
    const bool free = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
    ::close(fd);
    return free;
}

// The process serving `socket`, from /proc; 0 if none.
qint64 serviceProcess(const QString &socket)
{
    const QByteArray wanted = QByteArray("--search-service") + '\0' + QFile::encodeName(socket) + '\0';
    for (const QString &entry : QDir(u"/proc"_s).entryList(QDir::Dirs)) {
        bool number = false;
        const qint64 pid = entry.toLongLong(&number);
        QFile cmdline(u"/proc/%1/cmdline"_s.arg(entry));
        if (number && cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(wanted))
            return pid;
    }
    return 0;
}

} // namespace

class TestSearchService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_home = std::make_unique<test::TestHome>(); }
    void cleanup() { m_home.reset(); }

    void protocol_roundTrips_andRefusesMalformedBytes()
    {
        const service::Request request{{"codeset", "search", "icd10cm", "C78.7 \xc3\xa9"}, "/tmp/x"};
        const auto decoded = service::decodeRequest(service::encodeRequest(request));
        QVERIFY(decoded);
        QCOMPARE(decoded->arguments, request.arguments);
        QCOMPARE(decoded->workingDirectory, request.workingDirectory);

        service::Answer answer;
        answer.exitCode = 2;
        answer.out = std::string("a\0b", 3);
        answer.err = "codedesk: no";
        const auto back = service::decodeAnswer(service::encodeAnswer(answer));
        QVERIFY(back);
        QCOMPARE(back->exitCode, 2);
        QCOMPARE(back->out, answer.out);
        QCOMPARE(back->err, answer.err);
        QVERIFY(!back->declined);

        const std::string bytes = service::encodeRequest(request);
        QVERIFY(!service::decodeRequest(bytes.substr(0, bytes.size() - 1)));  // cut short
        QVERIFY(!service::decodeRequest(bytes + 'x'));                        // trailing bytes
        QVERIFY(!service::decodeRequest(std::string("\xff\xff\xff\x7f", 4))); // two billion arguments
        std::vector<std::string> many(service::MaxArguments + 1, "x");
        QVERIFY(!service::decodeRequest(service::encodeRequest({many, "/"})));
        QVERIFY(!service::decodeAnswer(std::string(3, '\0')));
    }

    void frames_overASocket_refuseAWrongMagicAndAnOversizedLength()
    {
        int pair[2];
        QCOMPARE(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair), 0);
        QVERIFY(service::writeFrame(pair[0], "hello"));
        QCOMPARE(service::readFrame(pair[1], 100, 1000).value_or("?"), std::string("hello"));
        QVERIFY(service::writeFrame(pair[0], std::string(200, 'x')));
        QVERIFY(!service::readFrame(pair[1], 100, 1000)); // longer than allowed: not read
        ::close(pair[0]);
        ::close(pair[1]);
        QCOMPARE(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair), 0);
        QCOMPARE(::write(pair[0], "XXXX\x01\0\0\0y", 9), ssize_t(9));
        QVERIFY(!service::readFrame(pair[1], 100, 1000));
        QVERIFY(!service::readFrame(pair[1], 100, 50)); // nothing more comes: gives up in time
        ::close(pair[0]);
        ::close(pair[1]);
    }

    void key_followsWhatDecidesTheAnswer_only()
    {
        const std::vector<std::string> files{"1:2:3:4.5", "1:7:3:4.5"};
        const std::vector<std::string> env{"HOME=/home/a", "LANG=C.UTF-8", "PWD=/x", "_=/usr/bin/codedesk"};
        const std::string key = service::ServiceAddress::keyOf(files, 1000, env);
        QCOMPARE(key.size(), size_t(16));
        // The same in any order; the shell's PWD and _ do not count.
        QCOMPARE(service::ServiceAddress::keyOf(files, 1000, {"_=/bin/sh", "LANG=C.UTF-8", "HOME=/home/a", "PWD=/y"}),
                 key);
        QVERIFY(service::ServiceAddress::keyOf(files, 1000, {"HOME=/home/b", "LANG=C.UTF-8"}) != key);
        QVERIFY(service::ServiceAddress::keyOf(files, 1000, {"HOME=/home/a", "LANG=C.UTF-8", "XDG_DATA_HOME=/d"}) !=
                key);
        QVERIFY(service::ServiceAddress::keyOf(
                    files, 1000, {"HOME=/home/a", "LANG=C.UTF-8", "CODEDESK_SEARCH_SERVICE_IDLE=5"}) != key);
        QVERIFY(service::ServiceAddress::keyOf({"1:2:3:4.5", "1:7:3:9.0"}, 1000, env) != key); // a rebuilt module
        QVERIFY(service::ServiceAddress::keyOf(files, 1001, env) != key);
    }

    void privateFolder_isOnlyEverTheUsersOwn()
    {
        const std::string folder = m_home->filePath(u"private"_s).toStdString();
        QVERIFY(service::ServiceAddress::ensurePrivateFolder(folder));
        struct stat info;
        QCOMPARE(::stat(folder.c_str(), &info), 0);
        QCOMPARE(int(info.st_mode & 0777), 0700);

        const std::string open = m_home->filePath(u"open"_s).toStdString();
        QCOMPARE(::mkdir(open.c_str(), 0755), 0);
        QCOMPARE(::chmod(open.c_str(), 0755), 0);
        QVERIFY(!service::ServiceAddress::ensurePrivateFolder(open)); // others may enter

        const std::string link = m_home->filePath(u"link"_s).toStdString();
        QCOMPARE(::symlink(folder.c_str(), link.c_str()), 0);
        QVERIFY(!service::ServiceAddress::ensurePrivateFolder(link)); // never through a link
    }

    void commands_onlySearchesGoToTheService()
    {
        QVERIFY(service::isSearchCommand({"search", "liver"}));
        QVERIFY(service::isSearchCommand({"codeset", "search", "icd10cm", "C78"}));
        QVERIFY(!service::isSearchCommand({"codeset", "import", "icd10cm", "f"}));
        QVERIFY(!service::isSearchCommand({"--search-service", "/tmp/x"}));
        QVERIFY(!service::isSearchCommand({"liver", "search"}));
        QVERIFY(!service::isSearchCommand({}));
    }

    void answer_declinesAnythingButASearch()
    {
        for (const std::vector<std::string> &arguments :
             std::vector<std::vector<std::string>>{{"list"},
                                                   {"import", "/etc/passwd"},
                                                   {"codeset", "import", "icd10cm", "/etc/passwd"},
                                                   {"export", "w.codedesk", "--csv", "out.csv"},
                                                   {}}) {
            QVERIFY(answerTo(arguments).declined);
        }
        const QByteArray garbage("not a request");
        const QByteArray reply = cli::SearchService::answer(garbage);
        const auto answer = service::decodeAnswer(std::string_view(reply.constData(), size_t(reply.size())));
        QVERIFY(answer && answer->declined);
        // A working folder that is gone: declined, not run somewhere else.
        const std::string request = service::encodeRequest({{"search", "liver"}, "/nonexistent/folder"});
        const QByteArray goneReply = cli::SearchService::answer(QByteArray::fromStdString(request));
        QVERIFY(service::decodeAnswer(std::string_view(goneReply.constData(), size_t(goneReply.size())))->declined);
    }

    void answer_isWhatTheCommandPrintsOnItsOwn()
    {
        const auto check = [](const QStringList &arguments) {
            const test::CommandRun direct = test::runCommand(arguments);
            std::vector<std::string> raw;
            for (const QString &argument : arguments)
                raw.push_back(argument.toStdString());
            const service::Answer answer = answerTo(raw);
            QVERIFY(!answer.declined);
            QCOMPARE(answer.exitCode, direct.status);
            QCOMPARE(QString::fromStdString(answer.out), direct.out);
            QCOMPARE(QString::fromStdString(answer.err), direct.err);
        };
        check({u"search"_s, u"liver ablation"_s, u"--json"_s, u"--limit"_s, u"5"_s});
        check({u"codeset"_s, u"search"_s, u"modifier"_s, u"RT"_s});
        check({u"codeset"_s, u"search"_s, u"icd10cm"_s, u"C78.7"_s}); // none imported: says so on stderr
        check({u"codeset"_s, u"search"_s, u"bogus"_s, u"x"_s});       // usage error, exit 2
        check({u"search"_s, u"--limit"_s, u"0"_s, u"x"_s});
    }

    void launcher_handsTheNextSearchToTheService_whichSeesImports_andQuitsWithItsSocket()
    {
        // A copy of the launcher and its module: a service of their own.
        const QString bin = m_home->filePath(u"bin"_s);
        QVERIFY(QDir().mkpath(bin));
        const QString built = QFileInfo(qEnvironmentVariable("CODEDESK_BINARY")).absolutePath();
        QVERIFY(QFile::copy(built + u"/codedesk"_s, bin + u"/codedesk"_s));
        QVERIFY(QFile::copy(built + u"/codedesk-cli.so"_s, bin + u"/codedesk-cli.so"_s));
        QVERIFY(QDir().mkpath(m_home->filePath(u"tmp"_s)));

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : {u"XDG_RUNTIME_DIR"_s, u"XDG_DATA_HOME"_s, u"XDG_CONFIG_HOME"_s, u"XDG_CACHE_HOME"_s,
                                    u"CODEDESK_SEARCH_SERVICE"_s})
            env.remove(name);
        env.insert(u"HOME"_s, m_home->path());
        env.insert(u"TMPDIR"_s, m_home->filePath(u"tmp"_s));
        env.insert(u"CODEDESK_SEARCH_SERVICE_IDLE"_s, u"30"_s);
        const auto run = [&](const QStringList &arguments) {
            QProcess process;
            process.setProcessEnvironment(env);
            process.start(bin + u"/codedesk"_s, arguments);
            process.waitForFinished(60000);
            return std::tuple{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                              QString::fromUtf8(process.readAllStandardError())};
        };
        const QString folder = m_home->filePath(u"tmp/codedesk-%1"_s.arg(::getuid()));

        // The first search runs in its own process and starts the service. It is handed the
        // write end of a pipe as descriptor 5, as a harness may: the pipe must end with the
        // search, not stay open in the service.
        int pipe[2];
        QCOMPARE(::pipe2(pipe, O_CLOEXEC), 0);
        QProcess first;
        first.setProcessEnvironment(env);
        first.setChildProcessModifier([writeEnd = pipe[1]] { ::dup2(writeEnd, 5); });
        first.start(bin + u"/codedesk"_s, {u"codeset"_s, u"search"_s, u"icd10cm"_s, u"C22"_s});
        QVERIFY(first.waitForFinished(60000));
        ::close(pipe[1]);
        QCOMPARE(first.exitCode(), 0);
        const QByteArray firstErr = first.readAllStandardError();
        QVERIFY2(firstErr.contains("no icd10cm code set imported yet"), firstErr.constData());
        pollfd readEnd{pipe[0], POLLIN, 0};
        char byte;
        QCOMPARE(::poll(&readEnd, 1, 10000), 1);
        QCOMPARE(::read(pipe[0], &byte, 1), ssize_t(0)); // the end: no process holds it
        ::close(pipe[0]);
        QString socket;
        QTRY_VERIFY_WITH_TIMEOUT(
            !(socket = QDir(folder).entryList({u"search-*.socket"_s}, QDir::System).value(0)).isEmpty(), 20000);
        socket = folder + u'/' + socket;
        QCOMPARE(QFileInfo(folder).permissions() & (QFile::ReadOther | QFile::ReadGroup), QFileDevice::Permissions());

        // Garbage on the socket does not stop it.
        {
            const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
            sockaddr_un where{};
            where.sun_family = AF_UNIX;
            std::strncpy(where.sun_path, QFile::encodeName(socket).constData(), sizeof where.sun_path - 1);
            QCOMPARE(::connect(fd, reinterpret_cast<const sockaddr *>(&where), sizeof where), 0);
            QCOMPARE(::write(fd, "garbage!", 8), ssize_t(8));
            ::close(fd);
        }

        // An import in between (not a search: the launcher runs it itself) is seen by the next search.
        const QString order = test::TestHome::dataPath(u"codesets/icd10cm-order-2021.txt"_s);
        QCOMPARE(std::get<0>(run({u"codeset"_s, u"import"_s, u"icd10cm"_s, order})), 0);

        // Which process loaded the command-line module (and with it Qt): the dynamic loader says.
        const auto loadedModule = [&](const QStringList &arguments, bool *loaded) {
            const QString log = m_home->filePath(u"ld-%1"_s.arg(++m_runs));
            QProcessEnvironment traced = env;
            traced.insert(u"LD_DEBUG"_s, u"files"_s);
            traced.insert(u"LD_DEBUG_OUTPUT"_s, log);
            QProcess process;
            process.setProcessEnvironment(traced);
            process.start(bin + u"/codedesk"_s, arguments);
            process.waitForStarted(60000);
            const qint64 pid = process.processId();
            process.waitForFinished(60000);
            QFile file(log + u'.' + QString::number(pid));
            *loaded = !file.open(QIODevice::ReadOnly) || file.readAll().contains("codedesk-cli.so");
            return std::tuple{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                              QString::fromUtf8(process.readAllStandardError())};
        };
        bool loaded = true;
        const auto [status, out, err] = loadedModule({u"codeset"_s, u"search"_s, u"icd10cm"_s, u"C22"_s}, &loaded);
        QVERIFY2(!loaded, "the launcher loaded the command-line module: the service did not answer");
        QVERIFY2(status == 0, qPrintable(err));
        QVERIFY2(out.startsWith(u"C22\tMalignant neoplasm of liver and intrahepatic bile ducts"_s), qPrintable(out));
        QVERIFY(err.isEmpty());
        // The same answer as a search on its own, which does load it.
        env.insert(u"CODEDESK_SEARCH_SERVICE"_s, u"0"_s);
        const auto [aloneStatus, aloneOut, aloneErr] =
            loadedModule({u"codeset"_s, u"search"_s, u"icd10cm"_s, u"C22"_s}, &loaded);
        QVERIFY(loaded);
        QCOMPARE(aloneStatus, status);
        QCOMPARE(aloneOut, out);
        QCOMPARE(aloneErr, err);

        // Without its socket the service quits, and takes its lock along.
        QVERIFY(!lockIsFree(socket + u".lock"_s));
        QVERIFY(QFile::remove(socket));
        QTRY_VERIFY_WITH_TIMEOUT(lockIsFree(socket + u".lock"_s), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(socket + u".lock"_s), 10000);

        // Asked to stop (SIGTERM, as at log-out), it tidies up as well.
        env.remove(u"CODEDESK_SEARCH_SERVICE"_s);
        run({u"codeset"_s, u"search"_s, u"icd10cm"_s, u"C22"_s});
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(socket), 20000);
        const qint64 pid = serviceProcess(socket);
        QVERIFY(pid > 0);
        QCOMPARE(::kill(pid_t(pid), SIGTERM), 0);
        QTRY_VERIFY_WITH_TIMEOUT(QDir(folder).entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot).isEmpty(),
                                 10000);
    }

private:
    std::unique_ptr<test::TestHome> m_home;
    int m_runs = 0;
};

QTEST_GUILESS_MAIN(TestSearchService)
#include "tst_searchservice.moc"
