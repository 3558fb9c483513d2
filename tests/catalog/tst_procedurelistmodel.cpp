#include "catalog/Catalog.h"
#include "catalog/ProcedureListModel.h"
#include "catalog/ProcedureRoles.h"
#include "core/LibraryDatabase.h"
#include "TestHome.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace codedesk;
using codedesk::test::TestHome;

class TestProcedureListModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_home = std::make_unique<TestHome>();
        m_catalog = std::make_unique<Catalog>();
        QVERIFY(m_catalog->loadBundled());
    }

    void cleanup()
    {
        m_catalog.reset();
        m_home.reset();
    }

    void model_passesTheModelTester()
    {
        ProcedureListModel model(m_catalog.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    }

    void data_exposesEveryRole()
    {
        ProcedureListModel model(m_catalog.get());
        const QModelIndex index = model.index(model.rowOf(u"47383"_s), 0);
        QVERIFY(index.isValid());
        QCOMPARE(index.data(CodeRole).toString(), u"47383"_s);
        QCOMPARE(index.data(TitleRole).toString(), u"Percutaneous Cryoablation of Liver Tumors"_s);
        QCOMPARE(index.data(Qt::DisplayRole).toString(), u"47383  Percutaneous Cryoablation of Liver Tumors"_s);
        QCOMPARE(index.data(CodeSystemRole).toString(), u"CPT Category I"_s);
        QCOMPARE(index.data(OriginRole).toString(), u"bundled"_s);
        QCOMPARE(index.data(FacetsRole).toStringList(), (QStringList{u"percutaneous"_s, u"cryo"_s, u"liver"_s}));
        QCOMPARE(index.data(ServiceTypeRole).toString(), u"Percutaneous tumor ablation (cryosurgery)"_s);
        QVERIFY(index.data(SiteOfServiceRole).toString().startsWith(u"Interventional radiology suite"_s));
        QCOMPARE(index.data(PayersRole).toStringList().size(), 5);
        QVERIFY(!index.data(Qt::DecorationRole).isValid());
        QCOMPARE(model.procedureAt(index.row())->code, u"47383"_s);
        QVERIFY(!model.procedureAt(99));
        QCOMPARE(model.rowOf(u"99999"_s), -1);
        QCOMPARE(model.roleNames().value(CodeSystemRole), QByteArray("codeSystem"));
    }

    void import_resetsTheModelAndShowsTheImportedReport()
    {
        ProcedureListModel model(m_catalog.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        LibraryDatabase database(m_home->filePath(u"library.sqlite"_s));
        QVERIFY(database.open());
        QVERIFY(
            m_catalog->importReport(database, TestHome::readData(u"reports/kidney-cryo-50593.txt"_s), u"k.txt"_s).ok);
        QVERIFY(m_catalog->importReport(database, TestHome::readData(u"reports/modifiers-47370.txt"_s), u"m.txt"_s).ok);
        QCOMPARE(reset.size(), 2);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.index(5, 0).data(CodeRole).toString(), u"50593"_s);
        QCOMPARE(model.index(0, 0).data(OriginRole).toString(), u"imported"_s);
        QCOMPARE(model.index(5, 0).data(FacetsRole).toStringList(),
                 (QStringList{u"percutaneous"_s, u"cryo"_s, u"kidney"_s}));
        QVERIFY(m_catalog->removeImported(database, u"50593"_s));
        QCOMPARE(model.rowCount(), 5);
    }

private:
    std::unique_ptr<TestHome> m_home;
    std::unique_ptr<Catalog> m_catalog;
};

QTEST_GUILESS_MAIN(TestProcedureListModel)
#include "tst_procedurelistmodel.moc"
