// Code-set imports that must be refused whole, leaving the set in force: files mostly not in the
// format, files far smaller than the set they would replace, files over the size limit (also from
// a device), pathological XML, a PFS banner without end; and imports cancelled half-way.
#include "codesets/CodeSetImporter.h"
#include "codesets/CodeSetStore.h"
#include "codesets/Icd10TabularImporter.h"
#include "codesets/PfsRvuImporter.h"
#include "CommandRun.h"
#include "core/LibraryDatabase.h"
#include "TestHome.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace codedesk;
using Status = CodeSetImportResult::Status;

namespace {

// 3,000 random bytes (a fixed seed, so every run sees the same ones) and then `tail`.
QByteArray garbageThen(const QByteArray &tail)
{
    QRandomGenerator random(12);
    QByteArray bytes(3000, '\0');
    for (char &c : bytes)
        c = char(random.bounded(256));
    bytes[0] = 'x'; // not '<': stays an order file, not a tabular list
    return bytes + '\n' + tail;
}

QByteArray orderRecord(int order, const QByteArray &key, const QByteArray &title)
{
    return QByteArray::number(order).rightJustified(5, '0') + ' ' + key.leftJustified(7, ' ') + " 1 " +
           title.leftJustified(60, ' ') + ' ' + title + "\r\n";
}

QByteArray tabular(const QByteArray &body)
{
    return "<?xml version=\"1.0\"?>\n<ICD10CM.tabular><version>2021</version><chapter><name>1</name>"
           "<desc>Chapter one</desc>" +
           body + "</chapter></ICD10CM.tabular>\n";
}

} // namespace

class TestImportLimits final : public QObject
{
    Q_OBJECT

private:
    CodeSetImportResult importFixture(CodeSetKind kind, const QString &fixture)
    {
        return CodeSetImporter(*m_db).importFile(kind, test::TestHome::dataPath(u"codesets/"_s + fixture));
    }
    CodeSetImportResult importBytes(CodeSetKind kind, const QByteArray &bytes, const ImportControl &control = {})
    {
        return CodeSetImporter(*m_db).importBytes(kind, bytes, u"input.txt"_s, control);
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

    // The reported case: random bytes plus one valid order-file record took ICD-10-CM to 1 code.
    void orderFile_randomBytesAndOneRecord_isRefusedAndTheSetStays()
    {
        QCOMPARE(importFixture(CodeSetKind::Icd10Cm, u"icd10cm-order-2021.txt"_s).status, Status::Imported);
        CodeSetStore store(*m_db);
        const int before = store.entryCount(CodeSetKind::Icd10Cm);
        QVERIFY(before > 1);
        const QString sha = store.version(CodeSetPart::Icd10CmOrder)->sha256;

        const CodeSetImportResult result =
            importBytes(CodeSetKind::Icd10Cm, garbageThen(orderRecord(1, "C787", "Secondary malignant neoplasm")));
        QCOMPARE(result.status, Status::Rejected);
        QVERIFY2(result.error.startsWith(u"not an ICD-10-CM order file: "_s), qPrintable(result.error));
        QVERIFY2(result.error.contains(u"lines rejected"_s) && result.error.contains(u"1 accepted"_s),
                 qPrintable(result.error));
        QVERIFY2(result.error.contains(u"set in force is kept"_s), qPrintable(result.error));
        QCOMPARE(store.entryCount(CodeSetKind::Icd10Cm), before);
        QCOMPARE(store.version(CodeSetPart::Icd10CmOrder)->sha256, sha);
        QVERIFY(store.entry(CodeSetKind::Icd10Cm, u"C22.0"_s));
    }

    void placesOfService_randomBytesAndOneRow_isRefusedAndTheSetStays()
    {
        QCOMPARE(importFixture(CodeSetKind::PlaceOfService, u"pos.csv"_s).status, Status::Imported);
        CodeSetStore store(*m_db);
        const QList<PlaceOfService> before = store.placesOfService();
        QVERIFY(!before.isEmpty());

        const CodeSetImportResult result =
            importBytes(CodeSetKind::PlaceOfService, garbageThen("11,Office,Where the physician works\n"));
        QCOMPARE(result.status, Status::Rejected);
        QVERIFY2(result.error.startsWith(u"not a place-of-service file: "_s), qPrintable(result.error));
        QCOMPARE(store.placesOfService().size(), before.size());
        QCOMPARE(store.placeOfServiceName(u"21"_s), u"Inpatient Hospital"_s);
        QVERIFY(store.placeOfServiceName(u"11"_s).isEmpty());
    }

    void fewerThanATenthOfTheSetInForce_isRefused()
    {
        QByteArray big;
        for (int i = 0; i < 200; ++i)
            big += orderRecord(i + 1, "A" + QByteArray::number(100 + i), "Generated code " + QByteArray::number(i));
        QCOMPARE(importBytes(CodeSetKind::Icd10Cm, big).status, Status::Imported);
        const CodeSetImportResult result = importFixture(CodeSetKind::Icd10Cm, u"icd10cm-order-2022.txt"_s);
        QCOMPARE(result.status, Status::Rejected);
        QVERIFY2(result.error.contains(u"incomplete: 2 entries where the set in force has 200"_s),
                 qPrintable(result.error));
        QCOMPARE(CodeSetStore(*m_db).entryCount(CodeSetKind::Icd10Cm), 200);
    }

    void mostlyGoodFile_withSomeBadLines_isImported()
    {
        // The fixture has 4 bad lines among 20: reported, not a reason to refuse.
        const CodeSetImportResult result = importFixture(CodeSetKind::Icd10Cm, u"icd10cm-order-2021.txt"_s);
        QCOMPARE(result.status, Status::Imported);
        QCOMPARE(result.problems.size(), 4);
    }

    void device_isReadOnlyUpToTheLimit()
    {
        // QFile::size() is 0 for /dev/zero: the limit is checked while reading.
        const CodeSetImportResult result =
            CodeSetImporter(*m_db).importFile(CodeSetKind::PlaceOfService, u"/dev/zero"_s);
        QCOMPARE(result.status, Status::Rejected);
        QVERIFY2(result.error.contains(u"larger than 4 MiB, the limit for a pos file"_s), qPrintable(result.error));
    }

    void limits_holdTheRealFilesWithRoom()
    {
        QVERIFY(CodeSetImporter::maximumBytes(CodeSetKind::Icd10Cm) >= 4 * 14'300'000);
        QVERIFY(CodeSetImporter::maximumBytes(CodeSetKind::Hcpcs) >= 4 * 2'800'000);
        QVERIFY(CodeSetImporter::maximumBytes(CodeSetKind::Pfs) >= 4 * 8'000'000);
        QVERIFY(CodeSetImporter::maximumBytes(CodeSetKind::PlaceOfService) >= 64 * 16'000);
    }

    void cancelledWhileWriting_rollsBackAndTheSetStays()
    {
        QCOMPARE(importFixture(CodeSetKind::Icd10Cm, u"icd10cm-order-2021.txt"_s).status, Status::Imported);
        QByteArray big;
        for (int i = 0; i < 20000; ++i)
            big += orderRecord(i + 1, "B" + QByteArray::number(10000 + i), "Generated code " + QByteArray::number(i));
        std::atomic_bool cancel{false};
        ImportControl control;
        control.cancel = &cancel;
        control.progress = [&cancel](double fraction) {
            if (fraction > 0.6) // in the writing half
                cancel.store(true);
        };
        const CodeSetImportResult result = importBytes(CodeSetKind::Icd10Cm, big, control);
        QCOMPARE(result.status, Status::Cancelled);
        CodeSetStore store(*m_db);
        QCOMPARE(store.entryCount(CodeSetKind::Icd10Cm), 16);
        QVERIFY(!store.entry(CodeSetKind::Icd10Cm, u"B10000"_s));
    }

    void tabular_elementWithTensOfThousandsOfAttributes_isRefusedAtOnce()
    {
        QByteArray attributes;
        for (int i = 0; i < 50000; ++i)
            attributes += " a" + QByteArray::number(i) + "=\"v\"";
        const Icd10TabularResult result =
            Icd10TabularImporter::parse(tabular("\n<diag" + attributes + "><name>A00</name><desc>x</desc></diag>"));
        QVERIFY2(result.error.startsWith(u"line 3: an element with more than 64 attributes"_s),
                 qPrintable(result.error));
        QVERIFY(result.nodes.isEmpty());
    }

    void tabular_attributesInCommentsAndValues_areNotCounted()
    {
        QByteArray comment = "<!-- ";
        for (int i = 0; i < 500; ++i)
            comment += "a=b ";
        const Icd10TabularResult result = Icd10TabularImporter::parse(
            tabular(comment + "--><section id=\"A00-A09\"><desc>a=b&gt;c</desc><diag><name>A00</name>"
                              "<desc>Cholera = x</desc></diag></section>"));
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.codes, 1);
    }

    void tabular_manyNotesInOneElement_keepTheirOrder()
    {
        QByteArray notes = "<excludes1>";
        for (int i = 0; i < 50000; ++i)
            notes += "<note>note " + QByteArray::number(i) + "</note>";
        notes += "</excludes1>";
        const Icd10TabularResult result =
            Icd10TabularImporter::parse(tabular("<diag><name>A00</name><desc>Cholera</desc>" + notes + "</diag>"));
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.notes.size(), 50000);
        QCOMPARE(result.notes.first().text, u"note 0"_s);
        QCOMPARE(result.notes.last().text, u"note 49999"_s);
        QCOMPARE(result.notes.at(1234).key, u"A00"_s);
    }

    void tabular_chapterNotesPendingOverManySiblings_attachToTheChapter()
    {
        QByteArray notes = "<includes>";
        for (int i = 0; i < 20000; ++i)
            notes += "<note>chapter note " + QByteArray::number(i) + "</note>";
        notes += "</includes>";
        QByteArray codes;
        for (int i = 0; i < 20000; ++i) {
            const QByteArray code = "A" + QByteArray::number(10000 + i);
            codes += "<diag><name>" + code + "</name><desc>Code</desc><excludes2><note>own " + code +
                     "</note></excludes2></diag>";
        }
        const Icd10TabularResult result = Icd10TabularImporter::parse(tabular(notes + codes));
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.codes, 20000);
        QCOMPARE(result.notes.size(), 40000);
        int chapterNotes = 0;
        for (const TabularNote &note : result.notes) {
            if (note.key == u"CH:1"_s) {
                QCOMPARE(note.text, u"chapter note %1"_s.arg(chapterNotes));
                ++chapterNotes;
            } else {
                QCOMPARE(note.text, u"own "_s + note.key);
            }
        }
        QCOMPARE(chapterNotes, 20000);
    }

    void tabular_notesOfANamelessElement_goNowhere()
    {
        const Icd10TabularResult result = Icd10TabularImporter::parse(
            tabular("<diag><desc>no name</desc><excludes1><note>lost</note></excludes1></diag>"
                    "<diag><name>A01</name><desc>Typhoid</desc><excludes1><note>kept</note></excludes1></diag>"));
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.notes.size(), 1);
        QCOMPARE(result.notes.first().text, u"kept"_s);
        QCOMPARE(result.notes.first().key, u"A01"_s);
    }

    void damagedCodesInTheLibrary_sayDamaged_notEmpty()
    {
        const QString fixture = test::TestHome::dataPath(u"codesets/icd10cm-order-2021.txt"_s);
        QCOMPARE(test::runCommand({u"codeset"_s, u"import"_s, u"icd10cm"_s, fixture}).status, 0);
        {
            LibraryDatabase library(LibraryDatabase::defaultPath());
            QVERIFY(library.open());
            QSqlQuery query(library.connection());
            QVERIFY(query.exec(u"UPDATE codeset_chunk SET data = x'ff00ff'"_s));
            QVERIFY(query.exec(u"DELETE FROM codeset_index"_s));
        }
        const QDir folder = QFileInfo(LibraryDatabase::defaultPath()).dir();
        for (const QString &index : folder.entryList({u"*.index"_s}, QDir::Files))
            QVERIFY(QFile::remove(folder.filePath(index)));
        const test::CommandRun run = test::runCommand({u"codeset"_s, u"search"_s, u"icd10cm"_s, u"liver"_s});
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(u"is damaged in the library"_s) && run.err.contains(u"import it again"_s),
                 qPrintable(run.err));
        QVERIFY(!run.err.contains(u"no icd10cm code set imported yet"_s));
    }

    void pfs_endlessBanner_isRefusedAfterTwoHundredLines()
    {
        QByteArray bytes;
        for (int i = 0; i < 100000; ++i)
            bytes += "NOTICE LINE " + QByteArray::number(i) + ",,,\n";
        bytes += "HCPCS,MOD,STATUS CODE\n";
        const PfsRvuResult result = PfsRvuImporter::parse(bytes);
        QVERIFY2(result.error.contains(u"no header line starting HCPCS,MOD in the first 200 lines"_s),
                 qPrintable(result.error));
        QVERIFY(result.rows.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestImportLimits)
#include "tst_importlimits.moc"
