#include "codesets/CodeSetImporter.h"
#include "codesets/CodeSetStore.h"
#include "core/LibraryDatabase.h"
#include "TestHome.h"
#include "worksheet/ClaimRule.h"
#include "worksheet/ClaimValidator.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace codedesk;

// The worksheet rules that need an imported code set (app/worksheet/CodeSetRules.cpp).
class TestCodeSetRules final : public QObject
{
    Q_OBJECT

private:
    void import(CodeSetKind kind, const QString &fixture)
    {
        const auto result = CodeSetImporter(*m_db).importFile(kind, test::TestHome::dataPath(u"codesets/"_s + fixture));
        QVERIFY2(result.ok(), qPrintable(result.error));
    }

    ClaimFindings validate(const QStringList &diagnoses, QDate date, const QString &code = u"47382"_s,
                           int lines = 1)
    {
        WorksheetContent worksheet;
        worksheet.claim.dateOfService = date;
        worksheet.diagnoses = diagnoses;
        ClaimLine line;
        line.code = code;
        line.pointers = {0};
        worksheet.lines = QList<ClaimLine>(lines, line);
        ValidationContext context;
        context.codeSets = m_store.get();
        return ClaimValidator(codeSetRules()).validate(worksheet, context);
    }

    static QStringList rules(const ClaimFindings &findings)
    {
        QStringList ids;
        for (const ClaimFinding &finding : findings)
            ids << finding.rule;
        return ids;
    }

    std::unique_ptr<test::TestHome> m_home;
    std::unique_ptr<LibraryDatabase> m_db;
    std::unique_ptr<CodeSetStore> m_store;
    const QDate inYear{2021, 3, 1};

private Q_SLOTS:
    void init()
    {
        m_home = std::make_unique<test::TestHome>();
        m_db = m_home->openLibrary();
        QVERIFY(m_db);
        m_store = std::make_unique<CodeSetStore>(*m_db);
    }

    void cleanup()
    {
        m_store.reset();
        m_db.reset();
        m_home.reset();
    }

    void nothingImported_rulesStaySilent()
    {
        QVERIFY(validate({u"C78"_s, u"C22.0"_s, u"C78.7"_s}, QDate(2030, 1, 1)).isEmpty());
    }

    void headerCode_isAnError_askingForAMoreSpecificCode()
    {
        import(CodeSetKind::Icd10Cm, u"icd10cm-order-2021.txt"_s);
        const ClaimFindings findings = validate({u"C78.7"_s, u"C78"_s}, inYear);
        QCOMPARE(rules(findings), QStringList{u"codeset.icd10cm.header"_s});
        const ClaimFinding &finding = findings.first();
        QCOMPARE(finding.severity, Severity::Error);
        QCOMPARE(finding.line, -1);
        QCOMPARE(finding.field, u"diagnosis2"_s);
        QVERIFY(finding.message.contains(u"B (C78)"_s));
        QVERIFY(finding.message.contains(u"choose a more specific code"_s));
        QVERIFY(finding.source.contains(u"ICD-10-CM 2021"_s));
        QVERIFY(finding.source.contains(u"icd10cm-order-2021.txt"_s));
    }

    void billableCodes_withoutAndWithTheDot_passTheHeaderRule()
    {
        import(CodeSetKind::Icd10Cm, u"icd10cm-order-2021.txt"_s);
        QVERIFY(validate({u"C787"_s, u"z85.05"_s}, inYear).isEmpty());
    }

    void codeNotInTheSet_isAWarning()
    {
        import(CodeSetKind::Icd10Cm, u"icd10cm-order-2021.txt"_s);
        const ClaimFindings findings = validate({u"C78.7"_s, u"C99.9"_s}, inYear);
        QCOMPARE(rules(findings), QStringList{u"codeset.icd10cm.unknown"_s});
        QCOMPARE(findings.first().severity, Severity::Warning);
        QVERIFY(findings.first().message.contains(u"not in ICD-10-CM 2021"_s));
    }

    void excludes1Pair_isAnError_namingTheNote()
    {
        import(CodeSetKind::Icd10Cm, u"icd10cm-order-2021.txt"_s);
        import(CodeSetKind::Icd10Cm, u"icd10cm-tabular-2021.xml"_s);
        const ClaimFindings findings = validate({u"C22.0"_s, u"Z85.05"_s, u"C78.7"_s}, inYear);
        QCOMPARE(rules(findings), QStringList{u"codeset.icd10cm.excludes1"_s});
        const ClaimFinding &finding = findings.first();
        QCOMPARE(finding.severity, Severity::Error);
        QCOMPARE(finding.field, u"diagnosis3"_s);
        QVERIFY2(finding.message.contains(u"C22 excludes1 secondary malignant neoplasm of liver (C78.7)"_s),
                 qPrintable(finding.message));
        QVERIFY(finding.message.contains(u"A (C22.0)"_s));
        QVERIFY(finding.message.contains(u"C (C78.7)"_s));
        QVERIFY(finding.source.contains(u"tabular"_s));
    }

    void excludes1_needsTheTabularList()
    {
        import(CodeSetKind::Icd10Cm, u"icd10cm-order-2021.txt"_s);
        QVERIFY(validate({u"C22.0"_s, u"C78.7"_s}, inYear).isEmpty());
    }

    void dateOutsideTheFiscalYear_isOneWarningForTheClaim()
    {
        import(CodeSetKind::Icd10Cm, u"icd10cm-order-2021.txt"_s);
        QVERIFY(validate({u"C78.7"_s}, QDate(2020, 10, 1)).isEmpty());
        QVERIFY(validate({u"C78.7"_s}, QDate(2021, 9, 30)).isEmpty());
        const ClaimFindings findings = validate({u"C78.7"_s}, QDate(2026, 11, 2), u"47382"_s, 3);
        QCOMPARE(rules(findings), QStringList{u"codeset.standIn"_s});
        QCOMPARE(findings.first().severity, Severity::Warning);
        QCOMPARE(findings.first().line, -1);
        QVERIFY2(findings.first().message.contains(u"2026-11-02"_s), qPrintable(findings.first().message));
        QVERIFY(findings.first().message.contains(u"ICD-10-CM 2021 (2020-10-01 to 2021-09-30) stands in"_s));
    }

    void twoSetsStandingIn_stillOneWarning()
    {
        import(CodeSetKind::Icd10Cm, u"icd10cm-order-2021.txt"_s);
        import(CodeSetKind::Hcpcs, u"hcpcs-2020.txt"_s);
        const ClaimFindings findings = validate({u"C78.7"_s}, QDate(2026, 11, 2), u"A4206"_s, 4);
        QCOMPARE(rules(findings), QStringList{u"codeset.standIn"_s});
        QVERIFY(findings.first().message.contains(u"ICD-10-CM 2021"_s));
        QVERIFY(findings.first().message.contains(u"HCPCS 2020"_s));
    }

    void hcpcsLine_outsideTheHcpcsYear_isAWarning()
    {
        import(CodeSetKind::Hcpcs, u"hcpcs-2020.txt"_s);
        QVERIFY(validate({}, QDate(2020, 6, 1), u"A4206"_s).isEmpty());
        const ClaimFindings findings = validate({}, QDate(2021, 1, 4), u"A4206"_s);
        QCOMPARE(rules(findings), QStringList{u"codeset.standIn"_s});
        QVERIFY(findings.first().message.contains(u"HCPCS 2020"_s));
        QVERIFY(validate({}, QDate(2021, 1, 4), u"47382"_s).isEmpty()); // CPT codes are not HCPCS Level II
    }

    void standardRules_includeTheCodeSetRules()
    {
        QVERIFY(ClaimValidator().rule(u"codeset.icd10cm.excludes1"_s));
        QVERIFY(ClaimValidator().rule(u"codeset.icd10cm.header"_s));
    }
};

QTEST_GUILESS_MAIN(TestCodeSetRules)
#include "tst_codesetrules.moc"
