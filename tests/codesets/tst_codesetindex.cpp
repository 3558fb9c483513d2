#include "codesets/CodeSetIndex.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace codedesk;

class TestCodeSetIndex final : public QObject
{
    Q_OBJECT

private:
    static QList<IndexInput> inputs()
    {
        return {
            {u"C78"_s, false, u"Secondary malignant neoplasm of respiratory and digestive organs"_s},
            {u"C78.7"_s, true, u"Secondary malignant neoplasm of liver and intrahepatic bile duct"_s},
            {u"C78.8"_s, false, u"Secondary malignant neoplasm of other and unspecified digestive organs"_s},
            {u"C78.80"_s, true, u"Secondary malignant neoplasm of unspecified digestive organ"_s},
            {u"C22"_s, false, u"Malignant neoplasm of liver and intrahepatic bile ducts"_s},
            {u"C22.0"_s, true, u"Liver cell carcinoma"_s},
            {u"C22.9"_s, true, u"Malignant neoplasm of liver, not specified as primary or secondary"_s},
            {u"K70"_s, false, u"Alcoholic liver disease"_s},
            {u"K70.30"_s, true, u"Alcoholic cirrhosis of liver without ascites"_s},
            {u"H81.09"_s, true, u"Ménière's disease, unspecified ear"_s},
            {u"Z85.05"_s, true, u"Personal history of malignant neoplasm of liver"_s},
        };
    }

    static QStringList codes(const CodeSetIndex &index, const QString &query, int limit = 20)
    {
        QStringList result;
        const QList<IndexHit> hits = index.search(query, limit);
        for (const IndexHit &hit : hits)
            result << QString::fromLatin1(index.codeKeyAt(hit.id));
        return result;
    }

    CodeSetIndex m_index;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_index.load(CodeSetIndex::build(inputs()))); }

    void build_sortsByCodeKey_andReportsTheOrder()
    {
        std::vector<quint32> order;
        CodeSetIndex index;
        QVERIFY(index.load(CodeSetIndex::build(inputs(), &order)));
        QCOMPARE(index.size(), quint32(11));
        QCOMPARE(index.codeKeyAt(0), QByteArray("C22"));
        QCOMPARE(order[0], 4u);
        QCOMPARE(index.codeKeyAt(10), QByteArray("Z8505"));
    }

    void search_codeWithOrWithoutDot_findsItFirst()
    {
        QCOMPARE(codes(m_index, u"C78.7"_s).value(0), u"C787"_s);
        QCOMPARE(codes(m_index, u"C787"_s).value(0), u"C787"_s);
        QCOMPARE(codes(m_index, u"c78.7"_s).value(0), u"C787"_s);
    }

    void search_codePrefix_exactFirstThenBillableThenHeaders()
    {
        // C78 exact; then the billable C78.7, C78.80; then the header C78.8.
        QCOMPARE(codes(m_index, u"C78"_s), (QStringList{u"C78"_s, u"C787"_s, u"C7880"_s, u"C788"_s}));
    }

    void search_wordPrefixesInAnyOrder_findTheCode()
    {
        QCOMPARE(codes(m_index, u"sec mal liv"_s).value(0), u"C787"_s);
        QCOMPARE(codes(m_index, u"liv mal sec"_s).value(0), u"C787"_s);
        QCOMPARE(codes(m_index, u"SEC MAL LIV"_s).value(0), u"C787"_s);
    }

    void search_allWordsMustMatch()
    {
        QCOMPARE(codes(m_index, u"alcoholic liver"_s), (QStringList{u"K7030"_s, u"K70"_s}));
        QVERIFY(codes(m_index, u"liver zebra"_s).isEmpty());
    }

    void search_billableBeforeHeader_thenWholeWordsThenShorterTitles()
    {
        const QStringList found = codes(m_index, u"liver"_s);
        QCOMPARE(found.size(), 7);
        // Billable ones first: the shortest title first among equals.
        QCOMPARE(found.first(), u"C220"_s);
        QCOMPARE(found.mid(5), (QStringList{u"K70"_s, u"C22"_s}));
    }

    void search_accentsFold()
    {
        QCOMPARE(codes(m_index, u"meniere"_s), QStringList{u"H8109"_s});
        QCOMPARE(codes(m_index, u"Ménière"_s), QStringList{u"H8109"_s});
    }

    void search_limit_isHonoured()
    {
        QCOMPARE(codes(m_index, u"neoplasm"_s, 2).size(), 2);
        QVERIFY(codes(m_index, u"neoplasm"_s, 0).isEmpty());
    }

    void search_scores_decreaseDownTheList()
    {
        const QList<IndexHit> hits = m_index.search(u"C78"_s, 20);
        for (qsizetype i = 1; i < hits.size(); ++i)
            QVERIFY(hits.at(i - 1).score >= hits.at(i).score);
        QCOMPARE(hits.first().score, 1000.0); // exact code
    }

    void search_nothingMatching_isEmpty()
    {
        QVERIFY(codes(m_index, u"xyzzy"_s).isEmpty());
        QVERIFY(codes(m_index, u""_s).isEmpty());
        QVERIFY(codes(m_index, u"  ,. "_s).isEmpty());
    }

    void load_damagedBlob_isRefused()
    {
        QByteArray blob = CodeSetIndex::build(inputs());
        CodeSetIndex index;
        QVERIFY(!index.load(blob.left(blob.size() - 1)));
        QVERIFY(!index.load(QByteArray()));
        QByteArray wrongMagic = blob;
        wrongMagic[0] = 'X';
        QVERIFY(!index.load(wrongMagic));
        QByteArray badOffsets = blob;
        const qsizetype offsetsAt = (32 + 11 * 10 + 3) / 4 * 4 + 4; // second word offset
        badOffsets[offsetsAt] = char(0xff);
        QVERIFY(!index.load(badOffsets));
    }

    void words_foldCaseAccentsAndPunctuation()
    {
        const auto words = CodeSetIndex::words(u"Crohn's DISEASE, Ménière"_s);
        QCOMPARE(words.size(), size_t(4));
        QCOMPARE(words[0], QByteArray("crohn"));
        QCOMPARE(words[1], QByteArray("s"));
        QCOMPARE(words[2], QByteArray("disease"));
        QCOMPARE(words[3], QByteArray("meniere"));
    }
};

QTEST_GUILESS_MAIN(TestCodeSetIndex)
#include "tst_codesetindex.moc"
