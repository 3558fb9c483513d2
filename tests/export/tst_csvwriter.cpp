#include "export/CsvWriter.h"
#include "FailingDevice.h"
#include "TestHome.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace codedesk;

namespace {

// Cells a spreadsheet would run as formulas, cells that need quoting, and text beyond ASCII.
WorksheetContent hostile()
{
    WorksheetContent content;
    content.claim.patientAccount = u"=HYPERLINK(\"http://evil.invalid\",\"click\")"_s;
    content.claim.payer = u"+SUM(1,2)"_s;
    content.claim.placeOfService = u"22"_s;
    content.claim.renderingNpi = u"\r1234567893"_s;
    content.claim.dateOfService = QDate(2026, 11, 2);
    content.claim.notes = u"notes are not exported"_s;
    content.diagnoses = {u"C78.7"_s, u"z85038"_s, u"=1+1"_s}; // stored undotted, hostile
    ClaimLine formula;
    formula.code = u"-2+3"_s;
    formula.modifiers = {u"@A"_s, u"\tX"_s, u"a,b"_s, u"say \"hi\""_s};
    formula.pointers = {0};
    formula.units = -1;
    formula.charge = Money::fromCents(420000);
    ClaimLine text;
    text.from = QDate(2026, 11, 3);
    text.placeOfService = u"Ünïcode ✓ 診療"_s;
    text.code = u"47382"_s;
    text.modifiers = {u"line\nbreak"_s};
    text.pointers = {0, 1, 2, 3};
    text.renderingNpi = u"1245319599"_s;
    content.lines = {formula, text};
    return content;
}

QList<QStringList> readWithPython(const QString &path)
{
    const QString python = QStandardPaths::findExecutable(u"python3"_s);
    if (python.isEmpty())
        qFatal("python3 is missing: packaging/install-deps.sh installs it");
    QProcess process;
    process.start(python, {qEnvironmentVariable("CODEDESK_SOURCE_DIR") + u"/tests/export/read_csv.py"_s, path});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        qFatal("read_csv.py failed: %s", process.readAllStandardError().constData());
    QList<QStringList> rows;
    for (const QJsonValue row : QJsonDocument::fromJson(process.readAllStandardOutput()).array()) {
        QStringList cells;
        for (const QJsonValue cell : row.toArray())
            cells << cell.toString();
        rows << cells;
    }
    return rows;
}

} // namespace

class TestCsvWriter final : public QObject
{
    Q_OBJECT

private:
    test::TestHome m_home;

private Q_SLOTS:
    void hostileCells_readBackWithPythonsCsvModule()
    {
        const QString path = m_home.filePath(u"hostile.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        CsvWriter writer;
        QVERIFY(writer.write(&file, hostile()));
        file.close();

        const QList<QStringList> rows = readWithPython(path);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0), CsvWriter::columns());
        const QStringList expectedFirst = {
            u"1"_s,          u"2026-11-02"_s,    u"2026-11-02"_s,
            u"22"_s,         u"'-2+3"_s,         u"'@A"_s,
            u"'\tX"_s,       u"a,b"_s,           u"say \"hi\""_s,
            u"A"_s,          QString(),          QString(),
            QString(),       u"C78.7"_s,         QString(),
            QString(),       QString(),          u"-1"_s,
            u"4200.00"_s,    u"'\r1234567893"_s, u"'=HYPERLINK(\"http://evil.invalid\",\"click\")"_s,
            u"'+SUM(1,2)"_s, u"2026-11-02"_s};
        QCOMPARE(rows.at(1), expectedFirst);
        const QStringList expectedSecond = {
            u"2"_s,          u"2026-11-03"_s,  u"2026-11-03"_s, u"Ünïcode ✓ 診療"_s,
            u"47382"_s,      u"line\nbreak"_s, QString(),       QString(),
            QString(),       u"A"_s,           u"B"_s,          u"C"_s,
            u"D"_s,          u"C78.7"_s,       u"Z85.038"_s,    u"'=1+1"_s,
            QString(), // D points to no diagnosis
            u"1"_s,          QString(),        u"1245319599"_s, u"'=HYPERLINK(\"http://evil.invalid\",\"click\")"_s,
            u"'+SUM(1,2)"_s, u"2026-11-02"_s};
        QCOMPARE(rows.at(2), expectedSecond);
    }

    void bytes_areRfc4180WithCrlfAndNoBom()
    {
        const QByteArray csv = CsvWriter::toCsv(hostile());
        QVERIFY(!csv.startsWith("\xEF\xBB\xBF"));
        QVERIFY(csv.startsWith("line,from,to,placeOfService,code,modifier1,modifier2,modifier3,modifier4,pointer1,"
                               "pointer2,pointer3,pointer4,diagnosis1,diagnosis2,diagnosis3,diagnosis4,units,"
                               "charge,renderingNpi,patientAccount,payer,dateOfService\r\n"));
        QVERIFY(csv.endsWith("\r\n"));
        // Numbers stay bare numbers, even negative ones; text that looks like a formula does not.
        QVERIFY(csv.contains(",A,,,,C78.7,,,,-1,4200.00,"));
        QVERIFY(csv.contains(",'-2+3,"));
        QVERIFY(csv.contains(",\"a,b\",\"say \"\"hi\"\"\","));
        QVERIFY(csv.contains("\"line\nbreak\""));
        QVERIFY(!csv.contains("notes are not exported"));
    }

    void textCell_guardsEveryFormulaStart_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("cell");
        QTest::newRow("equals") << u"=1+1"_s << u"'=1+1"_s;
        QTest::newRow("plus") << u"+1"_s << u"'+1"_s;
        QTest::newRow("minus") << u"-1"_s << u"'-1"_s;
        QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
        QTest::newRow("tab") << u"\t=1"_s << u"'\t=1"_s;
        QTest::newRow("carriage return") << u"\r=1"_s << u"\"'\r=1\""_s;
        QTest::newRow("inside is fine") << u"a=b"_s << u"a=b"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("quote") << u"\"q\""_s << u"\"\"\"q\"\"\""_s;
    }

    void textCell_guardsEveryFormulaStart()
    {
        QFETCH(QString, text);
        QFETCH(QString, cell);
        QCOMPARE(CsvWriter::textCell(text), cell);
    }

    void inheritedValues_areExported()
    {
        WorksheetContent content = hostile();
        content.lines[0].from = QDate();
        content.lines[0].placeOfService.clear();
        const QList<QByteArray> rows = CsvWriter::toCsv(content).split('\n');
        QVERIFY(rows.at(1).startsWith("1,2026-11-02,2026-11-02,22,"));
    }

    void emptyWorksheet_isTheHeaderAlone()
    {
        QCOMPARE(CsvWriter::toCsv(WorksheetContent()), CsvWriter::columns().join(u',').toUtf8() + "\r\n");
    }

    void write_failingDevice_reportsTheError()
    {
        test::FailingDevice device(64);
        QVERIFY(device.open(QIODevice::WriteOnly));
        CsvWriter writer;
        QVERIFY(!writer.write(&device, hostile()));
        QCOMPARE(writer.errorString(), u"No space left on device"_s);
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(writer.write(&buffer, hostile()));
        QVERIFY(writer.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
