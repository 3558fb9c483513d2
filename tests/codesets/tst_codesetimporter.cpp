#include "codesets/CodeSetImporter.h"
#include "codesets/CodeSetStore.h"
#include "codesets/EntryChunk.h"
#include "core/LibraryDatabase.h"
#include "reference/MedicareIndicators.h"
#include "reference/ModifierDictionary.h"
#include "TestHome.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace codedesk;
using Status = CodeSetImportResult::Status;

class TestCodeSetImporter final : public QObject
{
    Q_OBJECT

private:
    CodeSetImportResult import(CodeSetKind kind, const QString &fixture, const ImportControl &control = {})
    {
        return CodeSetImporter(*m_db).importFile(kind, test::TestHome::dataPath(u"codesets/"_s + fixture), control);
    }

    std::unique_ptr<test::TestHome> m_home;
    std::unique_ptr<LibraryDatabase> m_db;

private Q_SLOTS:
    void init()
    {
        m_home = std::make_unique<test::TestHome>();
        m_db = m_home->openLibrary();
        QVERIFY(m_db);
    }

    void cleanup()
    {
        m_db.reset();
        m_home.reset();
    }

    void importOrderFile_storesEntriesAndItsVersion()
    {
        const CodeSetImportResult result = import(CodeSetKind::Icd10Cm, u"icd10cm-order-2021.txt"_s);
        QCOMPARE(result.status, Status::Imported);
        QCOMPARE(result.problems.size(), 4);
        const CodeSetVersion &v = result.version;
        QCOMPARE(v.part, CodeSetPart::Icd10CmOrder);
        QCOMPARE(v.fileName, u"icd10cm-order-2021.txt"_s);
        const QByteArray bytes = test::TestHome::readData(u"codesets/icd10cm-order-2021.txt"_s);
        QCOMPARE(v.sha256, QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(v.statedYear, 2021);
        QCOMPARE(v.effectiveFrom, QDate(2020, 10, 1));
        QCOMPARE(v.effectiveTo, QDate(2021, 9, 30));
        QCOMPARE(v.entries, 16);
        QCOMPARE(v.billable, 10);
        QCOMPARE(v.label, u"ICD-10-CM 2021"_s);
        QVERIFY(QDateTime::fromString(v.importedAt, Qt::ISODate).isValid());

        const CodeSetStore store(*m_db);
        QCOMPARE(store.entryCount(CodeSetKind::Icd10Cm), 16);
        const auto stored = store.version(CodeSetPart::Icd10CmOrder);
        QVERIFY(stored);
        QCOMPARE(stored->sha256, v.sha256);
        QCOMPARE(stored->effectiveTo, v.effectiveTo);
        const auto entry = store.entry(CodeSetKind::Icd10Cm, u"c787"_s);
        QVERIFY(entry);
        QCOMPARE(entry->code, u"C78.7"_s);
        QVERIFY(entry->billable);
        QCOMPARE(entry->longDescription, u"Secondary malignant neoplasm of liver and intrahepatic bile duct"_s);
        QVERIFY(!store.entry(CodeSetKind::Icd10Cm, u"C78"_s)->billable);
        QVERIFY(!store.entry(CodeSetKind::Hcpcs, u"C78.7"_s));
    }

    void rememberedVersions_lastUntilRememberedAgain()
    {
        CodeSetStore store(*m_db);
        store.rememberVersions();
        QCOMPARE(import(CodeSetKind::Icd10Cm, u"icd10cm-order-2021.txt"_s).status, Status::Imported);
        QVERIFY(!store.version(CodeSetPart::Icd10CmOrder)); // remembered before the import
        QVERIFY(store.sourceText(CodeSetPart::Icd10CmOrder).isEmpty());
        store.rememberVersions();
        QCOMPARE(store.version(CodeSetPart::Icd10CmOrder)->label, u"ICD-10-CM 2021"_s);
        QVERIFY(store.sourceText(CodeSetPart::Icd10CmOrder).startsWith(u"ICD-10-CM 2021 (icd10cm-order-2021.txt"_s));
        QVERIFY(QSqlQuery(m_db->connection()).exec(u"DELETE FROM codeset_version"_s));
        QVERIFY(store.version(CodeSetPart::Icd10CmOrder));
        store.forgetVersions(); // reads the database again
        QVERIFY(!store.version(CodeSetPart::Icd10CmOrder));
    }

    void reimportSameFile_isANoOp()
    {
        QCOMPARE(import(CodeSetKind::Icd10Cm, u"icd10cm-order-2021.txt"_s).status, Status::Imported);
        const QString firstImport = CodeSetStore(*m_db).version(CodeSetPart::Icd10CmOrder)->importedAt;
        QVERIFY(QSqlQuery(m_db->connection()).exec(u"UPDATE codeset_chunk SET entries = 99"_s)); // a marker
        const CodeSetImportResult again = import(CodeSetKind::Icd10Cm, u"icd10cm-order-2021.txt"_s);
        QCOMPARE(again.status, Status::Unchanged);
        QVERIFY(again.ok());
        QCOMPARE(again.version.entries, 16);
        QCOMPARE(again.version.importedAt, firstImport);
        QCOMPARE(CodeSetStore(*m_db).entryCount(CodeSetKind::Icd10Cm), 99); // nothing was rewritten
    }

    void importChangedFile_replacesThePreviousSet()
    {
        import(CodeSetKind::Icd10Cm, u"icd10cm-order-2021.txt"_s);
        const CodeSetImportResult result = import(CodeSetKind::Icd10Cm, u"icd10cm-order-2022.txt"_s);
        QCOMPARE(result.status, Status::Imported);
        const CodeSetStore store(*m_db);
        QCOMPARE(store.entryCount(CodeSetKind::Icd10Cm), 2);
        QVERIFY(!store.entry(CodeSetKind::Icd10Cm, u"C78.7"_s));
        QCOMPARE(store.version(CodeSetPart::Icd10CmOrder)->statedYear, 2022);
    }

    void rejectedFile_leavesThePreviousSetInPlace()
    {
        import(CodeSetKind::Icd10Cm, u"icd10cm-order-2021.txt"_s);
        const CodeSetImportResult result = import(CodeSetKind::Icd10Cm, u"icd10cm-order-garbage.txt"_s);
        QCOMPARE(result.status, Status::Rejected);
        QVERIFY(!result.error.isEmpty());
        const CodeSetStore store(*m_db);
        QCOMPARE(store.entryCount(CodeSetKind::Icd10Cm), 16);
        QCOMPARE(store.version(CodeSetPart::Icd10CmOrder)->fileName, u"icd10cm-order-2021.txt"_s);
    }

    void missingFile_isRejected()
    {
        const CodeSetImportResult result = import(CodeSetKind::Hcpcs, u"no-such-file.txt"_s);
        QCOMPARE(result.status, Status::Rejected);
        QVERIFY(!result.error.isEmpty());
    }

    void cancelWhileWriting_rollsBack()
    {
        import(CodeSetKind::Icd10Cm, u"icd10cm-order-2021.txt"_s);
        std::atomic_bool cancel{false};
        ImportControl control;
        control.cancel = &cancel;
        control.progress = [&cancel](double fraction) {
            if (fraction >= 0.5)
                cancel = true; // parsing is done; the write is under way
        };
        const CodeSetImportResult result = import(CodeSetKind::Icd10Cm, u"icd10cm-order-2022.txt"_s, control);
        QCOMPARE(result.status, Status::Cancelled);
        const CodeSetStore store(*m_db);
        QCOMPARE(store.entryCount(CodeSetKind::Icd10Cm), 16);
        QCOMPARE(store.version(CodeSetPart::Icd10CmOrder)->statedYear, 2021);
    }

    void databaseError_rollsBackEverything()
    {
        import(CodeSetKind::Icd10Cm, u"icd10cm-order-2021.txt"_s);
        QVERIFY(QSqlQuery(m_db->connection()).exec(u"DROP TABLE codeset_index"_s));
        const CodeSetImportResult result = import(CodeSetKind::Icd10Cm, u"icd10cm-order-2022.txt"_s);
        QCOMPARE(result.status, Status::Failed);
        QVERIFY(result.error.contains(u"codeset_index"_s));
        QCOMPARE(CodeSetStore(*m_db).entryCount(CodeSetKind::Icd10Cm), 16);
    }

    void tabular_notesAreInheritedFromCategorySectionAndChapter()
    {
        import(CodeSetKind::Icd10Cm, u"icd10cm-order-2021.txt"_s);
        const CodeSetImportResult result = import(CodeSetKind::Icd10Cm, u"icd10cm-tabular-2021.xml"_s);
        QCOMPARE(result.status, Status::Imported);
        QCOMPARE(result.version.part, CodeSetPart::Icd10CmTabular);
        QCOMPARE(result.version.notes, 14); // 13 and the sevenChrNote; the definitions are not notes
        QCOMPARE(result.version.entries, 12);
        QCOMPARE(result.problems.size(), 1);
        const auto entry = CodeSetStore(*m_db).entry(CodeSetKind::Icd10Cm, u"C22.0"_s);
        QVERIFY(entry);
        QCOMPARE(entry->notesOf(NoteKind::InclusionTerm).size(), 2);
        QCOMPARE(entry->notesOf(NoteKind::InclusionTerm).first().origin, u"C22.0"_s);
        const QList<CodeNote> excludes1 = entry->notesOf(NoteKind::Excludes1);
        QCOMPARE(excludes1.size(), 3);
        QCOMPARE(excludes1.at(1).text, u"secondary malignant neoplasm of liver (C78.7)"_s);
        QCOMPARE(excludes1.at(1).origin, u"C22"_s);
        QCOMPARE(excludes1.at(2).origin, u"C15-C26"_s);
        QCOMPARE(entry->notesOf(NoteKind::UseAdditional).size(), 3);
        QCOMPARE(entry->notesOf(NoteKind::Excludes2).first().origin, u"C15-C26"_s);
        QCOMPARE(entry->notesOf(NoteKind::Includes).first().origin, u"Chapter 2"_s);
        QVERIFY(entry->notes.first().origin == u"C22.0"_s); // nearest first
    }

    void tabular_seventhCharacterCode_inheritsFromItsCategory()
    {
        import(CodeSetKind::Icd10Cm, u"icd10cm-order-2021.txt"_s);
        import(CodeSetKind::Icd10Cm, u"icd10cm-tabular-2021.xml"_s);
        const auto entry = CodeSetStore(*m_db).entry(CodeSetKind::Icd10Cm, u"S52.521A"_s);
        QVERIFY(entry);
        QCOMPARE(entry->notesOf(NoteKind::Excludes2).size(), 1);
        QCOMPARE(entry->notesOf(NoteKind::Excludes2).first().origin, u"S52"_s);
    }

    void excludes1_forbiddenPair_namesTheNote()
    {
        import(CodeSetKind::Icd10Cm, u"icd10cm-tabular-2021.xml"_s);
        const CodeSetStore store(*m_db);
        auto conflict = store.excludes1Conflict(u"C22.0"_s, u"C78.7"_s);
        QVERIFY(conflict);
        QCOMPARE(conflict->message(), u"C22 excludes1 secondary malignant neoplasm of liver (C78.7)"_s);
        conflict = store.excludes1Conflict(u"C78.7"_s, u"C22.0"_s);
        QVERIFY(conflict);
        QCOMPARE(conflict->code, u"C22.0"_s);
        conflict = store.excludes1Conflict(u"C22.1"_s, u"C24.0"_s);
        QVERIFY(conflict);
        QCOMPARE(conflict->message(), u"C22.1 excludes1 malignant neoplasm of hepatic duct (C24.0)"_s);
        QVERIFY(!store.excludes1Conflict(u"C22.0"_s, u"C22.9"_s));
        QVERIFY(!store.excludes1Conflict(u"C22.0"_s, u"C22.0"_s));
        QVERIFY(!store.excludes1Conflict(u"C22.0"_s, u"C49.A0"_s)); // an Excludes2 note does not forbid
    }

    void hcpcs_addedDate_isReadFromTheRecordWhenStoredCodesLackIt()
    {
        QCOMPARE(import(CodeSetKind::Hcpcs, u"hcpcs-2026.txt"_s).status, Status::Imported);
        const CodeSetStore store(*m_db);
        QCOMPARE(store.entry(CodeSetKind::Hcpcs, u"J9399"_s)->added, QDate(2026, 7, 1));
        // Codes stored before the chunks kept the added date: rewrite the chunks without it.
        QSqlQuery select(m_db->connection());
        QVERIFY(select.exec(u"SELECT first_key, data FROM codeset_chunk WHERE kind = 'hcpcs'"_s));
        QList<std::pair<QString, QByteArray>> rewritten;
        while (select.next()) {
            QList<CodeSetEntry> entries;
            QVERIFY(EntryChunk::decode(select.value(1).toByteArray(), &entries));
            QList<const CodeSetEntry *> pointers;
            for (CodeSetEntry &entry : entries) {
                entry.added = QDate();
                pointers << &entry;
            }
            rewritten.append({select.value(0).toString(), EntryChunk::encode(pointers)});
        }
        QVERIFY(!rewritten.isEmpty());
        for (const auto &[firstKey, data] : std::as_const(rewritten)) {
            QVERIFY(!data.isEmpty() && !(data.at(0) & EntryChunk::AddedFlag));
            QSqlQuery update(m_db->connection());
            update.prepare(u"UPDATE codeset_chunk SET data = ? WHERE kind = 'hcpcs' AND first_key = ?"_s);
            update.addBindValue(data);
            update.addBindValue(firstKey);
            QVERIFY(update.exec());
        }
        QCOMPARE(store.entry(CodeSetKind::Hcpcs, u"J9399"_s)->added, QDate(2026, 7, 1));
        QCOMPARE(store.entry(CodeSetKind::Hcpcs, u"J3010"_s)->added, QDate(2001, 1, 1));
        QCOMPARE(store.entry(CodeSetKind::Hcpcs, u"Q4101"_s)->terminated, QDate(2025, 12, 31));
    }

    void hcpcs_terminatedCodesAreNotBillable_andModifiersFeedTheDictionary()
    {
        const CodeSetImportResult result = import(CodeSetKind::Hcpcs, u"hcpcs-2020.txt"_s);
        QCOMPARE(result.status, Status::Imported);
        QCOMPARE(result.version.entries, 5);
        QCOMPARE(result.version.billable, 4);
        QCOMPARE(result.modifiers, 3);
        const CodeSetStore store(*m_db);
        QCOMPARE(store.entry(CodeSetKind::Hcpcs, u"J9999"_s)->terminated, QDate(2014, 12, 31));
        QCOMPARE(store.entry(CodeSetKind::Hcpcs, u"J9999"_s)->added, QDate(2001, 1, 1));
        QCOMPARE(store.period(CodeSetKind::Hcpcs).from, QDate(2020, 1, 1));
        QCOMPARE(store.period(CodeSetKind::Hcpcs).to, QDate(2020, 12, 31));
        ModifierDictionary dictionary;
        store.applyTo(&dictionary, nullptr);
        const ModifierInfo *xs = dictionary.find(u"XS"_s);
        QVERIFY(xs);
        QCOMPARE(xs->kind, ModifierInfo::Kind::HcpcsLevelII);
        QVERIFY(xs->description.endsWith(u"separate organ/structure"_s));
        QVERIFY(xs->source.contains(u"HCPCS Level II 2020"_s));
    }

    void pfs_replacesTheMedicareIndicators()
    {
        QCOMPARE(import(CodeSetKind::Pfs, u"pfs-rvu-2025.csv"_s).status, Status::Imported);
        const CodeSetStore store(*m_db);
        MedicareIndicators indicators;
        store.applyTo(nullptr, &indicators);
        QCOMPARE(indicators.label(), u"PFS 2025"_s);
        QCOMPARE(indicators.size(), 6);
        const MedicareIndicatorRow *row = indicators.find(u"76940"_s, u"26"_s);
        QVERIFY(row);
        QCOMPARE(row->status, u"A"_s);
        QCOMPARE(row->pcTc, 1);
        QVERIFY(row->source.contains(u"pfs-rvu-2025.csv"_s));
        QCOMPARE(indicators.find(u"47370"_s)->nonFacilityTotal, u"NA"_s);
    }

    void pos_namesPlaces()
    {
        QCOMPARE(import(CodeSetKind::PlaceOfService, u"pos.csv"_s).status, Status::Imported);
        const CodeSetStore store(*m_db);
        QCOMPARE(store.placeOfServiceName(u"21"_s), u"Inpatient Hospital"_s);
        QCOMPARE(store.placeOfServiceName(u"9"_s), u"Prison/Correctional Facility"_s);
        QVERIFY(store.placeOfServiceName(u"99"_s).isEmpty());
        QCOMPARE(store.placesOfService().size(), 3);
    }

    void versions_listEveryImportedPart()
    {
        import(CodeSetKind::Icd10Cm, u"icd10cm-order-2021.txt"_s);
        import(CodeSetKind::Icd10Cm, u"icd10cm-tabular-2021.xml"_s);
        import(CodeSetKind::PlaceOfService, u"pos-2017.json"_s);
        const QList<CodeSetVersion> versions = CodeSetStore(*m_db).versions();
        QCOMPARE(versions.size(), 3);
        QCOMPARE(versions.at(0).part, CodeSetPart::Icd10CmOrder);
        QCOMPARE(versions.at(1).part, CodeSetPart::Icd10CmTabular);
        QCOMPARE(versions.at(2).part, CodeSetPart::PlaceOfService);
        QCOMPARE(versions.at(2).statedYear, 2017);
    }

    void period_icd10cm_isTheFiscalYear()
    {
        import(CodeSetKind::Icd10Cm, u"icd10cm-order-2021.txt"_s);
        const EffectivePeriod period = CodeSetStore(*m_db).period(CodeSetKind::Icd10Cm);
        QVERIFY(period.contains(QDate(2021, 9, 30)));
        QVERIFY(period.contains(QDate(2020, 10, 1)));
        QVERIFY(!period.contains(QDate(2021, 10, 1)));
        QCOMPARE(period.label, u"ICD-10-CM 2021"_s);
        QVERIFY(!CodeSetStore(*m_db).period(CodeSetKind::Pfs).isValid());
    }
};

QTEST_GUILESS_MAIN(TestCodeSetImporter)
#include "tst_codesetimporter.moc"
