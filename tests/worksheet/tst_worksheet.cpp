#include "worksheet/Worksheet.h"
#include "worksheet/WorksheetFile.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace codedesk;

namespace {

ClaimLine lineWith(const QString &code, QList<int> pointers)
{
    ClaimLine line;
    line.code = code;
    line.pointers = std::move(pointers);
    line.charge = Money::fromCents(10000);
    return line;
}

// A worksheet with diagnoses A-D and lines pointing at them in various ways.
WorksheetContent sample()
{
    WorksheetContent content;
    content.claim.dateOfService = QDate(2026, 11, 2);
    content.claim.placeOfService = u"22"_s;
    content.claim.renderingNpi = u"1234567893"_s;
    content.diagnoses = {u"C78.7"_s, u"Z85.038"_s, u"C22.0"_s, u"D13.4"_s};
    content.lines = {lineWith(u"47382"_s, {0, 1}), lineWith(u"76940"_s, {2}), lineWith(u"47383"_s, {3, 0, 2})};
    return content;
}

// The codes each line points at, which must survive every diagnosis edit.
QList<QStringList> pointedCodes(const Worksheet &sheet)
{
    QList<QStringList> result;
    for (const ClaimLine &line : sheet.lines()) {
        QStringList codes;
        for (int pointer : line.pointers)
            codes << sheet.diagnoses().value(pointer, u"?"_s);
        result << codes;
    }
    return result;
}

} // namespace

class TestWorksheet final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void effectiveValues_inheritFromTheClaim()
    {
        const WorksheetContent content = sample();
        ClaimLine line;
        QCOMPARE(line.effectiveFrom(content.claim), QDate(2026, 11, 2));
        QCOMPARE(line.effectiveTo(content.claim), QDate(2026, 11, 2));
        QCOMPARE(line.effectivePlaceOfService(content.claim), u"22"_s);
        QCOMPARE(line.effectiveRenderingNpi(content.claim), u"1234567893"_s);
        line.from = QDate(2026, 11, 5);
        line.placeOfService = u"11"_s;
        line.renderingNpi = u"1245319599"_s;
        QCOMPARE(line.effectiveTo(content.claim), QDate(2026, 11, 5)); // an empty To is the line's From
        QCOMPARE(line.effectivePlaceOfService(content.claim), u"11"_s);
        QCOMPARE(line.effectiveRenderingNpi(content.claim), u"1245319599"_s);
    }

    void moveDiagnosis_pointersFollowTheDiagnosis_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::newRow("first to last") << 0 << 3;
        QTest::newRow("last to first") << 3 << 0;
        QTest::newRow("middle down") << 1 << 2;
        QTest::newRow("middle up") << 2 << 1;
    }

    void moveDiagnosis_pointersFollowTheDiagnosis()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        Worksheet sheet(sample());
        const QList<QStringList> before = pointedCodes(sheet);
        QSignalSpy linesChanged(&sheet, &Worksheet::linesChanged);
        QSignalSpy diagnosesChanged(&sheet, &Worksheet::diagnosesChanged);
        QVERIFY(sheet.moveDiagnosis(from, to));
        QCOMPARE(pointedCodes(sheet), before);
        QCOMPARE(diagnosesChanged.size(), 1);
        QCOMPARE(linesChanged.size(), 1);
        QCOMPARE(sheet.diagnoses().at(to), sample().diagnoses.at(from));
    }

    void insertDiagnosis_shiftsLaterPointers()
    {
        Worksheet sheet(sample());
        const QList<QStringList> before = pointedCodes(sheet);
        QVERIFY(sheet.insertDiagnosis(1, u" c22.1 "_s));
        QCOMPARE(sheet.diagnoses().at(1), u"C22.1"_s);
        QCOMPARE(pointedCodes(sheet), before);
        QVERIFY(sheet.insertDiagnosis(sheet.diagnoses().size(), u"K76.89"_s));
        QVERIFY(!sheet.insertDiagnosis(99, u"X"_s));
    }

    void removeDiagnosis_dropsItsPointersAndShiftsOthers()
    {
        Worksheet sheet(sample());
        QVERIFY(sheet.removeDiagnosis(0)); // C78.7
        QCOMPARE(pointedCodes(sheet), (QList<QStringList>{{u"Z85.038"_s}, {u"C22.0"_s}, {u"D13.4"_s, u"C22.0"_s}}));
        QVERIFY(!sheet.removeDiagnosis(3));
    }

    void allPointers_restoreUndoesADiagnosisRemoval()
    {
        Worksheet sheet(sample());
        const QStringList diagnoses = sheet.diagnoses();
        const QList<QList<int>> pointers = sheet.allPointers();
        QVERIFY(sheet.removeDiagnosis(2));
        sheet.setDiagnoses(diagnoses);
        QVERIFY(sheet.setAllPointers(pointers));
        QCOMPARE(sheet.content(), sample());
        QVERIFY(!sheet.setAllPointers({}));
    }

    void setDiagnosis_keepsPointers()
    {
        Worksheet sheet(sample());
        QSignalSpy changed(&sheet, &Worksheet::changed);
        QVERIFY(sheet.setDiagnosis(0, u"c22.0"_s));
        QCOMPARE(sheet.diagnoses().at(0), u"C22.0"_s);
        QCOMPARE(sheet.lines().at(0).pointers, (QList<int>{0, 1}));
        QVERIFY(sheet.setDiagnosis(0, u"C22.0"_s)); // unchanged: no signal
        QCOMPARE(changed.size(), 1);
        QVERIFY(!sheet.setDiagnosis(4, u"C22.0"_s));
    }

    void lineEdits_emitTheMatchingSignals()
    {
        Worksheet sheet(sample());
        QSignalSpy aboutToInsert(&sheet, &Worksheet::linesAboutToBeInserted);
        QSignalSpy inserted(&sheet, &Worksheet::linesInserted);
        QSignalSpy removed(&sheet, &Worksheet::linesRemoved);
        QSignalSpy moved(&sheet, &Worksheet::lineMoved);
        QVERIFY(sheet.insertLine(3));
        QCOMPARE(aboutToInsert.first(), (QVariantList{3, 3}));
        QCOMPARE(inserted.size(), 1);
        QVERIFY(sheet.duplicateLine(0));
        QCOMPARE(sheet.lineCount(), 5);
        QCOMPARE(sheet.line(1), sheet.line(0));
        QVERIFY(sheet.moveLine(0, 4));
        QCOMPARE(moved.first(), (QVariantList{0, 4}));
        QCOMPARE(sheet.line(4).code, u"47382"_s);
        QVERIFY(sheet.removeLine(4));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(sheet.lineCount(), 4);
    }

    void outOfRangeEdits_changeNothing()
    {
        Worksheet sheet(sample());
        QSignalSpy changed(&sheet, &Worksheet::changed);
        QVERIFY(!sheet.insertLine(-1));
        QVERIFY(!sheet.insertLine(4));
        QVERIFY(!sheet.removeLine(3));
        QVERIFY(!sheet.moveLine(0, 3));
        QVERIFY(!sheet.duplicateLine(-1));
        QVERIFY(!sheet.setLine(7, {}));
        QVERIFY(!sheet.setLineField(3, LineField::Code, u"47382"_s));
        QVERIFY(!sheet.moveDiagnosis(0, 4));
        QVERIFY(sheet.lineField(9, LineField::Code).isNull());
        QCOMPARE(changed.size(), 0);
        QCOMPARE(sheet.content(), sample());
    }

    void setLineField_convertsValues_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QVariant>("stored");
        const auto f = [](LineField field) { return int(field); };
        QTest::newRow("date text") << f(LineField::From) << QVariant(u"2026-11-03"_s) << true
                                   << QVariant(QDate(2026, 11, 3));
        QTest::newRow("date value") << f(LineField::To) << QVariant(QDate(2026, 11, 4)) << true
                                    << QVariant(QDate(2026, 11, 4));
        QTest::newRow("date cleared") << f(LineField::From) << QVariant(QString()) << true << QVariant(QDate());
        QTest::newRow("date as US coders type it")
            << f(LineField::From) << QVariant(u"11/03/2026"_s) << true << QVariant(QDate(2026, 11, 3));
        // Kept as typed; the line keeps its date (setLineField_unreadableDate_keptAsTyped).
        QTest::newRow("date nonsense") << f(LineField::From) << QVariant(u" 13/45/2026 "_s) << true
                                       << QVariant(u"13/45/2026"_s);
        QTest::newRow("date not text") << f(LineField::From) << QVariant(20261103) << false << QVariant();
        QTest::newRow("code upper-cased")
            << f(LineField::Code) << QVariant(u" 0600t "_s) << true << QVariant(u"0600T"_s);
        QTest::newRow("code not text") << f(LineField::Code) << QVariant(47382) << false << QVariant();
        QTest::newRow("modifiers text") << f(LineField::Modifiers) << QVariant(u"26, xs 59"_s) << true
                                        << QVariant(QStringList{u"26"_s, u"XS"_s, u"59"_s});
        QTest::newRow("modifiers list") << f(LineField::Modifiers) << QVariant(QStringList{u"lt"_s, u" "_s}) << true
                                        << QVariant(QStringList{u"LT"_s});
        QTest::newRow("pointers letters")
            << f(LineField::Pointers) << QVariant(u"b,a"_s) << true << QVariant::fromValue(QList<int>{1, 0});
        QTest::newRow("pointers run") << f(LineField::Pointers) << QVariant(u"ABD"_s) << true
                                      << QVariant::fromValue(QList<int>{0, 1, 3});
        QTest::newRow("pointers numbers")
            << f(LineField::Pointers) << QVariant(u"1 12"_s) << true << QVariant::fromValue(QList<int>{0, 11});
        QTest::newRow("pointers nonsense") << f(LineField::Pointers) << QVariant(u"A1"_s) << false << QVariant();
        QTest::newRow("units text") << f(LineField::Units) << QVariant(u"3"_s) << true << QVariant(3);
        QTest::newRow("units nonsense") << f(LineField::Units) << QVariant(u"three"_s) << false << QVariant();
        QTest::newRow("charge text") << f(LineField::Charge) << QVariant(u"4200.5"_s) << true
                                     << QVariant::fromValue(Money::fromCents(420050));
        QTest::newRow("charge separator") << f(LineField::Charge) << QVariant(u"4,200"_s) << false << QVariant();
        QTest::newRow("charge negative") << f(LineField::Charge) << QVariant(u"-1"_s) << false << QVariant();
        QTest::newRow("charge cleared") << f(LineField::Charge) << QVariant(u""_s) << true << QVariant();
        QTest::newRow("npi trimmed") << f(LineField::RenderingNpi) << QVariant(u" 1245319599"_s) << true
                                     << QVariant(u"1245319599"_s);
    }

    void setLineField_convertsValues()
    {
        QFETCH(int, field);
        QFETCH(QVariant, value);
        QFETCH(bool, ok);
        QFETCH(QVariant, stored);
        WorksheetContent content = sample();
        content.lines[1].from = QDate(2026, 11, 1); // so that clearing the date is a change
        Worksheet sheet(content);
        QSignalSpy linesChanged(&sheet, &Worksheet::linesChanged);
        QCOMPARE(sheet.setLineField(1, LineField(field), value), ok);
        if (!ok) {
            QCOMPARE(sheet.content(), content);
            QCOMPARE(linesChanged.size(), 0);
            return;
        }
        QCOMPARE(sheet.lineField(1, LineField(field)), stored);
        QCOMPARE(linesChanged.size(), 1);
        QCOMPARE(linesChanged.first(), (QVariantList{1, 1}));
    }

    void setLineField_unreadableDate_keptAsTyped_andTheDateStays()
    {
        WorksheetContent content = sample();
        content.lines[1].from = QDate(2026, 11, 1);
        Worksheet sheet(content);
        QVERIFY(sheet.setLineField(1, LineField::From, u"13/45/2026"_s));
        QCOMPARE(sheet.line(1).fromInput, u"13/45/2026"_s);
        QCOMPARE(sheet.line(1).from, QDate(2026, 11, 1)); // the line keeps its date
        QVERIFY(sheet.setLineField(1, LineField::To, u"tomorrow"_s));
        QCOMPARE(sheet.line(1).toInput, u"tomorrow"_s);
        // A readable date replaces what was typed; clearing clears both.
        QVERIFY(sheet.setLineField(1, LineField::From, u"11/04/2026"_s));
        QCOMPARE(sheet.line(1).from, QDate(2026, 11, 4));
        QVERIFY(sheet.line(1).fromInput.isEmpty());
        QVERIFY(sheet.setLineField(1, LineField::To, QString()));
        QVERIFY(sheet.line(1).toInput.isEmpty());
        QVERIFY(!sheet.line(1).to.isValid());
        // The claim's date works the same way.
        QVERIFY(sheet.setClaimField(ClaimField::DateOfService, u"45/45/45"_s));
        QCOMPARE(sheet.claim().dateOfServiceInput, u"45/45/45"_s);
        QCOMPARE(sheet.claim().dateOfService, sample().claim.dateOfService);
        QCOMPARE(sheet.claimField(ClaimField::DateOfService), QVariant(u"45/45/45"_s));
        QVERIFY(sheet.setClaimField(ClaimField::DateOfService, QDate(2026, 11, 5)));
        QVERIFY(sheet.claim().dateOfServiceInput.isEmpty());
        // Never saved: the file holds the dates only.
        QVERIFY(sheet.setLineField(0, LineField::From, u"13/45/2026"_s));
        QVERIFY(!WorksheetFile::toJson(sheet.content()).contains("13/45/2026"));
    }

    void setClaimField_inheritedFieldsRefreshTheLines()
    {
        Worksheet sheet(sample());
        QSignalSpy claimChanged(&sheet, &Worksheet::claimChanged);
        QSignalSpy linesChanged(&sheet, &Worksheet::linesChanged);
        QVERIFY(sheet.setClaimField(ClaimField::PlaceOfService, u"24"_s));
        QCOMPARE(claimChanged.size(), 1);
        QCOMPARE(linesChanged.size(), 1);
        QVERIFY(sheet.setClaimField(ClaimField::Payer, u" Aetna "_s));
        QCOMPARE(sheet.claim().payer, u"Aetna"_s);
        QCOMPARE(linesChanged.size(), 1); // the payer is not inherited by lines
        QVERIFY(sheet.setClaimField(ClaimField::DateOfService, u"2026-11-09"_s));
        QCOMPARE(sheet.claimField(ClaimField::DateOfService).toDate(), QDate(2026, 11, 9));
        // Kept as typed; the claim keeps its date.
        QVERIFY(sheet.setClaimField(ClaimField::DateOfService, u"yesterday"_s));
        QCOMPARE(sheet.claim().dateOfServiceInput, u"yesterday"_s);
        QCOMPARE(sheet.claim().dateOfService, QDate(2026, 11, 9));
        QVERIFY(!sheet.setClaimField(ClaimField::DateOfService, 20261109));
        QVERIFY(!sheet.setClaimField(ClaimField::Payer, 12));
        QVERIFY(sheet.setClaimField(ClaimField::Notes, u"  spaced  "_s));
        QCOMPARE(sheet.claim().notes, u"  spaced  "_s);
        const auto before = claimChanged.size();
        QVERIFY(sheet.setClaimField(ClaimField::Notes, u"  spaced  "_s));
        QCOMPARE(claimChanged.size(), before);
    }

    void setContent_resets()
    {
        Worksheet sheet;
        QSignalSpy aboutToReset(&sheet, &Worksheet::aboutToReset);
        QSignalSpy reset(&sheet, &Worksheet::reset);
        sheet.setContent(sample());
        QCOMPARE(aboutToReset.size(), 1);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(sheet.lineCount(), 3);
        QCOMPARE(sheet.content().totalCharge(), Money::fromCents(30000));
    }

    void pointerText_roundTrips()
    {
        QCOMPARE(pointerListText({0, 1, 11}), u"A, B, L"_s);
        QCOMPARE(parsePointerList(u"A, B, L"_s), std::optional<QList<int>>(QList<int>{0, 1, 11}));
        QCOMPARE(parsePointerList(u""_s), std::optional<QList<int>>(QList<int>{}));
        QVERIFY(!parsePointerList(u"A;B"_s));
        QCOMPARE(pointerLetter(30), u"31"_s);
        QVERIFY(!pointerIndex(u"0"_s));
        QVERIFY(!pointerIndex(u"+1"_s));
    }
};

QTEST_GUILESS_MAIN(TestWorksheet)
#include "tst_worksheet.moc"
