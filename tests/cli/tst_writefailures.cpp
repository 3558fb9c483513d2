// The command line's writers as scripts see them (the real binary): a full disk, a special file or
// a folder as the target is exit 1 with `codedesk: FILE: reason`, and the target is as it was.
// `codeset import` is cancelled by SIGINT with the set in force kept.
#include "ProcessRunner.h"
#include "SmallFilesystem.h"
#include "TestHome.h"

#include <QFile>
#include <QProcess>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using namespace codedesk::test;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

mode_t fileType(const QString &path, bool follow = true)
{
    struct stat info = {};
    const QByteArray native = QFile::encodeName(path);
    if ((follow ? ::stat(native.constData(), &info) : ::lstat(native.constData(), &info)) != 0)
        return 0;
    return info.st_mode & S_IFMT;
}

QString worksheet()
{
    return TestHome::dataPath(u"worksheets/valid.codedesk"_s);
}

QByteArray orderRecord(int order, const QByteArray &key)
{
    const QByteArray title = "Generated code " + key;
    return QByteArray::number(order).rightJustified(5, '0') + ' ' + key.leftJustified(7, ' ') + " 1 " +
           title.leftJustified(60, ' ') + ' ' + title + "\n";
}

} // namespace

class TestWriteFailures final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_home = std::make_unique<TestHome>(); }
    void cleanup() { m_home.reset(); }

    void export_toANamedPipe_isRefusedWithoutWaitingForAReader()
    {
        const QString fifo = m_home->filePath(u"claims.csv"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const ProcessResult result =
            runCodeDesk({u"export"_s, worksheet(), u"--csv"_s, fifo}, m_home->path(), 30000);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.startsWith("codedesk: " + QFile::encodeName(fifo) + ": not a regular file (a named pipe)"),
                 result.err.constData());
        QCOMPARE(fileType(fifo), mode_t(S_IFIFO));
    }

    void export_toALinkToDevNull_leavesDevNullADevice()
    {
        const QString link = m_home->filePath(u"claims.json"_s);
        QVERIFY(QFile::link(u"/dev/null"_s, link));
        const ProcessResult result =
            runCodeDesk({u"export"_s, worksheet(), u"--json"_s, link}, m_home->path());
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("a link to a character device"), result.err.constData());
        QCOMPARE(fileType(u"/dev/null"_s), mode_t(S_IFCHR));
        QCOMPARE(fileType(link, false), mode_t(S_IFLNK));
    }

    void export_toAFolder_isRefused()
    {
        const ProcessResult result =
            runCodeDesk({u"export"_s, worksheet(), u"--csv"_s, m_home->path()}, m_home->path());
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("not a regular file (a folder)"), result.err.constData());
    }

    void export_onAFullDisk_exitsOneAndKeepsTheOldExport()
    {
        SmallFilesystem disk(256 * 1024);
        if (!disk.isMounted())
            QSKIP(qPrintable(disk.reason()));
        const QString out = disk.filePath(u"claims.csv"_s);
        ProcessResult result =
            runCodeDesk({u"export"_s, worksheet(), u"--csv"_s, out}, m_home->path());
        QCOMPARE(result.exitCode, 0);
        const QByteArray old = fileBytes(out);
        QVERIFY(old.startsWith("line,"));
        QVERIFY(disk.fill());
        result = runCodeDesk({u"export"_s, worksheet(), u"--csv"_s, out}, m_home->path());
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.startsWith("codedesk: " + QFile::encodeName(out) + ": cannot write: No space left"),
                 result.err.constData());
        QCOMPARE(fileBytes(out), old);
    }

    void print_toALinkToDevNull_isRefused()
    {
        const QString link = m_home->filePath(u"worksheet.pdf"_s);
        QVERIFY(QFile::link(u"/dev/null"_s, link));
        const ProcessResult result =
            runCodeDesk({u"print"_s, u"--procedure"_s, u"47382"_s, u"--pdf"_s, link}, m_home->path());
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QFile::encodeName(link) + ": not a regular file (a link to a character device)"),
                 result.err.constData());
        QCOMPARE(fileType(u"/dev/null"_s), mode_t(S_IFCHR));
    }

    void codesetImport_sigint_cancelsAndKeepsTheSetInForce()
    {
        // The set in force.
        const QString fixture = TestHome::dataPath(u"codesets/icd10cm-order-2021.txt"_s);
        ProcessResult first = runCodeDesk({u"codeset"_s, u"import"_s, u"icd10cm"_s, fixture}, m_home->path());
        QCOMPARE(first.exitCode, 0);

        // A new file through a named pipe: the child is surely importing (reading) when the signal
        // comes, and only sees the end of the file after it.
        const QString fifo = m_home->filePath(u"order.txt"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_home->path());
        child.setProcessEnvironment(env);
        child.start(qEnvironmentVariable("CODEDESK_BINARY"), {u"codeset"_s, u"import"_s, u"icd10cm"_s, fifo});
        QVERIFY(child.waitForStarted());
        const int fd = ::open(QFile::encodeName(fifo).constData(), O_WRONLY); // returns once the child reads
        QVERIFY(fd >= 0);
        QByteArray records;
        for (int i = 0; i < 5000; ++i)
            records += orderRecord(i + 1, "B" + QByteArray::number(10000 + i));
        const qsizetype half = records.size() / 2;
        QCOMPARE(::write(fd, records.constData(), size_t(half)), ssize_t(half));
        QCOMPARE(::kill(pid_t(child.processId()), SIGINT), 0);
        QTest::qWait(200);
        const ssize_t rest = ::write(fd, records.constData() + half, size_t(records.size() - half));
        ::close(fd);
        QVERIFY(rest > 0);
        QVERIFY(child.waitForFinished(60000));
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QCOMPARE(child.exitCode(), 1);
        const QByteArray err = child.readAllStandardError();
        QVERIFY2(err.contains("import cancelled: nothing was imported and the set in force is kept"), err.constData());

        const ProcessResult search =
            runCodeDesk({u"codeset"_s, u"search"_s, u"icd10cm"_s, u"B10000"_s}, m_home->path());
        QCOMPARE(search.exitCode, 0);
        QVERIFY2(!search.out.contains("B10000"), search.out.constData());
        const ProcessResult kept = runCodeDesk({u"codeset"_s, u"search"_s, u"icd10cm"_s, u"C22.0"_s}, m_home->path());
        QVERIFY2(kept.out.contains("C22.0"), kept.out.constData());
    }

private:
    std::unique_ptr<TestHome> m_home;
};

QTEST_GUILESS_MAIN(TestWriteFailures)
#include "tst_writefailures.moc"
