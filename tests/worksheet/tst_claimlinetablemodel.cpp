#include "worksheet/ClaimLineTableModel.h"
#include "worksheet/Worksheet.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace codedesk;

namespace {

WorksheetContent sample()
{
    WorksheetContent content;
    content.claim.dateOfService = QDate(2026, 11, 2);
    content.claim.placeOfService = u"22"_s;
    content.claim.renderingNpi = u"1234567893"_s;
    content.diagnoses = {u"C78.7"_s, u"Z85.038"_s};
    ClaimLine first;
    first.code = u"47382"_s;
    first.modifiers = {u"26"_s, u"XS"_s};
    first.pointers = {0, 1};
    first.charge = Money::fromCents(420000);
    ClaimLine second;
    second.code = u"76940"_s;
    second.from = QDate(2026, 11, 3);
    second.placeOfService = u"11"_s;
    second.pointers = {0};
    second.units = 2;
    content.lines = {first, second};
    return content;
}

int col(ClaimLineColumn column)
{
    return int(column);
}

} // namespace

class TestClaimLineTableModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelTester_acceptsEveryEdit()
    {
        Worksheet sheet(sample());
        ClaimLineTableModel model(&sheet);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), col(ClaimLineColumn::Count));
        QVERIFY(sheet.insertLine(1));
        QVERIFY(sheet.duplicateLine(0));
        QVERIFY(sheet.moveLine(0, 3));
        QVERIFY(sheet.moveLine(3, 0));
        QVERIFY(sheet.moveLine(1, 2));
        QVERIFY(sheet.removeLine(2));
        QVERIFY(sheet.setLineField(0, LineField::Units, 3));
        QVERIFY(sheet.removeDiagnosis(0));
        QVERIFY(sheet.setClaimField(ClaimField::PlaceOfService, u"24"_s));
        sheet.setContent(sample());
        QVERIFY(model.setData(model.index(1, col(ClaimLineColumn::Modifier2)), u"xs"_s));
        model.setFindings({{u"code.unknown"_s, Severity::Warning, 0, u"code"_s, u"unknown"_s, u"test"_s, {}}});
        QVERIFY(sheet.insertLine(0));
        QCOMPARE(model.rowCount(), 3);
    }

    void display_showsInheritedValuesAndMarksThem()
    {
        Worksheet sheet(sample());
        ClaimLineTableModel model(&sheet);
        const QModelIndex from = model.index(0, col(ClaimLineColumn::From));
        QCOMPARE(from.data().toString(), u"2026-11-02"_s);
        QCOMPARE(from.data(Qt::EditRole).toString(), QString());
        QVERIFY(from.data(ClaimLineRole::InheritedRole).toBool());
        QVERIFY(from.data(Qt::ToolTipRole).toString().contains(u"From the claim"));
        const QModelIndex pos = model.index(1, col(ClaimLineColumn::PlaceOfService));
        QCOMPARE(pos.data().toString(), u"11"_s);
        QVERIFY(!pos.data(ClaimLineRole::InheritedRole).toBool());
        QCOMPARE(model.index(1, col(ClaimLineColumn::To)).data().toString(), u"2026-11-03"_s);
        QCOMPARE(model.index(0, col(ClaimLineColumn::Modifier2)).data().toString(), u"XS"_s);
        QCOMPARE(model.index(0, col(ClaimLineColumn::Modifier3)).data().toString(), QString());
        QCOMPARE(model.index(0, col(ClaimLineColumn::Pointers)).data().toString(), u"A, B"_s);
        QCOMPARE(model.index(0, col(ClaimLineColumn::Charge)).data().toString(), u"4200.00"_s);
        QCOMPARE(model.index(1, col(ClaimLineColumn::Charge)).data().toString(), QString());
        QCOMPARE(model.index(1, col(ClaimLineColumn::Units)).data().toInt(), 2);
        QCOMPARE(model.headerData(1, Qt::Vertical).toInt(), 2);
        QCOMPARE(model.headerData(col(ClaimLineColumn::Code), Qt::Horizontal).toString(), u"Code"_s);
        QCOMPARE(model.index(0, col(ClaimLineColumn::Modifier3)).data(ClaimLineRole::FieldRole).toString(),
                 u"modifier3"_s);
    }

    void claimEdit_refreshesInheritedCells()
    {
        Worksheet sheet(sample());
        ClaimLineTableModel model(&sheet);
        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(sheet.setClaimField(ClaimField::RenderingNpi, u"1245319599"_s));
        QCOMPARE(dataChanged.size(), 1);
        QCOMPARE(model.index(0, col(ClaimLineColumn::RenderingNpi)).data().toString(), u"1245319599"_s);
    }

    void setData_editsTheWorksheet()
    {
        Worksheet sheet(sample());
        ClaimLineTableModel model(&sheet);
        QVERIFY(model.setData(model.index(1, col(ClaimLineColumn::Code)), u"77013"_s));
        QCOMPARE(sheet.line(1).code, u"77013"_s);
        QVERIFY(model.setData(model.index(1, col(ClaimLineColumn::Modifier3)), u"26"_s));
        QCOMPARE(sheet.line(1).modifiers, QStringList{u"26"_s}); // compacted: no empty slots
        QVERIFY(model.setData(model.index(0, col(ClaimLineColumn::Modifier1)), QString()));
        QCOMPARE(sheet.line(0).modifiers, QStringList{u"XS"_s});
        QVERIFY(model.setData(model.index(0, col(ClaimLineColumn::Pointers)), u"B A"_s));
        QCOMPARE(sheet.line(0).pointers, (QList<int>{1, 0}));
        QVERIFY(model.setData(model.index(0, col(ClaimLineColumn::Charge)), u"99.9"_s));
        QCOMPARE(sheet.line(0).charge, std::optional<Money>(Money::fromCents(9990)));
        QVERIFY(!model.setData(model.index(0, col(ClaimLineColumn::Charge)), u"9.999"_s));
        QVERIFY(!model.setData(model.index(0, col(ClaimLineColumn::From)), 20261102));
        // Text that is no date is kept as typed and shown in the cell; the line keeps its date.
        const QDate before = sheet.line(0).from;
        QVERIFY(model.setData(model.index(0, col(ClaimLineColumn::From)), u"not a date"_s));
        QCOMPARE(sheet.line(0).from, before);
        QCOMPARE(model.index(0, col(ClaimLineColumn::From)).data().toString(), u"not a date"_s);
        QCOMPARE(model.index(0, col(ClaimLineColumn::From)).data(Qt::EditRole).toString(), u"not a date"_s);
        QVERIFY(!model.index(0, col(ClaimLineColumn::From)).data(ClaimLineRole::InheritedRole).toBool());
        QVERIFY(!model.setData(model.index(0, col(ClaimLineColumn::Code)), u"x"_s, Qt::DisplayRole));
        QVERIFY(model.flags(model.index(0, 0)).testFlag(Qt::ItemIsEditable));
    }

    void editHandler_receivesEditsInsteadOfTheWorksheet()
    {
        Worksheet sheet(sample());
        ClaimLineTableModel model(&sheet);
        QList<std::tuple<int, LineField, QVariant>> edits;
        model.setEditHandler([&edits](int row, LineField field, const QVariant &value) {
            edits.append({row, field, value});
            return true;
        });
        QVERIFY(model.setData(model.index(0, col(ClaimLineColumn::Modifier2)), u"59"_s));
        QCOMPARE(edits.size(), 1);
        QCOMPARE(std::get<0>(edits.first()), 0);
        QCOMPARE(std::get<1>(edits.first()), LineField::Modifiers);
        QCOMPARE(std::get<2>(edits.first()).toStringList(), (QStringList{u"26"_s, u"59"_s}));
        QCOMPARE(sheet.line(0).modifiers, (QStringList{u"26"_s, u"XS"_s})); // untouched
    }

    void findings_showOnTheirCellsUntilRowsChange()
    {
        Worksheet sheet(sample());
        ClaimLineTableModel model(&sheet);
        model.setFindings({
            {u"indicator.pcTc"_s, Severity::Error, 0, u"modifier1"_s, u"26 does not apply"_s, u"CMS"_s, {}},
            {u"pointer.dangling"_s, Severity::Error, 1, u"pointer2"_s, u"no such diagnosis"_s, u"NUCC"_s, {}},
            {u"units.limit"_s, Severity::Warning, 1, u"pointers"_s, u"x"_s, u"y"_s, {}},
            {u"lines.tooMany"_s, Severity::Warning, -1, u"lines"_s, u"claim-wide"_s, u"X12"_s, {}},
        });
        const QModelIndex modifier = model.index(0, col(ClaimLineColumn::Modifier1));
        QCOMPARE(modifier.data(ClaimLineRole::SeverityRole).toInt(), int(Severity::Error));
        QVERIFY(modifier.data(Qt::ToolTipRole).toString().contains(u"indicator.pcTc"));
        QCOMPARE(model.index(1, col(ClaimLineColumn::Pointers)).data(ClaimLineRole::FindingsRole).toStringList().size(),
                 2);
        QCOMPARE(model.index(0, col(ClaimLineColumn::Code)).data(ClaimLineRole::SeverityRole).toInt(), -1);
        QVERIFY(sheet.removeLine(1));
        QCOMPARE(modifier.data(ClaimLineRole::SeverityRole).toInt(), -1);
    }

    void columnsAndFields_mapBothWays()
    {
        for (int column = 0; column < col(ClaimLineColumn::Count); ++column) {
            const QString field = ClaimLineTableModel::fieldName(ClaimLineColumn(column));
            QCOMPARE(ClaimLineTableModel::columnForField(field), ClaimLineColumn(column));
        }
        QCOMPARE(ClaimLineTableModel::columnForField(u"pointer3"_s), ClaimLineColumn::Pointers);
        QCOMPARE(ClaimLineTableModel::columnForField(u"modifiers"_s), ClaimLineColumn::Modifier1);
        QCOMPARE(ClaimLineTableModel::columnForField(u"diagnoses"_s), ClaimLineColumn::Count);
    }
};

QTEST_GUILESS_MAIN(TestClaimLineTableModel)
#include "tst_claimlinetablemodel.moc"
