#include "reference/ModifierDictionary.h"
#include "TestHome.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace codedesk;

class TestModifierDictionary final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_home = std::make_unique<test::TestHome>(); }
    void cleanup() { m_home.reset(); }

    void bundled_holdsCommonCptAndLevelIIModifiers()
    {
        const ModifierDictionary dictionary = ModifierDictionary::bundled();
        const QStringList cpt = {u"22"_s, u"24"_s, u"25"_s, u"26"_s, u"50"_s, u"51"_s, u"52"_s,
                                 u"53"_s, u"57"_s, u"58"_s, u"59"_s, u"62"_s, u"66"_s, u"76"_s,
                                 u"77"_s, u"78"_s, u"79"_s, u"80"_s, u"81"_s, u"82"_s};
        const QStringList levelII = {u"XE"_s, u"XS"_s, u"XP"_s, u"XU"_s, u"TC"_s, u"AS"_s, u"RT"_s,
                                     u"LT"_s, u"GA"_s, u"GZ"_s, u"KX"_s, u"Q0"_s, u"GC"_s};
        for (const QString &code : cpt) {
            const ModifierInfo *info = dictionary.find(code);
            QVERIFY2(info, qPrintable(code));
            QCOMPARE(info->kind, ModifierInfo::Kind::Cpt);
            QVERIFY(!info->description.isEmpty());
            QVERIFY(!info->source.isEmpty());
            QVERIFY(!info->sourceDate.isEmpty());
        }
        for (const QString &code : levelII) {
            const ModifierInfo *info = dictionary.find(code);
            QVERIFY2(info, qPrintable(code));
            QCOMPARE(info->kind, ModifierInfo::Kind::HcpcsLevelII);
            QVERIFY(!info->source.isEmpty());
        }
        QVERIFY(dictionary.size() >= cpt.size() + levelII.size());
        QVERIFY(!dictionary.source().isEmpty());
    }

    void find_isCaseInsensitiveAndRejectsNonModifiers()
    {
        const ModifierDictionary dictionary = ModifierDictionary::bundled();
        QVERIFY(dictionary.find(u"xs"_s));
        QVERIFY(dictionary.find(u" 26 "_s));
        QVERIFY(!dictionary.contains(u"11"_s));
        QVERIFY(!dictionary.contains(u"00"_s));
        QVERIFY(!dictionary.contains(QString()));
    }

    void bundled_marksPricingModifiers()
    {
        const ModifierDictionary dictionary = ModifierDictionary::bundled();
        for (const auto &code : {u"26"_s, u"TC"_s, u"50"_s, u"52"_s, u"62"_s, u"80"_s})
            QVERIFY2(dictionary.find(code)->pricing, qPrintable(code));
        for (const auto &code : {u"25"_s, u"59"_s, u"XS"_s, u"RT"_s})
            QVERIFY2(!dictionary.find(code)->pricing, qPrintable(code));
    }

    void all_isSortedByCode()
    {
        const QList<ModifierInfo> all = ModifierDictionary::bundled().all();
        for (qsizetype i = 1; i < all.size(); ++i)
            QVERIFY(all.at(i - 1).code < all.at(i).code);
    }

    void loadJson_badInput_failsAndKeepsContent_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not JSON") << QByteArray("{");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("no modifiers") << QByteArray("{\"source\": \"x\"}");
        QTest::newRow("entry without source") << QByteArray(
            R"({"modifiers": [{"code": "26", "kind": "cpt", "description": "x", "date": "2025-01-01"}]})");
        QTest::newRow("three-character code")
            << QByteArray(R"({"modifiers": [{"code": "266", "source": "s", "date": "2025-01-01"}]})");
    }

    void loadJson_badInput_failsAndKeepsContent()
    {
        QFETCH(QByteArray, json);
        ModifierDictionary dictionary = ModifierDictionary::bundled();
        const qsizetype before = dictionary.size();
        QString error;
        QVERIFY(!dictionary.loadJson(json, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(dictionary.size(), before);
    }

    void joinLevelII_keepsEverySourceAndAddsNewModifiers()
    {
        ModifierDictionary dictionary = ModifierDictionary::bundled();
        const qsizetype before = dictionary.size();
        const QString bundledTc = dictionary.find(u"TC"_s)->description;
        ModifierInfo tc;
        tc.code = u"tc"_s;
        tc.kind = ModifierInfo::Kind::HcpcsLevelII;
        tc.description = u"Technical component (official)"_s;
        tc.source = u"CMS HCPCS 2020"_s;
        tc.sourceDate = u"2020-01-01"_s;
        ModifierInfo official26 = tc;
        official26.code = u"26"_s;
        official26.description = u"Professional component (official)"_s;
        ModifierInfo newOne = tc;
        newOne.code = u"Q9"_s;
        newOne.description = u"A modifier only the file knows"_s;
        dictionary.joinLevelII({tc, official26, newOne});
        dictionary.joinLevelII({tc}); // a second join of the same file adds nothing twice

        const ModifierInfo *joinedTc = dictionary.find(u"TC"_s);
        QCOMPARE(joinedTc->description, bundledTc); // the bundled words stay first
        QVERIFY(joinedTc->pricing);
        QCOMPARE(joinedTc->otherSources.size(), 1);
        QCOMPARE(joinedTc->otherSources.first().description, u"Technical component (official)"_s);
        QCOMPARE(joinedTc->texts().size(), 2);
        QCOMPARE(dictionary.find(u"26"_s)->kind, ModifierInfo::Kind::Cpt);
        QVERIFY(dictionary.contains(u"XS"_s)); // not in the official list given, still known
        QVERIFY(dictionary.contains(u"JZ"_s));
        QCOMPARE(dictionary.find(u"Q9"_s)->kind, ModifierInfo::Kind::HcpcsLevelII);
        QCOMPARE(dictionary.find(u"Q9"_s)->source, u"CMS HCPCS 2020"_s);
        QCOMPARE(dictionary.size(), before + 1);
    }

private:
    std::unique_ptr<test::TestHome> m_home;
};

QTEST_GUILESS_MAIN(TestModifierDictionary)
#include "tst_modifierdictionary.moc"
