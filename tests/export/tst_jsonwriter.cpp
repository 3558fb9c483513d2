#include "export/JsonWriter.h"
#include "FailingDevice.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace codedesk;

namespace {

WorksheetContent sample()
{
    WorksheetContent content;
    content.claim.patientAccount = u"A12345"_s;
    content.claim.payer = u"Medicare"_s;
    content.claim.placeOfService = u"22"_s;
    content.claim.renderingNpi = u"1234567893"_s;
    content.claim.dateOfService = QDate(2026, 11, 2);
    content.diagnoses = {u"C78.7"_s, u"Z85.038"_s};
    ClaimLine first;
    first.code = u"47382"_s;
    first.pointers = {0, 1};
    first.charge = Money::fromCents(420010);
    ClaimLine second;
    second.code = u"76940"_s;
    second.modifiers = {u"26"_s};
    second.from = QDate(2026, 11, 3);
    second.placeOfService = u"11"_s;
    second.pointers = {0};
    second.units = 2;
    second.charge = Money::fromCents(20);
    content.lines = {first, second, ClaimLine()};
    return content;
}

} // namespace

class TestJsonWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void write_producesTheExportShape()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        JsonWriter writer;
        QVERIFY(writer.write(&buffer, sample()));
        const QJsonObject root = QJsonDocument::fromJson(buffer.data()).object();
        QCOMPARE(root.value(u"format"_s).toString(), u"codedesk-claim-export"_s);
        QCOMPARE(root.value(u"version"_s).toInt(), 1);
        QCOMPARE(root.value(u"claim"_s).toObject().value(u"dateOfService"_s).toString(), u"2026-11-02"_s);
        QCOMPARE(root.value(u"diagnoses"_s).toArray().at(1).toObject(),
                 (QJsonObject{{u"pointer"_s, u"B"_s}, {u"code"_s, u"Z85.038"_s}}));
        QCOMPARE(root.value(u"totalCharge"_s).toString(), u"4200.30"_s);
        const QJsonArray lines = root.value(u"lines"_s).toArray();
        QCOMPARE(lines.size(), 3);
        const QJsonObject first = lines.at(0).toObject();
        QCOMPARE(first.value(u"line"_s).toInt(), 1);
        QCOMPARE(first.value(u"from"_s).toString(), u"2026-11-02"_s); // inherited
        QCOMPARE(first.value(u"placeOfService"_s).toString(), u"22"_s);
        QCOMPARE(first.value(u"renderingNpi"_s).toString(), u"1234567893"_s);
        QCOMPARE(first.value(u"pointers"_s).toArray(), (QJsonArray{u"A"_s, u"B"_s}));
        QCOMPARE(first.value(u"charge"_s).toString(), u"4200.10"_s);
        const QJsonObject second = lines.at(1).toObject();
        QCOMPARE(second.value(u"to"_s).toString(), u"2026-11-03"_s);
        QCOMPARE(second.value(u"placeOfService"_s).toString(), u"11"_s);
        QCOMPARE(second.value(u"modifiers"_s).toArray(), QJsonArray{u"26"_s});
        QCOMPARE(second.value(u"units"_s).toInt(), 2);
        QVERIFY(lines.at(2).toObject().value(u"charge"_s).isNull());
    }

    void hostileText_isEscapedAndReadsBack()
    {
        WorksheetContent content = sample();
        content.claim.patientAccount = u"a\"b\\c\x01\x1f\n\t ✓ 診療"_s;
        content.lines[0].code = u"</script>\"{"_s;
        const QJsonObject root = JsonWriter::toJsonObject(content);
        QVERIFY(!root.isEmpty());
        QCOMPARE(root.value(u"claim"_s).toObject().value(u"patientAccount"_s).toString(), content.claim.patientAccount);
        QCOMPARE(root.value(u"lines"_s).toArray().first().toObject().value(u"code"_s).toString(),
                 content.lines[0].code);
    }

    void emptyWorksheet_isValidJson()
    {
        QJsonParseError error;
        QJsonDocument::fromJson(JsonWriter::toJson(WorksheetContent()), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(JsonWriter::toJsonObject(WorksheetContent()).value(u"lines"_s).toArray().size(), 0);
    }

    void noDates_areNull()
    {
        WorksheetContent content;
        content.lines = {ClaimLine()};
        const QJsonObject root = JsonWriter::toJsonObject(content);
        QVERIFY(root.value(u"claim"_s).toObject().value(u"dateOfService"_s).isNull());
        QVERIFY(root.value(u"lines"_s).toArray().first().toObject().value(u"from"_s).isNull());
    }

    void write_failingDevice_reportsTheError()
    {
        test::FailingDevice device(10);
        QVERIFY(device.open(QIODevice::WriteOnly));
        JsonWriter writer;
        QVERIFY(!writer.write(&device, sample()));
        QCOMPARE(writer.errorString(), u"No space left on device"_s);
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
