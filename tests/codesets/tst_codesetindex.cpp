#include "codesets/CodeSetIndex.h"
#include "codesets/SearchWords.h"

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
            {u"C78"_s, false, u"Secondary malignant neoplasm of respiratory and digestive organs"_s, {}},
            {u"C78.7"_s, true, u"Secondary malignant neoplasm of liver and intrahepatic bile duct"_s, {}},
            {u"C78.8"_s, false, u"Secondary malignant neoplasm of other and unspecified digestive organs"_s, {}},
            {u"C78.80"_s, true, u"Secondary malignant neoplasm of unspecified digestive organ"_s, {}},
            {u"C22"_s, false, u"Malignant neoplasm of liver and intrahepatic bile ducts"_s, {}},
            {u"C22.0"_s, true, u"Liver cell carcinoma"_s, {}},
            {u"C22.9"_s, true, u"Malignant neoplasm of liver, not specified as primary or secondary"_s, {}},
            {u"K70"_s, false, u"Alcoholic liver disease"_s, {}},
            {u"K70.30"_s, true, u"Alcoholic cirrhosis of liver without ascites"_s, {}},
            {u"H81.09"_s, true, u"Ménière's disease, unspecified ear"_s, {}},
            {u"Z85.05"_s, true, u"Personal history of malignant neoplasm of liver"_s, {}},
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
    void tokens_areWhatSpacesCommasAndSemicolonsSeparate()
    {
        QCOMPARE(SearchWords::tokens(u"  C78.7, liver;;bile\tduct  "_s),
                 (QStringList{u"C78.7"_s, u"liver"_s, u"bile"_s, u"duct"_s}));
        QCOMPARE(SearchWords::tokens(u"E0601 RR"_s), (QStringList{u"E0601"_s, u"RR"_s}));
        QVERIFY(SearchWords::tokens(u" ,; "_s).isEmpty());
        QVERIFY(SearchWords::tokens(QString()).isEmpty());
        QCOMPARE(SearchWords::tokens(u"caf\u00e9\u00a0au lait"_s), (QStringList{u"caf\u00e9"_s, u"au"_s, u"lait"_s}));
    }

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
        const QStringList found = codes(m_index, u"sec mal liv"_s);
        QVERIFY(found.contains(u"C787"_s));
        QCOMPARE(codes(m_index, u"liv mal sec"_s), found);
        QCOMPARE(codes(m_index, u"SEC MAL LIV"_s), found);
        QCOMPARE(codes(m_index, u"sec mal liv bile"_s), QStringList{u"C787"_s});
    }

    void search_wordsATitleNegates_doNotMatch()
    {
        // "Malignant neoplasm of liver, not specified as primary or secondary" is not secondary.
        QCOMPARE(codes(m_index, u"secondary liver"_s), QStringList{u"C787"_s});
        QVERIFY(codes(m_index, u"malignant liver"_s).contains(u"C229"_s));
    }

    void search_allWordsMustMatch_elseTheClosestSayWhatIsMissing()
    {
        QCOMPARE(codes(m_index, u"alcoholic liver"_s), (QStringList{u"K70"_s, u"K7030"_s}));
        const QList<IndexHit> closest = m_index.search(u"liver zebra"_s, 20);
        QCOMPARE(closest.size(), 7);
        for (const IndexHit &hit : closest)
            QCOMPARE(hit.matched, u"not found: zebra"_s);
        QVERIFY(m_index.search(u"alcoholic liver"_s, 20).value(0).matched.isEmpty());
        QVERIFY(codes(m_index, u"zebra"_s).isEmpty());
    }

    void search_titlesTheQueryCoversMore_comeFirst()
    {
        const QStringList found = codes(m_index, u"liver"_s);
        QCOMPARE(found.size(), 7);
        // "Liver cell carcinoma" is a third liver; "Secondary malignant neoplasm of liver and
        // intrahepatic bile duct" a seventh.
        QVERIFY(found.indexOf(u"C220"_s) < found.indexOf(u"C787"_s));
        QVERIFY(found.indexOf(u"K70"_s) < found.indexOf(u"Z8505"_s));
        QCOMPARE(codes(m_index, u"liver cell carcinoma"_s).value(0), u"C220"_s);
    }

    void search_inclusionTerms_areSearched_andTheHitSaysWhichOne()
    {
        QList<IndexInput> withTerms = inputs();
        withTerms[5].terms = QStringList{u"Hepatocellular carcinoma"_s, u"Hepatoma"_s};
        CodeSetIndex index;
        QVERIFY(index.load(CodeSetIndex::build(withTerms)));
        const QList<IndexHit> hits = index.search(u"hepatoma"_s, 20);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(index.codeKeyAt(hits.first().id), QByteArray("C220"));
        QCOMPARE(hits.first().term, 1);
        QCOMPARE(index.search(u"liver cell carcinoma"_s, 20).value(0).term, -1); // the title
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
        // Header, codes, flags (padded), a text (the title) per entry and its info, then word offsets.
        const qsizetype offsetsAt = (32 + 11 * 9 + 3) / 4 * 4 + 11 * 4 + 11 * 4 + 4; // the second word's
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
