#include "worksheet/Money.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using codedesk::Money;

class TestMoney final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("allowNegative");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("whole") << u"4200"_s << false << true << qint64(420000);
        QTest::newRow("two decimals") << u"4200.00"_s << false << true << qint64(420000);
        QTest::newRow("one decimal") << u"4200.5"_s << false << true << qint64(420050);
        QTest::newRow("cents") << u"0.07"_s << false << true << qint64(7);
        QTest::newRow("zero") << u"0"_s << false << true << qint64(0);
        QTest::newRow("spaces around") << u"  12.30 "_s << false << true << qint64(1230);
        QTest::newRow("largest") << u"999999999999.99"_s << false << true << Money::maximumCents;
        QTest::newRow("negative allowed") << u"-5.25"_s << true << true << qint64(-525);
        QTest::newRow("negative refused") << u"-5.25"_s << false << false << qint64(0);
        QTest::newRow("three decimals") << u"4200.125"_s << false << false << qint64(0);
        QTest::newRow("thousands separator") << u"4,200.00"_s << false << false << qint64(0);
        QTest::newRow("space separator") << u"4 200"_s << false << false << qint64(0);
        QTest::newRow("decimal comma") << u"4200,50"_s << false << false << qint64(0);
        QTest::newRow("currency sign") << u"$4200"_s << false << false << qint64(0);
        QTest::newRow("exponent") << u"4.2e3"_s << false << false << qint64(0);
        QTest::newRow("plus sign") << u"+4200"_s << false << false << qint64(0);
        QTest::newRow("trailing dot") << u"4200."_s << false << false << qint64(0);
        QTest::newRow("leading dot") << u".50"_s << false << false << qint64(0);
        QTest::newRow("empty") << QString() << false << false << qint64(0);
        QTest::newRow("too large") << u"99999999999999"_s << false << false << qint64(0);
        QTest::newRow("arabic-indic digits") << u"\u0664\u0662"_s << false << false << qint64(0);
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, allowNegative);
        QFETCH(bool, ok);
        QFETCH(qint64, cents);
        QString error;
        const auto money =
            Money::parse(text, allowNegative ? Money::Sign::AllowNegative : Money::Sign::NonNegative, &error);
        QCOMPARE(money.has_value(), ok);
        if (ok) {
            QCOMPARE(money->cents(), cents);
            QVERIFY(error.isEmpty());
        } else {
            QVERIFY(!error.isEmpty());
        }
    }

    void fromJson_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("string") << QJsonValue(u"4200.00"_s) << true << qint64(420000);
        QTest::newRow("integer number") << QJsonValue(4200) << true << qint64(420000);
        QTest::newRow("one decimal number") << QJsonValue(4200.1) << true << qint64(420010);
        QTest::newRow("binary-unfriendly number") << QJsonValue(0.29) << true << qint64(29);
        QTest::newRow("large number") << QJsonValue(123456789.99) << true << qint64(12345678999);
        QTest::newRow("three decimals number") << QJsonValue(4200.125) << false << qint64(0);
        QTest::newRow("tiny third decimal") << QJsonValue(4200.001) << false << qint64(0);
        QTest::newRow("negative number") << QJsonValue(-1) << false << qint64(0);
        QTest::newRow("bool") << QJsonValue(true) << false << qint64(0);
        QTest::newRow("object") << QJsonValue(QJsonObject()) << false << qint64(0);
        QTest::newRow("huge") << QJsonValue(1e300) << false << qint64(0);
    }

    void fromJson()
    {
        QFETCH(QJsonValue, value);
        QFETCH(bool, ok);
        QFETCH(qint64, cents);
        QString error;
        const auto money = Money::fromJson(value, Money::Sign::NonNegative, &error);
        QCOMPARE(money.has_value(), ok);
        if (ok)
            QCOMPARE(money->cents(), cents);
        else
            QVERIFY(!error.isEmpty());
    }

    void toString_alwaysTwoDecimals()
    {
        QCOMPARE(Money::fromCents(420000).toString(), u"4200.00"_s);
        QCOMPARE(Money::fromCents(5).toString(), u"0.05"_s);
        QCOMPARE(Money::fromCents(-50).toString(), u"-0.50"_s);
        QCOMPARE(Money().toString(), u"0.00"_s);
    }

    void arithmetic_isExact()
    {
        // 0.1 + 0.2 in cents is exactly 0.30, unlike doubles.
        Money sum = *Money::parse(u"0.1"_s);
        sum += *Money::parse(u"0.2"_s);
        QCOMPARE(sum, *Money::parse(u"0.30"_s));
        QVERIFY(Money::fromCents(1) < Money::fromCents(2));
        QCOMPARE((Money::fromCents(99) + Money::fromCents(1)).toString(), u"1.00"_s);
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
