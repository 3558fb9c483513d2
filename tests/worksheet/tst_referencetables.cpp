#include "reference/BundlingTable.h"
#include "reference/DiagnosisList.h"
#include "reference/EvaluationManagementTable.h"
#include "reference/MedicareIndicators.h"
#include "reference/PlaceOfServiceTable.h"
#include "reference/UnlistedCodes.h"
#include "reference/UnitLimits.h"
#include "worksheet/CodeFormat.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace codedesk;

// The worksheet rules' own reference tables: bundled data with sources, and bad data refused.
class TestReferenceTables final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unitLimits_bundled_oneUnitForTheTumorCodes()
    {
        const UnitLimits limits = UnitLimits::bundled();
        for (const QString &code : {u"47370"_s, u"47381"_s, u"47382"_s, u"47383"_s}) {
            const UnitLimit *limit = limits.find(code);
            QVERIFY2(limit, qPrintable(code));
            QCOMPARE(limit->maximumUnits, 1);
            QVERIFY(!limit->source.isEmpty() && !limit->date.isEmpty() && !limit->reason.isEmpty());
        }
        QVERIFY(!limits.find(u"76940"_s));
    }

    void bundling_bundled_guidanceAndLiverGroup()
    {
        const BundlingTable table = BundlingTable::bundled();
        for (const QString &code : {u"0600T"_s, u"0601T"_s}) {
            const IncludedServices *entry = table.includedServices(code.toLower());
            QVERIFY2(entry, qPrintable(code));
            QCOMPARE(entry->includes, (QStringList{u"76940"_s, u"77013"_s, u"77022"_s}));
            QVERIFY(!entry->source.isEmpty() && !entry->date.isEmpty());
        }
        QVERIFY(!table.includedServices(u"47382"_s));
        QVERIFY(table.sameOrganGroup(u"47382"_s));
        QCOMPARE(table.sameOrganGroup(u"47382"_s), table.sameOrganGroup(u"47370"_s));
        QCOMPARE(table.sameOrganGroup(u"47382"_s)->organ, u"liver"_s);
        QVERIFY(!table.sameOrganGroup(u"76940"_s));
        QVERIFY(table.codes().contains(u"77022"_s));
    }

    void evaluationManagement_bundled_codesAndModifiers()
    {
        const EvaluationManagementTable table = EvaluationManagementTable::bundled();
        for (const QString &code :
             {u"99202"_s, u"99205"_s, u"99211"_s, u"99215"_s, u"99221"_s, u"99223"_s, u"99231"_s, u"99233"_s})
            QVERIFY2(table.isEvaluationManagement(code), qPrintable(code));
        for (const QString &code : {u"99201"_s, u"99216"_s, u"99224"_s, u"47382"_s})
            QVERIFY2(!table.isEvaluationManagement(code), qPrintable(code));
        QCOMPARE(table.modifierForGlobalDays(u"090"_s)->modifiers, (QStringList{u"57"_s, u"25"_s}));
        QCOMPARE(table.modifierForGlobalDays(u"010"_s)->modifiers, QStringList{u"25"_s});
        QCOMPARE(table.modifierForGlobalDays(u"000"_s)->modifiers, QStringList{u"25"_s});
        QVERIFY(!table.modifierForGlobalDays(u"XXX"_s));
        // 57 on the day of a minor procedure, 24 on the day of a major one: advice naming what fits.
        QVERIFY(table.modifierForGlobalDays(u"010"_s)->misusedOn({u"57"_s})->advice.contains(u"carries 25"_s));
        QVERIFY(table.modifierForGlobalDays(u"090"_s)->misusedOn({u"24"_s})->advice.contains(u"add 57"_s));
        QVERIFY(!table.modifierForGlobalDays(u"090"_s)->misusedOn({u"57"_s, u"RT"_s}));
    }

    void diagnoses_bundled_describedWellFormedAndSourced()
    {
        const DiagnosisList list = DiagnosisList::bundled();
        QVERIFY(list.all().size() >= 15);
        for (const DiagnosisEntry &entry : list.all()) {
            QVERIFY2(isIcd10CmFormat(entry.code), qPrintable(entry.code));
            QVERIFY(!entry.description.isEmpty() && !entry.source.isEmpty() && !entry.date.isEmpty());
        }
        QCOMPARE(list.find(u"c787"_s)->description,
                 u"Secondary malignant neoplasm of liver and intrahepatic bile duct"_s);
        QCOMPARE(list.find(u"Z85.038"_s)->code, u"Z85.038"_s);
        QVERIFY(list.find(u"D37.6"_s));
        QVERIFY(!list.find(u"C22.5"_s)); // not an ICD-10-CM code
    }

    void loadJson_badTables_areRefusedAndKeepTheOldData_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{units") << u"not JSON"_s;
        QTest::newRow("wrong format") << QByteArray(R"({"format": "codedesk-bundling", "limits": []})")
                                      << u"not a codedesk-units table"_s;
        QTest::newRow("no list") << QByteArray(R"({"format": "codedesk-units"})") << u"missing \"limits\""_s;
        QTest::newRow("no source")
            << QByteArray(R"({"format": "codedesk-units", "limits": [{"code": "1", "maximumUnits": 1, "date": "x"}]})")
            << u"source and a date"_s;
        QTest::newRow("zero units")
            << QByteArray(
                   R"({"format": "codedesk-units", "limits": [{"code": "1", "maximumUnits": 0, "source": "s", "date": "d"}]})")
            << u"maximumUnits"_s;
    }

    void loadJson_badTables_areRefusedAndKeepTheOldData()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        UnitLimits limits = UnitLimits::bundled();
        QString error;
        QVERIFY(!limits.loadJson(json, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(limits.find(u"47382"_s));
    }

    void claimTables_bundled_placesUnlistedConversionsWindows()
    {
        const PlaceOfServiceTable places = PlaceOfServiceTable::bundled();
        QVERIFY(places.find(u"11"_s) && !places.find(u"11"_s)->facility);
        QVERIFY(places.find(u"22"_s)->facility);
        QVERIFY(places.find(u"12"_s));
        QVERIFY(!places.find(u"88"_s));
        QVERIFY(!places.find(u"ZZ"_s));
        const UnlistedCodes unlisted = UnlistedCodes::bundled();
        QVERIFY(unlisted.find(u"47399"_s));
        QVERIFY(!unlisted.find(u"47382"_s));
        QVERIFY(!unlisted.find(u"47399"_s)->source.isEmpty());
        const BundlingTable bundling = BundlingTable::bundled();
        QVERIFY(bundling.conversion(u"47370"_s, u"47380"_s));
        QVERIFY(!bundling.conversion(u"47380"_s, u"47370"_s));
        QVERIFY(bundling.ncciAssociatedModifiers().contains(u"XS"_s));
        const QString advice = bundling.distinctServiceAdvice();
        QVERIFY2(advice.contains(u"XE for a separate encounter"_s) && advice.contains(u"XS for a separate organ"_s),
                 qPrintable(advice));
        QVERIFY(bundling.sameOrganGroup(u"47382"_s)->distinctModifiers.contains(u"XE"_s));
        QVERIFY(!bundling.sameOrganGroup(u"47382"_s)->distinctModifiers.contains(u"XS"_s));
        const EvaluationManagementTable table = EvaluationManagementTable::bundled();
        QVERIFY(!table.globalPeriodWindows().isEmpty());
        for (const GlobalPeriodWindow &window : table.globalPeriodWindows())
            QVERIFY(!window.source.isEmpty() && !window.modifiers.isEmpty() && window.fromDay <= window.toDay);
        // A misused modifier is never one that fits, and its advice names one that does.
        const auto checkMisused = [](const QStringList &fitting, const QList<MisusedModifier> &misused) {
            for (const MisusedModifier &entry : misused) {
                for (const QString &modifier : entry.modifiers)
                    QVERIFY2(!fitting.contains(modifier), qPrintable(modifier));
                QVERIFY2(std::any_of(fitting.cbegin(), fitting.cend(),
                                     [&entry](const QString &m) { return entry.advice.contains(m); }),
                         qPrintable(entry.advice));
            }
        };
        for (const GlobalPeriodWindow &window : table.globalPeriodWindows())
            checkMisused(window.modifiers, window.misused);
        for (const GlobalPeriodModifier &sameDay : table.globalPeriodModifiers())
            checkMisused(sameDay.modifiers, sameDay.misused);
    }

    void medicare_rowOfTheLine_statusAndYear()
    {
        const MedicareIndicators medicare = MedicareIndicators::bundled();
        QCOMPARE(medicare.findForLine(u"77022"_s, {u"26"_s, u"80"_s})->modifier, u"26"_s);
        QCOMPARE(medicare.findForLine(u"77022"_s, {u"80"_s})->modifier, QString());
        QCOMPARE(medicare.findForLine(u"47382"_s, {u"26"_s})->modifier, QString());
        QVERIFY(!medicare.findForLine(u"47384"_s, {}));
        QCOMPARE(medicare.year(), 2025);
        QVERIFY(medicare.statusMeaning(u"c"_s) && !medicare.statusMeaning(u"C"_s)->severity);
        QCOMPARE(*medicare.statusMeaning(u"I"_s)->severity, Severity::Error);
        QVERIFY(!medicare.statusMeaning(u"Q"_s));
    }

    void loadJson_otherTables_checkTheirEntries()
    {
        QString error;
        BundlingTable bundling;
        QVERIFY(!bundling.loadJson(R"({"format": "codedesk-bundling", "includedServices": [],
            "sameOrganGroups": [{"organ": "liver", "codes": ["47382"], "source": "s", "date": "d"}]})",
                                   &error));
        QVERIFY(error.contains(u"at least two codes"));
        EvaluationManagementTable table;
        QVERIFY(!table.loadJson(R"({"format": "codedesk-evaluation-management", "codes": [],
            "globalPeriodModifiers": [{"globalDays": "090", "modifiers": ["57", "5"], "source": "s", "date": "d"}]})",
                                &error));
        QVERIFY(error.contains(u"two-character"));
        QVERIFY(!table.loadJson(R"({"format": "codedesk-evaluation-management", "codes": [],
            "globalPeriodModifiers": [{"globalDays": "090", "modifiers": ["57"], "source": "s", "date": "d",
            "misused": [{"modifiers": ["24"]}]}]})",
                                &error));
        QVERIFY(error.contains(u"misused"));
        QVERIFY(!table.loadJson(R"({"format": "codedesk-evaluation-management", "codes": [], "globalPeriodModifiers": [],
            "globalPeriodWindows": [{"globalDays": "090", "service": "evaluationManagement", "fromDay": 1, "toDay": 90,
            "modifiers": ["24"], "misused": [{"modifiers": ["2"], "advice": "a"}], "source": "s", "date": "d"}]})",
                                &error));
        QVERIFY(error.contains(u"globalPeriodWindows"));
        QVERIFY(!table.loadJson(R"({"format": "codedesk-evaluation-management", "codes": [], "globalPeriodModifiers": [],
            "globalPeriodWindows": [{"globalDays": "090", "service": "visit", "fromDay": 1, "toDay": 90,
            "modifiers": ["24"], "source": "s", "date": "d"}]})",
                                &error));
        QVERIFY(error.contains(u"globalPeriodWindows"));
        QVERIFY(!bundling.loadJson(R"({"format": "codedesk-bundling", "includedServices": [], "sameOrganGroups": [],
            "conversions": [{"laparoscopic": ["47370"], "source": "s", "date": "d"}]})",
                                   &error));
        QVERIFY(error.contains(u"conversions"));
        PlaceOfServiceTable places;
        QVERIFY(!places.loadJson(R"({"format": "codedesk-places-of-service", "places": [{"code": "1",
            "name": "x", "source": "s", "date": "d"}]})",
                                 &error));
        QVERIFY(error.contains(u"two-digit"));
        DiagnosisList diagnoses;
        QVERIFY(!diagnoses.loadJson(R"({"format": "codedesk-diagnoses", "diagnoses": [{"code": "C22.0",
            "source": "s", "date": "d"}]})",
                                    &error));
        QVERIFY(error.contains(u"description"));
        QVERIFY(diagnoses.loadJson(R"({"format": "codedesk-diagnoses", "diagnoses": [{"code": "x99.1",
            "description": "made up", "source": "s", "date": "d"}]})",
                                   &error));
        QCOMPARE(diagnoses.find(u"X991"_s)->description, u"made up"_s);
    }

    void npiAndCodeShapes()
    {
        QVERIFY(isValidNpi(u"1234567893"));
        QVERIFY(isValidNpi(u"1245319599"));
        QVERIFY(!isValidNpi(u"1234567890"));
        QVERIFY(!isValidNpi(u"123456789"));
        QVERIFY(!isValidNpi(u"12345678931"));
        QVERIFY(!isValidNpi(u"12345678a3"));
        QVERIFY(isModifierFormat(u"XS"));
        QVERIFY(!isModifierFormat(u"X"));
        QVERIFY(!isModifierFormat(u"x-"));
        QVERIFY(isIcd10CmFormat(u"C20"));
        QVERIFY(isIcd10CmFormat(u"S72.001A"));
        QVERIFY(!isIcd10CmFormat(u"S72.001AB"));
        QVERIFY(!isIcd10CmFormat(u"1C2"));
    }
};

QTEST_GUILESS_MAIN(TestReferenceTables)
#include "tst_referencetables.moc"
