// Every CodeDesk file write (worksheet save, autosave, export, PDF) goes through saveFile(): on a
// full disk, over a file-size limit, into a read-only folder or onto a target that is not a
// regular file, it fails, says why, and leaves the previous file exactly as it was.
#include "core/PrivateFileSaver.h"
#include "core/RecoveryStore.h"
#include "FailingDevice.h"
#include "SmallFilesystem.h"
#include "TestHome.h"
#include "worksheet/WorksheetFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <csignal>
#include <cstring>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using namespace codedesk;

namespace {

WorksheetContent smallWorksheet(const QString &payer)
{
    WorksheetContent content;
    content.claim.payer = payer;
    content.claim.dateOfService = QDate(2026, 11, 2);
    content.diagnoses = {u"C78.7"_s};
    ClaimLine line;
    line.code = u"47382"_s;
    line.pointers = {0};
    line.charge = Money::fromCents(420000);
    content.lines << line;
    return content;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool saveText(const QString &path, const QByteArray &bytes, QString *error)
{
    return savePrivateFile(
        path, [&bytes](QIODevice *device, QString *reason) { return writeAll(device, bytes, reason); }, error);
}

mode_t fileType(const QString &path, bool follow = true)
{
    struct stat info = {};
    const QByteArray native = QFile::encodeName(path);
    if ((follow ? ::stat(native.constData(), &info) : ::lstat(native.constData(), &info)) != 0)
        return 0;
    return info.st_mode & S_IFMT;
}

// Sets RLIMIT_FSIZE for the scope, with SIGXFSZ ignored so that a write fails with EFBIG.
class FileSizeLimit final
{
public:
    explicit FileSizeLimit(rlim_t bytes)
        : m_handler(std::signal(SIGXFSZ, SIG_IGN))
    {
        getrlimit(RLIMIT_FSIZE, &m_previous);
        rlimit limited = m_previous;
        limited.rlim_cur = bytes;
        m_ok = setrlimit(RLIMIT_FSIZE, &limited) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_previous);
        std::signal(SIGXFSZ, m_handler);
    }
    bool ok() const { return m_ok; }

private:
    void (*m_handler)(int);
    rlimit m_previous{};
    bool m_ok = false;
};

} // namespace

class TestPrivateFileSaver final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_home = std::make_unique<test::TestHome>(); }
    void cleanup() { m_home.reset(); }

    // The reported bug: a worksheet under 16 KiB saved over an existing one on a full disk became
    // a 0-byte file and Save said it had worked.
    void smallWorksheet_onFullDisk_keepsTheOldFileAndFails()
    {
        test::SmallFilesystem disk(256 * 1024);
        if (!disk.isMounted())
            QSKIP(qPrintable(disk.reason()));
        const QString path = disk.filePath(u"claim.codedesk"_s);
        QVERIFY(WorksheetFile(path).write(smallWorksheet(u"Old payer"_s)));
        const QByteArray old = fileBytes(path);
        QVERIFY(!old.isEmpty());
        QVERIFY(disk.fill());

        WorksheetFile file(path);
        const WorksheetContent changed = smallWorksheet(u"New payer"_s);
        QVERIFY(WorksheetFile::toJson(changed).size() < 16 * 1024);
        QVERIFY(!file.write(changed));
        QVERIFY2(file.errorString().startsWith(path + u": cannot write: "_s), qPrintable(file.errorString()));
        QVERIFY2(file.errorString().contains(u"No space left"_s), qPrintable(file.errorString()));
        QCOMPARE(fileBytes(path), old);
        // No temporary file left behind either.
        QCOMPARE(QDir(disk.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name),
                 (QStringList{u".filler"_s, u"claim.codedesk"_s}));
    }

    void smallFile_overTheFileSizeLimit_keepsTheOldFileAndFails()
    {
        const QString path = m_home->filePath(u"claim.codedesk"_s);
        QVERIFY(WorksheetFile(path).write(smallWorksheet(u"Old payer"_s)));
        const QByteArray old = fileBytes(path);
        bool written = true;
        QString error;
        {
            FileSizeLimit limit(64);
            QVERIFY(limit.ok());
            written = saveText(path, QByteArray(4000, 'n'), &error);
        }
        QVERIFY(!written);
        QVERIFY2(error.startsWith(path + u": cannot write: "_s), qPrintable(error));
        QCOMPARE(fileBytes(path), old);
    }

    void failingWriter_keepsTheOldFile()
    {
        const QString path = m_home->filePath(u"out.txt"_s);
        QString error;
        QVERIFY(saveText(path, "old", &error));
        QVERIFY(!savePrivateFile(
            path,
            [](QIODevice *device, QString *reason) {
                test::FailingDevice full(10);
                full.open(QIODevice::WriteOnly);
                // The real device gets some bytes, then the writer fails like a full device.
                return writeAll(device, "partial", reason) && writeAll(&full, QByteArray(100, 'x'), reason);
            },
            &error));
        QVERIFY2(error.contains(u"No space left on device"_s), qPrintable(error));
        QCOMPARE(fileBytes(path), QByteArray("old"));
    }

    void readOnlyFolder_keepsTheOldFileAndFails()
    {
        test::SmallFilesystem disk(256 * 1024);
        if (!disk.isMounted())
            QSKIP(qPrintable(disk.reason()));
        const QString path = disk.filePath(u"claim.csv"_s);
        QString error;
        QVERIFY(saveText(path, "old", &error));
        QVERIFY(disk.makeReadOnly());
        QVERIFY(!saveText(path, "new", &error));
        QVERIFY2(error.startsWith(path + u": cannot write: "_s), qPrintable(error));
        QCOMPARE(fileBytes(path), QByteArray("old"));
    }

    void pathUnderARegularFile_fails()
    {
        const QString file = m_home->filePath(u"plain"_s);
        QString error;
        QVERIFY(saveText(file, "x", &error));
        QVERIFY(!saveText(file + u"/out.csv"_s, "new", &error));
        QVERIFY2(error.startsWith(file + u"/out.csv: cannot write"_s), qPrintable(error));
        QCOMPARE(fileBytes(file), QByteArray("x"));
    }

    void folderAsTarget_isRefused()
    {
        const QString folder = m_home->filePath(u"folder"_s);
        QVERIFY(QDir().mkpath(folder));
        QString error;
        QVERIFY(!saveText(folder, "new", &error));
        QVERIFY2(error.contains(u"not a regular file (a folder)"_s), qPrintable(error));
        QVERIFY(QFileInfo(folder).isDir());
    }

    void namedPipe_isRefusedAndKept()
    {
        const QString fifo = m_home->filePath(u"pipe"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QString error;
        QVERIFY(!saveText(fifo, "new", &error)); // refused before opening: no reader needed, no hang
        QVERIFY2(error.contains(u"a named pipe"_s), qPrintable(error));
        QCOMPARE(fileType(fifo), mode_t(S_IFIFO));
    }

    void linkToDevNull_isRefusedAndDevNullStaysADevice()
    {
        QCOMPARE(fileType(u"/dev/null"_s), mode_t(S_IFCHR));
        const QString link = m_home->filePath(u"claim.csv"_s);
        QVERIFY(QFile::link(u"/dev/null"_s, link));
        QString error;
        QVERIFY(!saveText(link, "new", &error));
        QVERIFY2(error.contains(u"a link to a character device"_s), qPrintable(error));
        QCOMPARE(fileType(u"/dev/null"_s), mode_t(S_IFCHR));
        QCOMPARE(fileType(link, false), mode_t(S_IFLNK));
    }

    void devFull_isRefusedAndKept()
    {
        QString error;
        QVERIFY(!saveText(u"/dev/full"_s, "new", &error));
        QVERIFY2(error.startsWith(u"/dev/full: not a regular file (a character device)"_s), qPrintable(error));
        QCOMPARE(fileType(u"/dev/full"_s), mode_t(S_IFCHR));
    }

    void socket_isRefusedAndKept()
    {
        const QString path = m_home->filePath(u"sock"_s);
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const QByteArray native = QFile::encodeName(path);
        QVERIFY(size_t(native.size()) < sizeof(address.sun_path));
        std::memcpy(address.sun_path, native.constData(), size_t(native.size()));
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
        QString error;
        const bool saved = saveText(path, "new", &error);
        const mode_t type = fileType(path);
        ::close(fd);
        QVERIFY(!saved);
        QVERIFY2(error.contains(u"a socket"_s), qPrintable(error));
        QCOMPARE(type, mode_t(S_IFSOCK));
    }

    void linkToARegularFile_replacesTheTargetAndKeepsTheLink()
    {
        const QString target = m_home->filePath(u"real.csv"_s);
        const QString link = m_home->filePath(u"link.csv"_s);
        QString error;
        QVERIFY(saveText(target, "old", &error));
        QVERIFY(QFile::link(target, link));
        QVERIFY2(saveText(link, "new", &error), qPrintable(error));
        QCOMPARE(fileBytes(target), QByteArray("new"));
        QCOMPARE(fileType(link, false), mode_t(S_IFLNK));
    }

    void autosave_onFullDisk_keepsThePreviousCopyAndSaysSo()
    {
        test::SmallFilesystem disk(256 * 1024);
        if (!disk.isMounted())
            QSKIP(qPrintable(disk.reason()));
        RecoveryStore store(disk.filePath(u"recovery"_s));
        const QString id = RecoveryStore::newId();
        QString error;
        QVERIFY2(store.save(id, {}, u"Untitled 1"_s, "{\"v\":1}", &error), qPrintable(error));
        const QString copy = store.folder() + u'/' + id;
        const QByteArray old = fileBytes(copy);
        QVERIFY(disk.fill());
        QVERIFY(!store.save(id, {}, u"Untitled 1"_s, "{\"v\":2}", &error));
        QVERIFY2(error.startsWith(copy + u": cannot write: "_s), qPrintable(error));
        QCOMPARE(fileBytes(copy), old);
    }

    void autosave_ontoASpecialFile_isRefused()
    {
        RecoveryStore store(m_home->filePath(u"recovery"_s));
        QVERIFY(QDir().mkpath(store.folder()));
        const QString id = RecoveryStore::newId();
        QCOMPARE(::mkfifo(QFile::encodeName(store.folder() + u'/' + id).constData(), 0600), 0);
        QString error;
        QVERIFY(!store.save(id, {}, u"Untitled 1"_s, "{}", &error));
        QVERIFY2(error.contains(u"a named pipe"_s), qPrintable(error));
    }

private:
    std::unique_ptr<test::TestHome> m_home;
};

QTEST_GUILESS_MAIN(TestPrivateFileSaver)
#include "tst_privatefilesaver.moc"
