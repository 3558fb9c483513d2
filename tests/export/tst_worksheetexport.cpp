#include "export/WorksheetExport.h"
#include "TestHome.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace Qt::Literals::StringLiterals;
using namespace codedesk;

namespace {

WorksheetContent lines(int count)
{
    WorksheetContent content;
    content.claim.dateOfService = QDate(2026, 11, 2);
    content.diagnoses = {u"C78.7"_s};
    for (int i = 0; i < count; ++i) {
        ClaimLine line;
        line.code = u"47382"_s;
        line.pointers = {0};
        line.charge = Money::fromCents(420000);
        content.lines << line;
    }
    return content;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestWorksheetExport final : public QObject
{
    Q_OBJECT

private:
    test::TestHome m_home;

private Q_SLOTS:
    void export_writesEachFormatOwnerOnly()
    {
        QString error;
        const QString csv = m_home.filePath(u"claim.csv"_s);
        QVERIFY2(exportWorksheet(lines(3), csv, ExportFormat::Csv, &error), qPrintable(error));
        QCOMPARE(fileBytes(csv).count("\r\n"), 4);
        QCOMPARE(QFile::permissions(csv), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
        const QString json = m_home.filePath(u"claim.json"_s);
        QVERIFY2(exportWorksheet(lines(3), json, ExportFormat::Json, &error), qPrintable(error));
        QCOMPARE(QJsonDocument::fromJson(fileBytes(json)).object().value(u"totalCharge"_s).toString(), u"12600.00"_s);
        QCOMPARE(QFile::permissions(json), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
    }

    void export_failingAfterNBytes_leavesTheOldFileIntact()
    {
        const QString path = m_home.filePath(u"old.csv"_s);
        QString error;
        QVERIFY(exportWorksheet(lines(1), path, ExportFormat::Csv, &error));
        const QByteArray old = fileBytes(path);

        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit previous{};
        getrlimit(RLIMIT_FSIZE, &previous);
        rlimit limited = previous;
        limited.rlim_cur = 2048;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
        const bool written = exportWorksheet(lines(500), path, ExportFormat::Csv, &error);
        setrlimit(RLIMIT_FSIZE, &previous);
        std::signal(SIGXFSZ, previousHandler);

        QVERIFY(!written);
        QVERIFY2(error.startsWith(path + u": cannot write"_s), qPrintable(error));
        QCOMPARE(fileBytes(path), old);
    }

    void export_toMissingFolder_namesThePath()
    {
        const QString path = m_home.filePath(u"missing/out.json"_s);
        QString error;
        QVERIFY(!exportWorksheet(lines(1), path, ExportFormat::Json, &error));
        QVERIFY2(error.startsWith(path + u':'), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestWorksheetExport)
#include "tst_worksheetexport.moc"
