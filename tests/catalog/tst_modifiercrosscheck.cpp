#include "catalog/ModifierCrossCheck.h"
#include "TestHome.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace codedesk;

class TestModifierCrossCheck final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_modifiers = ModifierDictionary::bundled();
        m_medicare = MedicareIndicators::bundled();
    }
    void init() { m_home = std::make_unique<test::TestHome>(); }
    void cleanup() { m_home.reset(); }

    void check_againstBundledTables_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("modifier");
        QTest::addColumn<QString>("rule"); // empty: no finding
        QTest::addColumn<int>("severity");
        QTest::addColumn<QString>("fragment");
        const int error = int(Severity::Error);
        const int warning = int(Severity::Warning);
        const int info = int(Severity::Info);
        QTest::newRow("26 on PC/TC 0") << u"47382"_s << u"26"_s << u"medicare.pcTc"_s << error
                                       << u"PC/TC indicator 0"_s;
        QTest::newRow("TC on PC/TC 0") << u"47370"_s << u"TC"_s << u"medicare.pcTc"_s << error
                                       << u"PC/TC indicator 0"_s;
        QTest::newRow("26 on PC/TC 1") << u"76940"_s << u"26"_s << QString() << 0 << QString();
        QTest::newRow("62 co-surgeon 1") << u"47370"_s << u"62"_s << u"medicare.coSurgeon"_s << info
                                         << u"co-surgeon indicator 1"_s;
        QTest::newRow("62 co-surgeon 0") << u"47382"_s << u"62"_s << u"medicare.coSurgeon"_s << error
                                         << u"not permitted"_s;
        QTest::newRow("66 team 0") << u"47370"_s << u"66"_s << u"medicare.team"_s << error
                                   << u"team-surgery indicator 0"_s;
        QTest::newRow("50 bilateral 0") << u"47381"_s << u"50"_s << u"medicare.bilateral"_s << warning
                                        << u"paid as one side"_s;
        QTest::newRow("80 assistant 2") << u"47370"_s << u"80"_s << QString() << 0 << QString();
        QTest::newRow("80 assistant 1") << u"47382"_s << u"80"_s << u"medicare.assistant"_s << error << u"not paid"_s;
        QTest::newRow("AS assistant 1") << u"47383"_s << u"as"_s << u"medicare.assistant"_s << error << u"not paid"_s;
        QTest::newRow("82 assistant 0") << u"77013"_s << u"82"_s << u"medicare.assistant"_s << info
                                        << u"documentation"_s;
        QTest::newRow("51 mult 2") << u"47370"_s << u"51"_s << QString() << 0 << QString();
        QTest::newRow("not a modifier 11") << u"47383"_s << u"11"_s << u"modifier.unknown"_s << error
                                           << u"\u201c11\u201d is not a CPT or HCPCS Level II modifier"_s;
        QTest::newRow("not a modifier 00") << u"47370"_s << u"00"_s << u"modifier.unknown"_s << error << u"00"_s;
        QTest::newRow("markup is not a modifier")
            << u"47370"_s << u"<b>26</b>"_s << u"modifier.unknown"_s << error << u"<b>26</b>"_s;
        QTest::newRow("empty cell") << u"47370"_s << QString() << u"modifier.missing"_s << warning << u"no modifier"_s;
        QTest::newRow("no indicators on file") << u"47384"_s << u"26"_s << u"medicare.notOnFile"_s << warning
                                               << u"no Medicare indicators on file (PFS 2025)"_s;
        QTest::newRow("59 needs no indicators") << u"47384"_s << u"59"_s << QString() << 0 << QString();
        QTest::newRow("XS known") << u"47382"_s << u"xs"_s << QString() << 0 << QString();
    }

    void check_againstBundledTables()
    {
        QFETCH(QString, code);
        QFETCH(QString, modifier);
        QFETCH(QString, rule);
        QFETCH(int, severity);
        QFETCH(QString, fragment);
        const QList<Finding> findings = ModifierCrossCheck(m_modifiers, m_medicare).check(code, modifier);
        if (rule.isEmpty()) {
            QVERIFY2(findings.isEmpty(), qPrintable(findings.value(0).message));
            return;
        }
        QCOMPARE(findings.size(), 1);
        const Finding &finding = findings.constFirst();
        QCOMPARE(finding.rule, rule);
        QCOMPARE(int(finding.severity), severity);
        QVERIFY2(finding.message.contains(fragment), qPrintable(finding.message));
        QVERIFY(!finding.source.isEmpty());
        QVERIFY2(finding.source.contains(u"2025"_s), qPrintable(finding.source));
    }

    void check_indicatorFinding_namesRowAndDocumentationSources()
    {
        const QList<Finding> findings = ModifierCrossCheck(m_modifiers, m_medicare).check(u"47382"_s, u"26"_s);
        QCOMPARE(findings.size(), 1);
        QVERIFY(findings.constFirst().source.contains(u"RVU25D"_s));
        QVERIFY(findings.constFirst().source.contains(u"2025-09-11"_s));
        QVERIFY(findings.constFirst().source.contains(u"documentation"_s));
        QVERIFY(findings.constFirst().message.contains(u"47382"_s));
    }

    void check_codeNotOnFile_namesTheSuccessorCodesFromData()
    {
        const QList<Finding> findings = ModifierCrossCheck(m_modifiers, m_medicare).check(u"47384"_s, u"26"_s);
        QCOMPARE(findings.size(), 1);
        QVERIFY(findings.constFirst().message.startsWith(u"no Medicare indicators on file (PFS 2025) for 47384"_s));
        QVERIFY(findings.constFirst().message.contains(u"0600T"_s));
        QVERIFY(findings.constFirst().message.contains(u"0601T"_s));
        // A code the data says nothing about gets the plain message.
        const QString plain =
            ModifierCrossCheck(m_modifiers, m_medicare).check(u"50593"_s, u"62"_s).constFirst().message;
        QCOMPARE(plain, u"no Medicare indicators on file (PFS 2025) for 50593: 62 cannot be checked"_s);
    }

    void check_rulesComeFromData()
    {
        MedicareIndicators custom;
        QString error;
        QVERIFY2(custom.loadJson(R"({"label": "TEST", "source": "test table", "date": "2026-01-01",
            "rows": [{"code": "99999", "modifier": "", "team": 2, "source": "test row", "date": "2026-01-01"}],
            "modifierChecks": [{"indicator": "team", "modifiers": ["66"], "source": "test meanings",
                "date": "2026-01-01", "values": [{"value": 2, "severity": "info", "meaning": "team allowed"}]}]})",
                                 &error),
                 qPrintable(error));
        const ModifierCrossCheck crossCheck(m_modifiers, custom);
        const QList<Finding> findings = crossCheck.check(u"99999"_s, u"66"_s);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.constFirst().severity, Severity::Info);
        QVERIFY(findings.constFirst().message.contains(u"team allowed"_s));
        QVERIFY(findings.constFirst().message.contains(u"(TEST)"_s));
        QVERIFY(findings.constFirst().source.contains(u"test row"_s));
        // 26 is not governed by any check in this table: nothing to say.
        QVERIFY(crossCheck.check(u"12345"_s, u"26"_s).isEmpty());
    }

    void apply_fillsEveryRowsFindings()
    {
        Procedure procedure;
        procedure.code = u"47382"_s;
        procedure.modifiers = {ModifierRow{u"26"_s, {}, {}, 3, {}}, ModifierRow{u"59"_s, {}, {}, 4, {}},
                               ModifierRow{u"11"_s, {}, {}, 5, {Finding{}}}};
        ModifierCrossCheck(m_modifiers, m_medicare).apply(procedure);
        QCOMPARE(procedure.modifiers.at(0).findings.size(), 1);
        QVERIFY(procedure.modifiers.at(1).findings.isEmpty());
        QCOMPARE(procedure.modifiers.at(2).findings.size(), 1);
        QCOMPARE(procedure.modifiers.at(2).findings.constFirst().rule, u"modifier.unknown"_s);
    }

private:
    std::unique_ptr<test::TestHome> m_home;
    ModifierDictionary m_modifiers;
    MedicareIndicators m_medicare;
};

QTEST_GUILESS_MAIN(TestModifierCrossCheck)
#include "tst_modifiercrosscheck.moc"
