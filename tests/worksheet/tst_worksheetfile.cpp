#include "FailingDevice.h"
#include "TestHome.h"
#include "core/InputLimits.h"
#include "worksheet/WorksheetFile.h"

#include <QElapsedTimer>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <thread>

using namespace Qt::Literals::StringLiterals;
using namespace codedesk;

namespace {

QJsonObject jsonOf(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestWorksheetFile final : public QObject
{
    Q_OBJECT

private:
    test::TestHome m_home;

private Q_SLOTS:
    void read_validFile_readsEveryField()
    {
        WorksheetFile file(test::TestHome::dataPath(u"worksheets/valid.codedesk"_s));
        const auto content = file.read();
        QVERIFY2(content, qPrintable(file.errorString()));
        QCOMPARE(content->claim.patientAccount, u"A12345"_s);
        QCOMPARE(content->claim.dateOfService, QDate(2026, 11, 2));
        QCOMPARE(content->diagnoses, (QStringList{u"C78.7"_s, u"Z85.038"_s}));
        QCOMPARE(content->lines.size(), 1);
        const ClaimLine &line = content->lines.first();
        QCOMPARE(line.code, u"47382"_s);
        QCOMPARE(line.pointers, (QList<int>{0, 1}));
        QCOMPARE(line.charge, std::optional<Money>(Money::fromCents(420000)));
        QCOMPARE(line.units, 1);
        QVERIFY(line.unknownKeys.isEmpty());
    }

    void read_minimalFile_defaultsAndNumbers()
    {
        const auto content = WorksheetFile(test::TestHome::dataPath(u"worksheets/minimal.codedesk"_s)).read();
        QVERIFY(content);
        QCOMPARE(content->lines.first().charge, std::optional<Money>(Money::fromCents(125050)));
        QCOMPARE(content->lines.first().pointers, QList<int>{0});
        QCOMPARE(content->lines.first().units, 1);
        QVERIFY(!content->claim.dateOfService.isValid());
    }

    void read_bomAndCrlf_areAccepted()
    {
        const auto content = WorksheetFile(test::TestHome::dataPath(u"worksheets/bom-crlf.codedesk"_s)).read();
        QVERIFY(content);
        QCOMPARE(content->lines.first().pointers, QList<int>{0});
        QCOMPARE(content->lines.first().charge->cents(), 98000);
    }

    void roundTrip_keepsUnknownKeysAtEveryLevel()
    {
        const QString source = test::TestHome::dataPath(u"worksheets/unknown-keys.codedesk"_s);
        const auto content = WorksheetFile(source).read();
        QVERIFY(content);
        QCOMPARE(content->unknownKeys.keys(), (QStringList{u"attachments"_s, u"x-billing-system"_s}));
        QCOMPARE(content->claim.unknownKeys.keys(), (QStringList{u"priorAuthorization"_s, u"referringNpi"_s}));
        QCOMPARE(content->lines.first().unknownKeys.keys(), (QStringList{u"lineNote"_s, u"ndc"_s, u"supplemental"_s}));

        const QString saved = m_home.filePath(u"saved.codedesk"_s);
        WorksheetFile out(saved);
        QVERIFY2(out.write(*content), qPrintable(out.errorString()));
        const auto again = WorksheetFile(saved).read();
        QVERIFY(again);
        QCOMPARE(*again, *content);

        // Every key of the original, at every level, is in the saved file with its value.
        const QJsonObject original = jsonOf(fileBytes(source));
        const QJsonObject written = jsonOf(fileBytes(saved));
        QCOMPARE(written.value(u"x-billing-system"_s), original.value(u"x-billing-system"_s));
        QCOMPARE(written.value(u"attachments"_s), original.value(u"attachments"_s));
        QCOMPARE(written.value(u"claim"_s).toObject().value(u"priorAuthorization"_s),
                 original.value(u"claim"_s).toObject().value(u"priorAuthorization"_s));
        const QJsonObject firstLine = written.value(u"lines"_s).toArray().first().toObject();
        QCOMPARE(firstLine.value(u"supplemental"_s),
                 original.value(u"lines"_s).toArray().first().toObject().value(u"supplemental"_s));
        QVERIFY(firstLine.contains(u"lineNote"_s));
        QCOMPARE(written.value(u"lines"_s).toArray().at(1).toObject().value(u"charge"_s).toString(), u"310.50"_s);
    }

    void write_thenRead_isIdentical()
    {
        WorksheetContent content;
        content.claim.patientAccount = u"Z-9 ümlaut ✓"_s;
        content.claim.notes = u"line one\nline two, \"quoted\" back\\slash \x01 tab\t \u2028 ✓"_s;
        content.diagnoses = {u"C22.0"_s};
        ClaimLine line;
        line.from = QDate(2026, 1, 2);
        line.code = u"0600T"_s;
        line.modifiers = {u"XS"_s};
        line.pointers = {0, 11};
        line.units = 3;
        content.lines = {line, ClaimLine()};
        const QByteArray json = WorksheetFile::toJson(content);
        QString error;
        const auto back = WorksheetFile::fromJson(json, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, content);
        QVERIFY(!jsonOf(json).value(u"lines"_s).toArray().at(1).toObject().contains(u"charge"_s));
    }

    void read_badFiles_areRefusedWithTheFileNamed_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("expected");
        QTest::newRow("newer version") << u"newer-version.codedesk"_s << u"newer CodeDesk (worksheet version 2"_s;
        QTest::newRow("other format") << u"not-a-worksheet.codedesk"_s << u"not a CodeDesk worksheet"_s;
        QTest::newRow("truncated") << u"truncated.codedesk"_s << u"damaged"_s;
        QTest::newRow("binary") << u"binary.codedesk"_s << u"damaged"_s;
        QTest::newRow("empty") << u"empty.codedesk"_s << u"damaged"_s;
        QTest::newRow("charge separator") << u"bad-charge.codedesk"_s << u"claim line 2: \"charge\""_s;
        QTest::newRow("three decimals") << u"three-decimals.codedesk"_s << u"more than two decimals"_s;
        QTest::newRow("date format") << u"bad-date.codedesk"_s << u"claim: \"dateOfService\" must be an ISO"_s;
        QTest::newRow("no lines") << u"missing-lines.codedesk"_s << u"\"lines\" is missing"_s;
        QTest::newRow("bad pointer") << u"bad-pointer.codedesk"_s << u"claim line 1: \"pointers\""_s;
        QTest::newRow("missing file") << u"no-such-file.codedesk"_s << u"cannot open"_s;
        QTest::newRow("NUL in notes") << u"nul-escaped-in-notes.codedesk"_s
                                      << u"claim: \"notes\" contains a NUL character"_s;
        QTest::newRow("raw NUL in payer") << u"nul-raw-in-payer.codedesk"_s << u"NUL"_s;
        QTest::newRow("NUL in modifier") << u"nul-in-modifier.codedesk"_s
                                         << u"claim line 1: \"modifiers\" contains a NUL character"_s;
    }

    void read_badFiles_areRefusedWithTheFileNamed()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, expected);
        const QString path = test::TestHome::dataPath(u"worksheets/"_s + fixture);
        WorksheetFile file(path);
        QVERIFY(!file.read());
        QVERIFY2(file.errorString().startsWith(path + u':'), qPrintable(file.errorString()));
        QVERIFY2(file.errorString().contains(expected), qPrintable(file.errorString()));
        QVERIFY(!file.errorString().contains(u"SECRET-ACCOUNT"));
    }

    void read_deviceWithoutEnd_isRefusedAtTheLimit()
    {
        // QFile::size() is 0 for /dev/zero: only a limit checked while reading stops it.
        QElapsedTimer timer;
        timer.start();
        WorksheetFile file(u"/dev/zero"_s);
        QVERIFY(!file.read());
        QVERIFY2(file.errorString().startsWith(u"/dev/zero: larger than 16 MiB, the limit for a worksheet"_s),
                 qPrintable(file.errorString()));
        QVERIFY2(timer.elapsed() < 10000, "reading stopped at the limit");
    }

    void read_fileOverTheLimit_isRefusedWithTheLimit()
    {
        const QString path = m_home.filePath(u"large.codedesk"_s);
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QVERIFY(out.resize(InputLimits::worksheetBytes + 1));
        out.close();
        WorksheetFile file(path);
        QVERIFY(!file.read());
        QVERIFY2(file.errorString().contains(u"the limit for a worksheet"_s), qPrintable(file.errorString()));
    }

    void read_pipe_isReadWhole()
    {
        const QString path = m_home.filePath(u"pipe.codedesk"_s);
        QCOMPARE(mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        const QByteArray bytes = test::TestHome::readData(u"worksheets/valid.codedesk"_s);
        std::thread writer([&] {
            QFile fifo(path);
            if (fifo.open(QIODevice::WriteOnly))
                fifo.write(bytes);
        });
        WorksheetFile file(path);
        const auto content = file.read();
        writer.join();
        QVERIFY2(content, qPrintable(file.errorString()));
        QCOMPARE(content->claim.patientAccount, u"A12345"_s);
    }

    void read_fieldOverItsLimit_isRefusedWithItsName_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("expected");
        const QString notes = QString(2'000'000, u'n');
        QTest::newRow("notes") << u"{\"format\":\"codedesk-worksheet\",\"version\":1,\"claim\":{\"notes\":\"%1\"},"
                                  "\"lines\":[]}"_s.arg(notes)
                               << u"claim: \"notes\" is 2,000,000 characters, the limit is 20,000"_s;
        const QString code = QString(5000, u'4');
        QTest::newRow("code") << u"{\"format\":\"codedesk-worksheet\",\"version\":1,\"lines\":[{},{\"code\":\"%1\"}]}"_s.arg(
            code) << u"claim line 2: \"code\" is 5,000 characters, the limit is 1,000"_s;
        QTest::newRow("diagnosis") << u"{\"format\":\"codedesk-worksheet\",\"version\":1,\"diagnoses\":[\"%1\"],"
                                      "\"lines\":[]}"_s.arg(code)
                                   << u"\"diagnoses\" is 5,000 characters, the limit is 1,000"_s;
    }

    void read_fieldOverItsLimit_isRefusedWithItsName()
    {
        QFETCH(QString, json);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!WorksheetFile::fromJson(json.toUtf8(), &error));
        QCOMPARE(error, expected);
    }

    void read_fieldsAtTheirLimits_areRead()
    {
        WorksheetContent content;
        content.claim.notes = QString(InputLimits::notesCharacters, u'n');
        content.claim.payer = QString(InputLimits::fieldCharacters, u'p');
        QString error;
        const auto back = WorksheetFile::fromJson(WorksheetFile::toJson(content), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->claim.notes.size(), InputLimits::notesCharacters);
    }

    void read_truncatedJson_namesTheTextLine()
    {
        WorksheetFile file(test::TestHome::dataPath(u"worksheets/truncated.codedesk"_s));
        QVERIFY(!file.read());
        QVERIFY2(file.errorString().contains(u".codedesk:7: "_s), qPrintable(file.errorString()));
    }

    void write_setsOwnerOnlyPermissions()
    {
        const QString path = m_home.filePath(u"private.codedesk"_s);
        QVERIFY(writeBytes(path, "old"));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        QVERIFY(WorksheetFile(path).write(WorksheetContent()));
        QCOMPARE(QFile::permissions(path), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
        const QString fresh = m_home.filePath(u"fresh.codedesk"_s);
        QVERIFY(WorksheetFile(fresh).write(WorksheetContent()));
        QCOMPARE(QFile::permissions(fresh), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
    }

    void writeTo_failingDevice_reportsTheError()
    {
        test::FailingDevice device(100);
        QVERIFY(device.open(QIODevice::WriteOnly));
        WorksheetContent content;
        content.lines.resize(20);
        QString error;
        QVERIFY(!WorksheetFile::writeTo(&device, content, &error));
        QCOMPARE(error, u"No space left on device"_s);
    }

    void write_failingAfterNBytes_leavesTheOldFileIntact()
    {
        // A real disk that fills up: the file size limit makes write() fail after N bytes.
        const QString path = m_home.filePath(u"intact.codedesk"_s);
        const QByteArray old = fileBytes(test::TestHome::dataPath(u"worksheets/valid.codedesk"_s));
        QVERIFY(writeBytes(path, old));
        QString error;
        WorksheetContent big = *WorksheetFile::fromJson(old, &error);
        const ClaimLine first = big.lines.first(); // resize() may reallocate under a reference
        big.lines.resize(2000, first);

        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit previous{};
        getrlimit(RLIMIT_FSIZE, &previous);
        rlimit limited = previous;
        limited.rlim_cur = 4096;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
        WorksheetFile file(path);
        const bool written = file.write(big);
        setrlimit(RLIMIT_FSIZE, &previous);
        std::signal(SIGXFSZ, previousHandler);

        QVERIFY(!written);
        QVERIFY2(file.errorString().startsWith(path + u": cannot write"_s), qPrintable(file.errorString()));
        QCOMPARE(fileBytes(path), old);
        QVERIFY(WorksheetFile(path).read());
    }

    void write_toMissingFolder_failsWithTheFileNamed()
    {
        const QString path = m_home.filePath(u"no/such/folder/x.codedesk"_s);
        WorksheetFile file(path);
        QVERIFY(!file.write(WorksheetContent()));
        QVERIFY(file.errorString().startsWith(path + u':'));
    }
};

QTEST_GUILESS_MAIN(TestWorksheetFile)
#include "tst_worksheetfile.moc"
