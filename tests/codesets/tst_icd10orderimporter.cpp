#include "codesets/Icd10OrderImporter.h"
#include "TestHome.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace codedesk;

class TestIcd10OrderImporter final : public QObject
{
    Q_OBJECT

private:
    static const CodeSetEntry *find(const Icd10OrderResult &result, const QString &code)
    {
        for (const CodeSetEntry &entry : result.entries) {
            if (entry.code == code)
                return &entry;
        }
        return nullptr;
    }

private Q_SLOTS:
    void parse_fixture_readsEveryFieldOfEveryGoodLine()
    {
        const Icd10OrderResult result =
            Icd10OrderImporter::parse(test::TestHome::readData(u"codesets/icd10cm-order-2021.txt"_s));
        QVERIFY(result.error.isEmpty());
        QCOMPARE(result.entries.size(), 16);
        QCOMPARE(result.billable, 10);
        const CodeSetEntry *header = find(result, u"C22"_s);
        QVERIFY(header);
        QVERIFY(!header->billable);
        QCOMPARE(header->shortDescription, u"Malignant neoplasm of liver and intrahepatic bile ducts"_s);
        QCOMPARE(header->longDescription, u"Malignant neoplasm of liver and intrahepatic bile ducts"_s);
        const CodeSetEntry *c787 = find(result, u"C78.7"_s);
        QVERIFY(c787);
        QVERIFY(c787->billable);
        QCOMPARE(c787->longDescription, u"Secondary malignant neoplasm of liver and intrahepatic bile duct"_s);
        QCOMPARE(c787->shortDescription.size(), 59); // cut at 60 columns, trailing space trimmed
        QVERIFY(find(result, u"C78.80"_s));
        QVERIFY(find(result, u"S52.521A"_s));
        QVERIFY(find(result, u"A00"_s));
        QVERIFY(!find(result, u"K70.2"_s));
    }

    void parse_crlfLines_leaveNoCarriageReturnInDescriptions()
    {
        const Icd10OrderResult result =
            Icd10OrderImporter::parse(test::TestHome::readData(u"codesets/icd10cm-order-2021.txt"_s));
        for (const CodeSetEntry &entry : result.entries)
            QVERIFY2(!entry.longDescription.contains(u'\r'), qPrintable(entry.code));
    }

    void parse_latin1Bytes_areDecodedAsWindows1252()
    {
        const Icd10OrderResult result =
            Icd10OrderImporter::parse(test::TestHome::readData(u"codesets/icd10cm-order-2021.txt"_s));
        const CodeSetEntry *entry = find(result, u"H81.09"_s);
        QVERIFY(entry);
        QCOMPARE(entry->longDescription, u"Ménière's disease, unspecified ear"_s);
    }

    void parse_brokenLines_areReportedWithTheirNumbers()
    {
        const Icd10OrderResult result =
            Icd10OrderImporter::parse(test::TestHome::readData(u"codesets/icd10cm-order-2021.txt"_s));
        QCOMPARE(result.problems.size(), 4);
        QCOMPARE(result.problems.at(0).line, 6);
        QVERIFY(result.problems.at(0).message.contains(u"too short"_s));
        QCOMPARE(result.problems.at(1).line, 10);
        QVERIFY(result.problems.at(1).message.contains(u"twice"_s));
        QCOMPARE(result.problems.at(2).line, 14);
        QVERIFY(result.problems.at(2).message.contains(u"billable flag"_s));
        QCOMPARE(result.problems.at(3).line, 17);
        QVERIFY(result.problems.at(3).message.contains(u"not an ICD-10-CM code"_s));
    }

    void parse_duplicate_keepsTheFirst()
    {
        const Icd10OrderResult result =
            Icd10OrderImporter::parse(test::TestHome::readData(u"codesets/icd10cm-order-2021.txt"_s));
        QCOMPARE(find(result, u"C78.7"_s)->shortDescription.left(9), u"Secondary"_s);
    }

    void parse_garbage_isRejected()
    {
        const Icd10OrderResult result =
            Icd10OrderImporter::parse(test::TestHome::readData(u"codesets/icd10cm-order-garbage.txt"_s));
        QVERIFY(result.entries.isEmpty());
        QVERIFY(result.error.contains(u"not an ICD-10-CM order file"_s));
    }

    void parse_empty_isRejected()
    {
        const Icd10OrderResult result = Icd10OrderImporter::parse(QByteArray());
        QVERIFY(result.error.contains(u"empty"_s));
    }

    void parse_lastLineWithoutNewline_isRead()
    {
        const QByteArray bytes = "00001 C787    1 Secondary malignant neoplasm of liver                         "
                                 "Secondary malignant neoplasm of liver";
        const Icd10OrderResult result = Icd10OrderImporter::parse(bytes);
        QCOMPARE(result.entries.size(), 1);
        QCOMPARE(result.entries.first().longDescription, u"Secondary malignant neoplasm of liver"_s);
    }

    void parse_cancelled_returnsNothing()
    {
        QByteArray bytes;
        for (int i = 0; i < 10000; ++i)
            bytes += QByteArray("00001 A") + QByteArray::number(100 + i % 900) + "    1 " + QByteArray(60, 'x') +
                     " long\r\n";
        std::atomic_bool cancel{true};
        ImportControl control;
        control.cancel = &cancel;
        const Icd10OrderResult result = Icd10OrderImporter::parse(bytes, control);
        QVERIFY(result.cancelled);
        QVERIFY(result.entries.isEmpty());
    }

    void parse_reportsProgressUpToOne()
    {
        double last = 0;
        ImportControl control;
        control.progress = [&last](double fraction) { last = fraction; };
        Icd10OrderImporter::parse(test::TestHome::readData(u"codesets/icd10cm-order-2021.txt"_s), control);
        QCOMPARE(last, 1.0);
    }

    void dottedCode_insertsTheDotAfterTheCategory()
    {
        QCOMPARE(Icd10OrderImporter::dottedCode("C787"), u"C78.7"_s);
        QCOMPARE(Icd10OrderImporter::dottedCode("C22"), u"C22"_s);
        QCOMPARE(Icd10OrderImporter::dottedCode("S52521A"), u"S52.521A"_s);
    }
};

QTEST_GUILESS_MAIN(TestIcd10OrderImporter)
#include "tst_icd10orderimporter.moc"
