#include "codesets/HcpcsImporter.h"
#include "TestHome.h"

#include <QTest>

#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace codedesk;

class TestHcpcsImporter final : public QObject
{
    Q_OBJECT

private:
    static HcpcsResult fixture()
    {
        return HcpcsImporter::parse(test::TestHome::readData(u"codesets/hcpcs-2020.txt"_s));
    }

    // A copy: callers pass the result of a parse, a temporary.
    static std::optional<CodeSetEntry> procedure(const HcpcsResult &result, const QString &code)
    {
        for (const CodeSetEntry &entry : result.procedures) {
            if (entry.code == code)
                return entry;
        }
        return std::nullopt;
    }

private Q_SLOTS:
    void parse_fixture_readsProceduresAndModifiers()
    {
        const HcpcsResult result = fixture();
        QVERIFY(result.error.isEmpty());
        QCOMPARE(result.statedYear, 2020);
        QCOMPARE(result.procedures.size(), 5);
        QCOMPARE(result.modifiers.size(), 3);
        const std::optional<CodeSetEntry> syringe = procedure(result, u"A4206"_s);
        QVERIFY(syringe);
        QCOMPARE(syringe->longDescription, u"Syringe with needle, sterile, 1 cc or less, each"_s);
        QCOMPARE(syringe->shortDescription, u"1 cc sterile syringe&needle"_s);
        QVERIFY(!syringe->terminated.isValid());
    }

    void parse_continuationLines_areJoined()
    {
        const HcpcsResult result = fixture();
        QCOMPARE(procedure(result, u"A0080"_s)->longDescription,
                 u"Non-emergency transportation, per mile - vehicle provided by volunteer (individual or "
                 "organization), with no vested interest"_s);
        QCOMPARE(procedure(result, u"G0121"_s)->longDescription,
                 u"Colorectal cancer screening; colonoscopy on individual not meeting criteria for high risk"_s);
        QCOMPARE(result.modifiers.at(1).code, u"AP"_s);
        QCOMPARE(result.modifiers.at(1).description,
                 u"Determination of refractive state was not performed in the course of diagnostic "
                 "ophthalmological examination"_s);
        QCOMPARE(result.modifiers.at(1).shortDescription, u"No dtmn of refractive state"_s);
        QCOMPARE(result.modifiers.at(2).description,
                 u"Separate structure, a service that is distinct because it was performed on a separate "
                 "organ/structure"_s);
    }

    void parse_rightAlignedModifierCodes_areTrimmed() { QCOMPARE(fixture().modifiers.at(0).code, u"A1"_s); }

    void parse_windows1252Bytes_becomeTheirCharacters()
    {
        const std::optional<CodeSetEntry> old = procedure(fixture(), u"J9999"_s);
        QVERIFY(old);
        QCOMPARE(old->longDescription, u"Not otherwise classified, antineoplastic drugs \u2013 old code"_s);
    }

    void parse_terminationDate_isRead()
    {
        const std::optional<CodeSetEntry> old = procedure(fixture(), u"J9999"_s);
        QCOMPARE(old->terminated, QDate(2014, 12, 31));
    }

    void parse_addedDate_isRead()
    {
        QCOMPARE(procedure(fixture(), u"A4206"_s)->added, QDate(2001, 1, 1));
        const HcpcsResult year2026 = HcpcsImporter::parse(test::TestHome::readData(u"codesets/hcpcs-2026.txt"_s));
        QCOMPARE(procedure(year2026, u"J9399"_s)->added, QDate(2026, 7, 1));
        QVERIFY(!procedure(year2026, u"J9399"_s)->terminated.isValid());
    }

    void parse_blankOrBrokenAddedDate_isNone()
    {
        QByteArray record(320, ' ');
        record.replace(0, 11, "J9398001003");
        record.replace(11, 20, "Injection, invented ");
        QByteArray broken = record;
        broken.replace(0, 5, "J9397");
        broken.replace(268, 8, "2026XX01");
        const HcpcsResult result =
            HcpcsImporter::parse("Note regarding CMS 2026 HCPCS Update\n\n" + record + "\n" + broken + "\n");
        QCOMPARE(result.procedures.size(), 2);
        QVERIFY(!procedure(result, u"J9398"_s)->added.isValid());
        QVERIFY(!procedure(result, u"J9397"_s)->added.isValid());
    }

    void parse_shortLastRecord_isKept()
    {
        const std::optional<CodeSetEntry> implant = procedure(fixture(), u"L8699"_s);
        QVERIFY(implant);
        QCOMPARE(implant->shortDescription, u"Prosthetic implant nos"_s);
    }

    void parse_brokenLines_areReportedWithTheirNumbers()
    {
        const HcpcsResult result = fixture();
        QCOMPARE(result.problems.size(), 2);
        QCOMPARE(result.problems.at(0).line, 16);
        QVERIFY(result.problems.at(0).message.contains(u"continuation of G0122"_s));
        QCOMPARE(result.problems.at(1).line, 18);
        QVERIFY(result.problems.at(1).message.contains(u"not a HCPCS record"_s));
    }

    void parse_disclaimerOnly_isRejected()
    {
        const HcpcsResult result =
            HcpcsImporter::parse(test::TestHome::readData(u"codesets/hcpcs-disclaimer-only.txt"_s));
        QVERIFY(result.error.contains(u"not a HCPCS Level II file"_s));
    }
};

QTEST_GUILESS_MAIN(TestHcpcsImporter)
#include "tst_hcpcsimporter.moc"
