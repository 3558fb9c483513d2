#include "codesets/CodeReference.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace codedesk;

class TestCodeReference final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_singleCode()
    {
        const auto refs = CodeReference::parse(u"secondary malignant neoplasm of liver (C78.7)"_s);
        QCOMPARE(refs.size(), 1);
        QCOMPARE(refs.first().first, u"C787"_s);
        QCOMPARE(refs.first().last, u"C787"_s);
    }

    void parse_dashMeansEverySubcode()
    {
        const auto refs = CodeReference::parse(u"hepatitis B (B16.-, B18.0-B18.1)"_s);
        QCOMPARE(refs.size(), 2);
        QCOMPARE(refs.at(0).first, u"B16"_s);
        QCOMPARE(refs.at(1).first, u"B180"_s);
        QCOMPARE(refs.at(1).last, u"B181"_s);
        QVERIFY(refs.at(0).covers(u"B169"_s));
        QVERIFY(refs.at(1).covers(u"B1811"_s));
        QVERIFY(!refs.at(1).covers(u"B182"_s));
    }

    void parse_categoryRange()
    {
        const auto refs = CodeReference::parse(u"conditions of the perinatal period (P04-P96)"_s);
        QCOMPARE(refs.size(), 1);
        QVERIFY(refs.first().covers(u"P052"_s));
        QVERIFY(refs.first().covers(u"P96"_s));
        QVERIFY(!refs.first().covers(u"P00"_s));
        QVERIFY(!refs.first().covers(u"Q00"_s));
    }

    void parse_trailingDashAndLetters()
    {
        const auto refs = CodeReference::parse(u"gastrointestinal stromal tumors (C49.A-) and (B17.1-)"_s);
        QCOMPARE(refs.size(), 2);
        QVERIFY(refs.at(0).covers(u"C49A0"_s));
        QVERIFY(refs.at(1).covers(u"B1711"_s));
    }

    void parse_textWithoutCodes_isEmpty()
    {
        QVERIFY(CodeReference::parse(u"certain localized infections - see body system-related chapters"_s).isEmpty());
        QVERIFY(CodeReference::parse(u"(see Alphabetical Index)"_s).isEmpty());
        QVERIFY(CodeReference::parse(u"unbalanced ( C78.7"_s).isEmpty());
    }

    void covers_codeShorterThanTheReference_isNotCovered()
    {
        const CodeReference reference{u"C787"_s, u"C787"_s};
        QVERIFY(!reference.covers(u"C78"_s));
    }
};

QTEST_GUILESS_MAIN(TestCodeReference)
#include "tst_codereference.moc"
