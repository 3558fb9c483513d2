#include "worksheetview/FindingsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace codedesk;
using codedesk::ui::FindingsModel;

class TestFindingsModel final : public QObject
{
    Q_OBJECT

    static ClaimFinding finding(Severity severity, int line, const QString &field, const QString &message)
    {
        return {u"rule.%1"_s.arg(field), severity, line, field, message, u"source"_s, {}};
    }

    static QStringList messages(const FindingsModel &model)
    {
        QStringList list;
        for (int row = 0; row < model.rowCount(); ++row)
            list << model.index(row, FindingsModel::MessageColumn).data().toString();
        return list;
    }

    FindingsModel m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

private Q_SLOTS:
    void init()
    {
        m_model.setFindings({});
        m_tester = std::make_unique<QAbstractItemModelTester>(&m_model,
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void findingNamingManyLines_isOneRowNamingThem_inTheCodersWords()
    {
        ClaimFinding units = finding(Severity::Error, 0, u"units"_s, u"47382 is reported 300 units in all"_s);
        for (int line = 0; line < 300; ++line)
            units.lines << line;
        m_model.setFindings({units, finding(Severity::Warning, 4, u"modifier2"_s, u"m"_s)});
        QCOMPARE(m_model.rowCount(), 2);
        QCOMPARE(m_model.index(0, FindingsModel::LineColumn).data().toString(), u"1–300"_s);
        QVERIFY(m_model.index(0, FindingsModel::MessageColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(u"lines 1–300: "_s));
        QCOMPARE(m_model.index(0, FindingsModel::FieldColumn).data().toString(), u"units"_s);
        QCOMPARE(m_model.index(1, FindingsModel::FieldColumn).data().toString(), u"modifier 2"_s);
        QCOMPARE(m_model.index(1, 0).data(FindingsModel::FieldRole).toString(), u"modifier2"_s);
        QCOMPARE(m_model.index(0, 0).data(FindingsModel::LineRole).toInt(), 0); // where activation leads
    }

    void findings_areSortedMostSeriousFirst_andCounted()
    {
        m_model.setFindings(
            {finding(Severity::Info, 0, u"code"_s, u"n1"_s), finding(Severity::Error, 1, u"units"_s, u"e1"_s),
             finding(Severity::Warning, -1, u"payer"_s, u"w1"_s), finding(Severity::Error, 2, u"code"_s, u"e2"_s)});
        QCOMPARE(messages(m_model), (QStringList{u"e1"_s, u"e2"_s, u"w1"_s, u"n1"_s}));
        QCOMPARE(m_model.errorCount(), 2);
        QCOMPARE(m_model.warningCount(), 1);
        QCOMPARE(m_model.index(2, FindingsModel::LineColumn).data().toString(), u"claim"_s);
        QCOMPARE(m_model.index(0, FindingsModel::LineColumn).data().toString(), u"2"_s);
        QCOMPARE(m_model.index(0, 0).data(FindingsModel::LineRole).toInt(), 1);
        QCOMPARE(m_model.index(0, 0).data(FindingsModel::FieldRole).toString(), u"units"_s);
        QVERIFY(!m_model.index(0, FindingsModel::SeverityColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(m_model.index(0, FindingsModel::SourceColumn).data(Qt::ToolTipRole).toString(), u"source"_s);
    }

    void sameFindings_changeNothing()
    {
        const ClaimFindings findings{finding(Severity::Error, 0, u"code"_s, u"a"_s),
                                     finding(Severity::Warning, 1, u"code"_s, u"b"_s)};
        m_model.setFindings(findings);
        QSignalSpy changed(&m_model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&m_model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&m_model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&m_model, &QAbstractItemModel::modelReset);
        m_model.setFindings(findings);
        QCOMPARE(changed.size() + inserted.size() + removed.size() + reset.size(), 0);
    }

    void oneChangedFinding_changesOnlyItsRow()
    {
        ClaimFindings findings;
        for (int line = 0; line < 10; ++line)
            findings << finding(Severity::Warning, line, u"code"_s, u"m%1"_s.arg(line));
        m_model.setFindings(findings);
        QSignalSpy changed(&m_model, &QAbstractItemModel::dataChanged);
        findings[4].message = u"typed"_s;
        m_model.setFindings(findings);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 4);
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), 4);
        QCOMPARE(m_model.index(4, FindingsModel::MessageColumn).data().toString(), u"typed"_s);
    }

    void findingsAddedAndRemovedInTheMiddle_keepTheRest()
    {
        ClaimFindings findings;
        for (int line = 0; line < 6; ++line)
            findings << finding(Severity::Warning, line, u"code"_s, u"m%1"_s.arg(line));
        m_model.setFindings(findings);
        QSignalSpy removed(&m_model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&m_model, &QAbstractItemModel::rowsInserted);
        ClaimFindings next = findings;
        next.remove(2, 2); // m2, m3 gone
        next.insert(2, finding(Severity::Warning, 9, u"units"_s, u"new"_s));
        m_model.setFindings(next);
        QCOMPARE(messages(m_model), (QStringList{u"m0"_s, u"m1"_s, u"new"_s, u"m4"_s, u"m5"_s}));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 1);

        m_model.setFindings({});
        QCOMPARE(m_model.rowCount(), 0);
        m_model.setFindings(findings);
        QCOMPARE(messages(m_model).size(), 6);
    }

    void hostileText_isReturnedAsIs()
    {
        m_model.setFindings({finding(Severity::Error, 0, u"code"_s, u"<img src=x onerror=alert(1)>"_s)});
        QCOMPARE(m_model.index(0, FindingsModel::MessageColumn).data().toString(), u"<img src=x onerror=alert(1)>"_s);
    }
};

QTEST_MAIN(TestFindingsModel)
#include "tst_findingsmodel.moc"
