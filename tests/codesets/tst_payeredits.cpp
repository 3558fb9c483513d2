#include "codesets/CodeSetImporter.h"
#include "codesets/MueImporter.h"
#include "codesets/NcciPtpImporter.h"
#include "codesets/PayerEditStore.h"
#include "core/LibraryDatabase.h"
#include "CommandRun.h"
#include "TestHome.h"

#include <QTest>

#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace codedesk;

// The CMS NCCI practitioner PTP and MUE files: parsing (header found by name, bad rows skipped
// with their line), the quarter as version, all-or-nothing import, and the store's look-ups.
class TestPayerEdits final : public QObject
{
    Q_OBJECT

private:
    static QString fixture(const QString &name) { return test::TestHome::dataPath(u"codesets/"_s + name); }

    CodeSetImportResult import(CodeSetKind kind, const QString &name, const QString &quarter = {})
    {
        CodeSetImporter importer(*m_db);
        importer.setQuarter(quarter);
        return importer.importFile(kind, fixture(name));
    }

    // A copy: the lists searched are often temporaries.
    static std::optional<PtpEdit> find(const QList<PtpEdit> &edits, const QString &column1, const QString &column2)
    {
        for (const PtpEdit &edit : edits) {
            if (edit.column1 == column1 && edit.column2 == column2)
                return edit;
        }
        return std::nullopt;
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

    void ptp_headerFoundByName_badRowsSkippedWithTheirLine()
    {
        const NcciPtpResult parsed = NcciPtpImporter::parse(test::TestHome::readData(u"codesets/ncci-ptp-2026Q1.txt"_s));
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QCOMPARE(parsed.edits, 7);
        QCOMPARE(parsed.problems.size(), 3);
        QCOMPARE(parsed.problems.at(0).line, 12);
        QVERIFY(parsed.problems.at(1).message.contains(u"YYYYMMDD"_s));
        QVERIFY(parsed.problems.at(2).message.contains(u"0, 1 or 9"_s));
        QCOMPARE(parsed.latestEffective, QDate(2024, 1, 1));
        const QList<PtpEdit> edits = PtpRecord::decode(u"47382"_s, true, parsed.asColumn1.value("47382"),
                                                       parsed.rationales);
        QCOMPARE(edits.size(), 1);
        QCOMPARE(edits.first().column2, u"76940"_s);
        QCOMPARE(edits.first().modifierIndicator, 0);
        QCOMPARE(edits.first().effective, QDate(2009, 1, 1));
        QVERIFY(!edits.first().deletion.isValid());
        QCOMPARE(edits.first().rationale, u"Misuse of column two code with column one code"_s);
    }

    void ptp_withoutHeader_isRejected()
    {
        QVERIFY(!NcciPtpImporter::parse(test::TestHome::readData(u"codesets/ncci-ptp-no-header.txt"_s)).error.isEmpty());
        QVERIFY(!NcciPtpImporter::parse(QByteArray()).error.isEmpty());
        QVERIFY(!NcciPtpImporter::parse(test::TestHome::readData(u"codesets/mue-2026Q1.txt"_s)).error.isEmpty());
    }

    void mue_headerFoundByName_indicatorsRead()
    {
        const MueResult parsed = MueImporter::parse(test::TestHome::readData(u"codesets/mue-2026Q1.txt"_s));
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QCOMPARE(parsed.limits.size(), 4);
        QCOMPARE(parsed.problems.size(), 2);
        QCOMPARE(parsed.limits.first().code, u"J3010"_s);
        QCOMPARE(parsed.limits.first().units, 20);
        QCOMPARE(parsed.limits.first().adjudication, 3);
        QCOMPARE(parsed.limits.at(1).adjudicationText, u"2 Date of Service Edit: Policy"_s);
        QCOMPARE(parsed.effective, QDate(2026, 1, 1)); // "effective 1/1/2026" above the header
        QVERIFY(!MueImporter::parse(test::TestHome::readData(u"codesets/ncci-ptp-2026Q1.txt"_s)).error.isEmpty());
    }

    void quarter_fromTheNameTheCmsVersionOrTheUser()
    {
        QCOMPARE(quarterNamedIn(u"ncci-ptp-2026Q1.txt"_s), u"2026Q1"_s);
        QCOMPARE(quarterNamedIn(u"practitioner_2025-q4.txt"_s), u"2025Q4"_s);
        QCOMPARE(quarterNamedIn(u"ccipra-v321r0-f1.txt"_s), u"2026Q2"_s);
        QCOMPARE(quarterNamedIn(u"MCR_MUE_PractitionerServices_Eff_07-01-2026.txt"_s), u"2026Q3"_s);
        QCOMPARE(quarterNamedIn(u"ptp.txt"_s), QString());
        QCOMPARE(quarterPeriod(u"2026Q2"_s), std::make_pair(QDate(2026, 4, 1), QDate(2026, 6, 30)));
        QVERIFY(!quarterPeriod(u"2026Q5"_s).first.isValid());

        const auto result = import(CodeSetKind::NcciPtp, u"ncci-ptp-2026Q1.txt"_s, u"2025q4"_s);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.version.label, u"NCCI PTP 2025Q4"_s);
        QCOMPARE(result.version.effectiveFrom, QDate(2025, 10, 1));
        QVERIFY(!import(CodeSetKind::Mue, u"mue-2026Q1.txt"_s, u"spring"_s).ok());
    }

    void import_storesEditsAndVersion_lookupsFindThem()
    {
        const auto ptp = import(CodeSetKind::NcciPtp, u"ncci-ptp-2026Q1.txt"_s);
        QVERIFY2(ptp.ok(), qPrintable(ptp.error));
        QCOMPARE(ptp.version.part, CodeSetPart::NcciPtp);
        QCOMPARE(ptp.version.label, u"NCCI PTP 2026Q1"_s);
        QCOMPARE(ptp.version.entries, 7);
        QCOMPARE(ptp.problems.size(), 3);
        const auto mue = import(CodeSetKind::Mue, u"mue-2026Q1.txt"_s);
        QVERIFY2(mue.ok(), qPrintable(mue.error));
        QCOMPARE(mue.version.label, u"NCCI MUE 2026Q1"_s);

        PayerEditStore store(*m_db);
        QCOMPARE(store.version(CodeSetPart::NcciPtp)->effectiveTo, QDate(2026, 3, 31));
        QVERIFY(store.sourceText(CodeSetPart::Mue).contains(u"NCCI MUE 2026Q1"_s));

        const QList<PtpEdit> among = store.editsAmong({u"47370"_s, u"47382"_s, u"76940"_s, u"99213"_s});
        QCOMPARE(among.size(), 2);
        QVERIFY(find(among, u"47382"_s, u"76940"_s));
        QCOMPARE(find(among, u"47370"_s, u"47382"_s)->modifierIndicator, 1);
        QVERIFY(store.editsAmong({u"47382"_s}).isEmpty());

        const QList<PtpEdit> partners = store.partners(u"47382"_s);
        QCOMPARE(partners.size(), 2); // column 1 of 76940, column 2 of 47370
        QVERIFY(find(partners, u"47382"_s, u"76940"_s));
        QCOMPARE(find(partners, u"47370"_s, u"47382"_s)->rationale, u"Mutually exclusive procedures"_s);
        const auto deleted = find(store.partners(u"77013"_s), u"47383"_s, u"77013"_s);
        QVERIFY(deleted);
        QVERIFY(deleted->appliesOn(QDate(2019, 12, 31)));
        QVERIFY(!deleted->appliesOn(QDate(2020, 1, 1)));
        QVERIFY(find(store.partners(u"36415"_s), u"99213"_s, u"36415"_s)->priorTo1996);

        const auto limit = store.mue(u"j3010"_s);
        QVERIFY(limit);
        QCOMPARE(limit->units, 20);
        QCOMPARE(limit->adjudication, 3);
        QVERIFY(!store.mue(u"99999"_s));
        QCOMPARE(store.mues({u"J3010"_s, u"J1100"_s, u"A0000"_s}).size(), 2);
    }

    void failedImport_keepsThePreviousEdits()
    {
        QVERIFY(import(CodeSetKind::NcciPtp, u"ncci-ptp-2026Q1.txt"_s).ok());
        const auto rejected = import(CodeSetKind::NcciPtp, u"ncci-ptp-no-header.txt"_s);
        QCOMPARE(rejected.status, CodeSetImportResult::Status::Rejected);
        PayerEditStore store(*m_db);
        QCOMPARE(store.partners(u"47382"_s).size(), 2);
        QCOMPARE(store.version(CodeSetPart::NcciPtp)->label, u"NCCI PTP 2026Q1"_s);
        QCOMPARE(import(CodeSetKind::NcciPtp, u"ncci-ptp-2026Q1.txt"_s).status,
                 CodeSetImportResult::Status::Unchanged);
    }

    void commandLine_importsBothKinds_andNamesTheVersion()
    {
        const auto ptp = test::runCommand({u"codeset"_s, u"import"_s, u"ncci-ptp"_s, fixture(u"ncci-ptp-2026Q1.txt"_s)});
        QCOMPARE(ptp.status, 0);
        QVERIFY2(ptp.out.contains(u"version\tNCCI PTP 2026Q1\n"_s), qPrintable(ptp.out));
        QVERIFY(ptp.out.contains(u"entries\t7\n"_s));
        QVERIFY(ptp.err.contains(u":12: "_s));
        const auto mue = test::runCommand(
            {u"codeset"_s, u"import"_s, u"mue"_s, fixture(u"mue-2026Q1.txt"_s), u"--quarter"_s, u"2026Q2"_s});
        QCOMPARE(mue.status, 0);
        QVERIFY2(mue.out.contains(u"version\tNCCI MUE 2026Q2\n"_s), qPrintable(mue.out));
        const auto bad = test::runCommand({u"codeset"_s, u"import"_s, u"ncci-ptp"_s, fixture(u"ncci-ptp-no-header.txt"_s)});
        QCOMPARE(bad.status, 1);
        QVERIFY(bad.err.contains(u"Column 1"_s));
    }
};

QTEST_GUILESS_MAIN(TestPayerEdits)
#include "tst_payeredits.moc"
