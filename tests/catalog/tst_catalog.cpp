#include "catalog/Catalog.h"
#include "core/LibraryDatabase.h"
#include "reference/MedicareIndicators.h"
#include "reference/ModifierDictionary.h"
#include "TestHome.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace codedesk;
using codedesk::test::TestHome;

namespace {

QStringList codes(const QList<const Procedure *> &procedures)
{
    QStringList list;
    for (const Procedure *procedure : procedures)
        list << procedure->code;
    return list;
}

QStringList hitCodes(const QList<SearchHit> &hits)
{
    QStringList list;
    for (const SearchHit &hit : hits)
        list << hit.code;
    return list;
}

} // namespace

class TestCatalog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_home = std::make_unique<TestHome>();
        m_modifiers = ModifierDictionary::bundled();
        m_medicare = MedicareIndicators::bundled();
        m_catalog = std::make_unique<Catalog>();
        m_catalog->setReference(&m_modifiers, &m_medicare);
        QVERIFY(m_catalog->loadBundled());
        m_database = m_home->openLibrary();
        QVERIFY(m_database);
    }

    void cleanup()
    {
        m_catalog.reset();
        m_database.reset();
        m_home.reset();
    }

    void loadBundled_hasTheFiveSeedsInCodeOrder()
    {
        QCOMPARE(codes(m_catalog->procedures()),
                 (QStringList{u"47370"_s, u"47381"_s, u"47382"_s, u"47383"_s, u"47384"_s}));
        QCOMPARE(m_catalog->size(), 5);
        for (const Procedure *procedure : m_catalog->procedures())
            QCOMPARE(procedure->source.origin, Origin::Bundled);
    }

    void loadBundled_crossChecksEachSeedsModifierRow_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("modifier");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("severity");
        QTest::newRow("47370 00") << u"47370"_s << u"00"_s << u"modifier.unknown"_s << int(Severity::Error);
        QTest::newRow("47381 22") << u"47381"_s << u"22"_s << QString() << 0;
        QTest::newRow("47382 26") << u"47382"_s << u"26"_s << u"medicare.pcTc"_s << int(Severity::Error);
        QTest::newRow("47383 11") << u"47383"_s << u"11"_s << u"modifier.unknown"_s << int(Severity::Error);
        QTest::newRow("47384 26") << u"47384"_s << u"26"_s << u"medicare.notOnFile"_s << int(Severity::Warning);
    }

    void loadBundled_crossChecksEachSeedsModifierRow()
    {
        QFETCH(QString, code);
        QFETCH(QString, modifier);
        QFETCH(QString, rule);
        QFETCH(int, severity);
        const Procedure *procedure = m_catalog->find(code);
        QVERIFY(procedure);
        QCOMPARE(procedure->modifiers.size(), 1);
        const ModifierRow &row = procedure->modifiers.constFirst();
        QCOMPARE(row.modifier, modifier);
        if (rule.isEmpty()) {
            QVERIFY(row.findings.isEmpty());
            return;
        }
        QCOMPARE(row.findings.size(), 1);
        QCOMPARE(row.findings.constFirst().rule, rule);
        QCOMPARE(int(row.findings.constFirst().severity), severity);
        QVERIFY(!row.findings.constFirst().source.isEmpty());
    }

    void find_isCaseInsensitiveAndNullForUnknown()
    {
        QVERIFY(m_catalog->find(u" 47382 "_s));
        QVERIFY(!m_catalog->find(u"99999"_s));
        QVERIFY(!m_catalog->find(QString()));
        QVERIFY(!m_catalog->contains(u"4738"_s));
    }

    void search_ranksCodeThenTitleThenBody()
    {
        QList<SearchHit> hits = m_catalog->search(u"47382"_s);
        QCOMPARE(hits.constFirst().code, u"47382"_s);
        QCOMPARE(hits.constFirst().kind, u"procedure"_s);
        QCOMPARE(hits.constFirst().score, 1000.0);

        hits = m_catalog->search(u"4738"_s);
        QCOMPARE(hitCodes(hits).mid(0, 4), (QStringList{u"47381"_s, u"47382"_s, u"47383"_s, u"47384"_s}));
        QCOMPARE(hits.constFirst().score, 900.0);

        hits = m_catalog->search(u"Cryo"_s);
        QCOMPARE(hitCodes(hits).mid(0, 2), (QStringList{u"47381"_s, u"47383"_s})); // equal scores: code order
        QVERIFY(hits.at(1).score >= 500);

        hits = m_catalog->search(u"radiofrequency liver"_s);
        QCOMPARE(hitCodes(hits).mid(0, 2), (QStringList{u"47370"_s, u"47382"_s}));
        QVERIFY(hits.at(1).score >= 500);
        for (const SearchHit &hit : hits.mid(2))
            QVERIFY(hit.score < 500);

        hits = m_catalog->search(u"colorectal"_s); // only in the clinical context
        QVERIFY(!hits.isEmpty());
        for (const SearchHit &hit : hits)
            QVERIFY(hit.score >= 100 && hit.score < 300);

        hits = m_catalog->search(u"electroporation nonexistentword"_s);
        QVERIFY(hits.isEmpty()); // every word must be found
    }

    void search_limitAndEmptyQuery()
    {
        QCOMPARE(m_catalog->search(u"liver"_s, 2).size(), 2);
        QVERIFY(m_catalog->search(u"   "_s).isEmpty());
        QVERIFY(m_catalog->search(u"liver"_s, 0).isEmpty());
    }

    void search_findsModifierRowsAndSections()
    {
        QCOMPARE(hitCodes(m_catalog->search(u"professional component"_s)), (QStringList{u"47382"_s, u"47384"_s}));
    }

    void importReport_persistsAcrossRestart()
    {
        QSignalSpy changed(m_catalog.get(), &Catalog::changed);
        const QByteArray bytes = TestHome::readData(u"reports/kidney-cryo-50593.txt"_s);
        const ParseResult result = m_catalog->importReport(*m_database, bytes, u"/some/folder/kidney.txt"_s);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_catalog->find(u"50593"_s)->source.origin, Origin::Imported);
        // Findings come back in the result as well: 62 on a code without indicators.
        QCOMPARE(result.procedure.modifiers.at(2).findings.constFirst().rule, u"medicare.notOnFile"_s);

        // A new start: fresh objects over the same file.
        m_catalog.reset();
        m_database.reset();
        LibraryDatabase database(m_home->filePath(u"library.sqlite"_s));
        QVERIFY(database.open());
        Catalog catalog;
        catalog.setReference(&m_modifiers, &m_medicare);
        QVERIFY(catalog.loadBundled());
        QStringList problems;
        QVERIFY2(catalog.loadImported(database, &problems), qPrintable(problems.join(u'\n')));
        const Procedure *procedure = catalog.find(u"50593"_s);
        QVERIFY(procedure);
        QCOMPARE(procedure->title, u"Percutaneous Cryoablation of Renal Tumor"_s);
        QCOMPARE(procedure->source.file, u"kidney.txt"_s);
        QCOMPARE(procedure->source.bytes, bytes.size());
        QCOMPARE(procedure->source.origin, Origin::Imported);
        QCOMPARE(procedure->modifiers.size(), 3);
        QVERIFY(!procedure->modifiers.at(2).findings.isEmpty());
        QCOMPARE(catalog.size(), 6);
        QCOMPARE(catalog.search(u"renal"_s).constFirst().code, u"50593"_s);
    }

    void importReport_shadowsBundledUntilRemoved()
    {
        const QByteArray bytes = TestHome::readData(u"reports/modifiers-47370.txt"_s);
        QVERIFY(m_catalog->search(u"reviewed"_s).isEmpty()); // indexed now, before the import
        QVERIFY(m_catalog->importReport(*m_database, bytes, u"modifiers-47370.txt"_s).ok);
        // The search index is built on the first search after a change, never left stale.
        QCOMPARE(hitCodes(m_catalog->search(u"reviewed"_s)), QStringList{u"47370"_s});
        QCOMPARE(m_catalog->find(u"47370"_s)->title,
                 u"Laparoscopic Radiofrequency Ablation of Liver Tumor (reviewed)"_s);
        QCOMPARE(m_catalog->findBundled(u"47370"_s)->title, u"Laparoscopic Radiofrequency Ablation of Liver Tumor"_s);
        QCOMPARE(m_catalog->size(), 5);
        QCOMPARE(m_catalog->procedures().constFirst()->source.origin, Origin::Imported);
        // Every indicator check fires on this report's rows (62 info, 80 none, 50 warning, TC error, 66 error).
        const QList<ModifierRow> &rows = m_catalog->find(u"47370"_s)->modifiers;
        QCOMPARE(rows.size(), 7);
        QCOMPARE(rows.at(0).findings.constFirst().severity, Severity::Info);
        QVERIFY(rows.at(1).findings.isEmpty());
        QCOMPARE(rows.at(2).findings.constFirst().severity, Severity::Warning);
        QCOMPARE(rows.at(3).findings.constFirst().severity, Severity::Error);
        QCOMPARE(rows.at(4).findings.constFirst().rule, u"medicare.team"_s);
        QVERIFY(rows.at(5).findings.isEmpty());
        QVERIFY(rows.at(6).findings.isEmpty());

        QString error;
        QVERIFY(m_catalog->removeImported(*m_database, u"47370"_s, &error));
        QCOMPARE(m_catalog->find(u"47370"_s)->source.origin, Origin::Bundled);
        QVERIFY(m_catalog->search(u"reviewed"_s).isEmpty());
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(u"SELECT count(*) FROM imported_report"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

    void importReport_rejected_storesNothing()
    {
        const ParseResult result = m_catalog->importReport(*m_database, QByteArray("\0\1\2", 3), u"x.bin"_s);
        QVERIFY(!result.ok);
        QVERIFY(result.error.startsWith(u"binary input"_s));
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(u"SELECT count(*) FROM imported_report"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        QCOMPARE(m_catalog->size(), 5);
    }

    void importReport_storeFails_reportsAndAddsNothing()
    {
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(u"DROP TABLE imported_report"_s));
        const ParseResult result =
            m_catalog->importReport(*m_database, TestHome::readData(u"reports/lung-rfa-32998.txt"_s), u"lung.txt"_s);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.startsWith(u"cannot store"_s), qPrintable(result.error));
        QVERIFY(!m_catalog->contains(u"32998"_s));
    }

    void loadImported_damagedRow_isReportedOthersLoad()
    {
        QVERIFY(m_catalog->importReport(*m_database, TestHome::readData(u"reports/hcpcs-C9751.txt"_s), u"c.txt"_s).ok);
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(u"INSERT INTO imported_report (code, file_name, sha256, content, imported_at) "
                           "VALUES ('0000T', 'broken.txt', 'x', x'00ff00', 'now')"_s));
        Catalog catalog;
        QStringList problems;
        QVERIFY(!catalog.loadImported(*m_database, &problems));
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.constFirst().contains(u"broken.txt"_s));
        QVERIFY(catalog.contains(u"C9751"_s));
    }

    void loadImported_readsTheStoredRecordNotTheReport()
    {
        const QByteArray bytes = TestHome::readData(u"reports/kidney-cryo-50593.txt"_s);
        QVERIFY(m_catalog->importReport(*m_database, bytes, u"kidney.txt"_s).ok);
        // The report's bytes stay (sha256, re-parsing after an upgrade) but loading does not read them.
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(u"UPDATE imported_report SET content = x'00'"_s));
        Catalog catalog;
        catalog.setReference(&m_modifiers, &m_medicare);
        QStringList problems;
        QVERIFY2(catalog.loadImported(*m_database, &problems), qPrintable(problems.join(u'\n')));
        const Procedure *procedure = catalog.complete(u"50593"_s);
        QVERIFY(procedure);
        const Procedure *imported = m_catalog->complete(u"50593"_s);
        QCOMPARE(procedure->title, imported->title);
        QCOMPARE(procedure->summary, imported->summary);
        QCOMPARE(procedure->payers, imported->payers);
        QCOMPARE(procedure->codeSystem, imported->codeSystem);
        QCOMPARE(procedure->modifiers.size(), imported->modifiers.size());
        QCOMPARE(procedure->modifiers.at(2).whenToUse, imported->modifiers.at(2).whenToUse);
        QCOMPARE(procedure->modifiers.at(2).line, imported->modifiers.at(2).line);
        QCOMPARE(procedure->modifiers.at(2).findings.size(), imported->modifiers.at(2).findings.size());
        QCOMPARE(procedure->sections.size(), imported->sections.size());
        QCOMPARE(procedure->diagnostics.size(), imported->diagnostics.size());
        QCOMPARE(procedure->source.sha256, imported->source.sha256);
        QCOMPARE(procedure->source.bytes, bytes.size());
        QCOMPARE(procedure->facets.organs, imported->facets.organs);
    }

    // Loading reads outlines: a long imported report does not slow every start and command.
    void loadImported_readsOutlines_completeReadsTheText()
    {
        const QByteArray bytes = TestHome::readData(u"reports/kidney-cryo-50593.txt"_s);
        const ParseResult result = m_catalog->importReport(*m_database, bytes, u"kidney.txt"_s);
        QVERIFY(result.ok);
        QVERIFY(!result.procedure.clinicalContext.isEmpty());
        QVERIFY(!result.procedure.summary.isEmpty());
        Catalog catalog;
        catalog.setReference(&m_modifiers, &m_medicare);
        QVERIFY(catalog.loadImported(*m_database));
        const Procedure *outline = catalog.find(u"50593"_s);
        QVERIFY(outline);
        QCOMPARE(outline->title, result.procedure.title);
        QCOMPARE(outline->modifiers.size(), result.procedure.modifiers.size());
        QVERIFY(!outline->modifiers.at(2).findings.isEmpty()); // the claim rules' facts are there
        QVERIFY(outline->clinicalContext.isEmpty());
        QVERIFY(outline->summary.isEmpty());

        const Procedure *complete = catalog.complete(u"50593"_s);
        QVERIFY(complete);
        QCOMPARE(complete->clinicalContext, result.procedure.clinicalContext);
        QCOMPARE(complete->summary, result.procedure.summary);
        QCOMPARE(complete->sections.size(), result.procedure.sections.size());
        QCOMPARE(complete->modifiers.at(2).findings.size(), result.procedure.modifiers.at(2).findings.size());
        QCOMPARE(catalog.complete(u"50593"_s), complete); // read once
        QCOMPARE(catalog.complete(u"47382"_s), nullptr);  // not loaded in this catalog
        QCOMPARE(catalog.search(u"renal"_s).constFirst().code, u"50593"_s); // the text is searched
    }

    void complete_ofAReportGoneFromTheLibrary_saysWhy()
    {
        QVERIFY(m_catalog->importReport(*m_database, TestHome::readData(u"reports/kidney-cryo-50593.txt"_s),
                                        u"kidney.txt"_s).ok);
        Catalog catalog;
        QVERIFY(catalog.loadImported(*m_database));
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(u"DELETE FROM imported_report"_s)); // behind the catalog's back
        const Procedure *complete = catalog.complete(u"50593"_s);
        QVERIFY(complete);
        QVERIFY(complete->clinicalContext.isEmpty());
        QVERIFY2(complete->missingDataNotes.constFirst().contains(u"could not be read from the library"_s),
                 qPrintable(complete->missingDataNotes.constFirst()));
    }

    void loadImported_rowsWithoutOutline_getOne()
    {
        QVERIFY(m_catalog->importReport(*m_database, TestHome::readData(u"reports/kidney-cryo-50593.txt"_s),
                                        u"kidney.txt"_s).ok);
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(u"DELETE FROM imported_report_outline"_s)); // as schema 7 left it
        Catalog catalog;
        QStringList problems;
        QVERIFY2(catalog.loadImported(*m_database, &problems), qPrintable(problems.join(u'\n')));
        QVERIFY(catalog.find(u"50593"_s));
        QVERIFY(!catalog.complete(u"50593"_s)->clinicalContext.isEmpty());
        QVERIFY(query.exec(u"SELECT length(outline) > 10, length(outline) < length(record) FROM imported_report "
                           "JOIN imported_report_outline USING (code)"_s));
        QVERIFY(query.next());
        QVERIFY(query.value(0).toBool());
        QVERIFY(query.value(1).toBool());
    }

    void loadImported_libraryBeforeRecords_isParsedOnceAndRecorded()
    {
        // A library of schema 1 (reports stored as bytes only), as an older CodeDesk left it.
        const QString path = m_home->filePath(u"old.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"CREATE TABLE imported_report (code TEXT PRIMARY KEY, file_name TEXT NOT NULL,"
                               " sha256 TEXT NOT NULL, content BLOB NOT NULL, imported_at TEXT NOT NULL)"_s));
            query.prepare(u"INSERT INTO imported_report VALUES ('32998', 'lung.txt', 'x', ?, 'then')"_s);
            query.addBindValue(TestHome::readData(u"reports/lung-rfa-32998.txt"_s));
            QVERIFY(query.exec());
            QVERIFY(query.exec(u"PRAGMA user_version = 1"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"old"_s);
        LibraryDatabase database(path);
        QVERIFY2(database.open(), qPrintable(database.errorString()));
        Catalog catalog;
        QStringList problems;
        QVERIFY2(catalog.loadImported(database, &problems), qPrintable(problems.join(u'\n')));
        QCOMPARE(catalog.findImported(u"32998"_s)->source.file, u"lung.txt"_s);
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(u"SELECT record IS NOT NULL, record_format FROM imported_report"_s) && query.next());
        QVERIFY(query.value(0).toBool());
        QVERIFY(query.value(1).toInt() > 0);
        // From now on the record is what loads.
        QVERIFY(query.exec(u"UPDATE imported_report SET content = x'00'"_s));
        Catalog again;
        QVERIFY(again.loadImported(database));
        QVERIFY(again.findImported(u"32998"_s));
    }

    void loadImported_damagedRecord_isParsedAgainFromTheReport()
    {
        QVERIFY(m_catalog->importReport(*m_database, TestHome::readData(u"reports/hcpcs-C9751.txt"_s), u"c.txt"_s).ok);
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(u"UPDATE imported_report SET record = x'a1ff00'"_s));
        Catalog withDamagedRecord; // the outline loads; the text comes from the report's bytes
        QVERIFY(withDamagedRecord.loadImported(*m_database));
        QVERIFY(!withDamagedRecord.complete(u"C9751"_s)->summary.isEmpty());

        QVERIFY(query.exec(u"UPDATE imported_report_outline SET outline = x'a1ff00'"_s));
        Catalog catalog;
        QStringList problems;
        QVERIFY2(catalog.loadImported(*m_database, &problems), qPrintable(problems.join(u'\n')));
        QVERIFY(catalog.findImported(u"C9751"_s));
        QVERIFY(query.exec(u"SELECT length(record) > 3 FROM imported_report"_s) && query.next());
        QVERIFY(query.value(0).toBool());
    }

    void removeImported_notImported_failsAndChangesNothing()
    {
        QString error;
        QVERIFY(!m_catalog->removeImported(*m_database, u"47370"_s, &error));
        QCOMPARE(error, u"no imported report with the code 47370"_s);
        QCOMPARE(m_catalog->find(u"47370"_s)->source.origin, Origin::Bundled);
    }

    void recheck_followsReplacedIndicators()
    {
        QCOMPARE(m_catalog->find(u"47384"_s)->modifiers.constFirst().findings.constFirst().rule,
                 u"medicare.notOnFile"_s);
        MedicareIndicatorRow row;
        row.code = u"47384"_s;
        row.pcTc = 0;
        row.source = u"imported RVU file"_s;
        row.sourceDate = u"2026-01-01"_s;
        m_medicare.replaceAll({row}, u"PFS 2026"_s);
        QSignalSpy changed(m_catalog.get(), &Catalog::changed);
        m_catalog->recheck();
        QCOMPARE(changed.size(), 1);
        const Finding &finding = m_catalog->find(u"47384"_s)->modifiers.constFirst().findings.constFirst();
        QCOMPARE(finding.rule, u"medicare.pcTc"_s);
        QVERIFY(finding.message.contains(u"PFS 2026"_s));
    }

private:
    std::unique_ptr<TestHome> m_home;
    ModifierDictionary m_modifiers;
    MedicareIndicators m_medicare;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<LibraryDatabase> m_database;
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
