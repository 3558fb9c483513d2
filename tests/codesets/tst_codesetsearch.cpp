#include "codesets/CodeSetImporter.h"
#include "codesets/CodeSetSearch.h"
#include "codesets/CodeSetStore.h"
#include "core/LibraryDatabase.h"
#include "TestHome.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace codedesk;

class TestCodeSetSearch final : public QObject
{
    Q_OBJECT

private:
    static QStringList codes(const QList<CodeSetHit> &hits)
    {
        QStringList result;
        for (const CodeSetHit &hit : hits)
            result << hit.code;
        return result;
    }

    void import(CodeSetKind kind, const QString &fixture)
    {
        const auto result = CodeSetImporter(*m_db).importFile(kind, test::TestHome::dataPath(u"codesets/"_s + fixture));
        QVERIFY2(result.ok(), qPrintable(result.error));
    }

    std::unique_ptr<test::TestHome> m_home;
    std::unique_ptr<LibraryDatabase> m_db;

private Q_SLOTS:
    void init()
    {
        m_home = std::make_unique<test::TestHome>();
        m_db = m_home->openLibrary();
        QVERIFY(m_db);
    }

    void cleanup()
    {
        m_db.reset();
        m_home.reset();
    }

    void search_nothingImported_findsNothing()
    {
        CodeSetSearch search(*m_db);
        QVERIFY(search.search(CodeSetKind::Icd10Cm, u"liver"_s).isEmpty());
        QVERIFY(!search.preload(CodeSetKind::Icd10Cm));
    }

    void search_returnsCodesWithTitlesBestFirst()
    {
        import(CodeSetKind::Icd10Cm, u"icd10cm-order-2021.txt"_s);
        CodeSetSearch search(*m_db);
        const QList<CodeSetHit> hits = search.search(CodeSetKind::Icd10Cm, u"sec mal liv bile"_s);
        QCOMPARE(codes(hits), (QStringList{u"C78.7"_s}));
        QCOMPARE(hits.first().title, u"Secondary malignant neoplasm of liver and intrahepatic bile duct"_s);
        QCOMPARE(hits.first().kind, CodeSetKind::Icd10Cm);
        QVERIFY(hits.first().billable);
        const QList<CodeSetHit> more = search.search(CodeSetKind::Icd10Cm, u"mal neo liv"_s);
        QCOMPARE(more.size(), 4);
        QVERIFY(more.first().score > more.last().score);
    }

    void inclusionTerms_areSearched_whicheverFileCameFirst_data()
    {
        QTest::addColumn<bool>("tabularFirst");
        QTest::newRow("order file, then tabular") << false;
        QTest::newRow("tabular, then order file") << true;
    }

    void inclusionTerms_areSearched_whicheverFileCameFirst()
    {
        QFETCH(bool, tabularFirst);
        if (tabularFirst)
            import(CodeSetKind::Icd10Cm, u"icd10cm-tabular-2021.xml"_s);
        import(CodeSetKind::Icd10Cm, u"icd10cm-order-2021.txt"_s);
        if (!tabularFirst)
            import(CodeSetKind::Icd10Cm, u"icd10cm-tabular-2021.xml"_s);
        const QList<CodeSetHit> hits = CodeSetSearch(*m_db).search(CodeSetKind::Icd10Cm, u"hepatoma"_s);
        QCOMPARE(codes(hits), QStringList{u"C22.0"_s});
        QCOMPARE(hits.first().title, u"Liver cell carcinoma"_s);
        QCOMPARE(hits.first().matched, u"inclusion term: Hepatoma"_s);
        QVERIFY(CodeSetSearch(*m_db).search(CodeSetKind::Icd10Cm, u"liver cell"_s).value(0).matched.isEmpty());
    }

    void search_codeWithAndWithoutDot_andPrefixes()
    {
        import(CodeSetKind::Icd10Cm, u"icd10cm-order-2021.txt"_s);
        CodeSetSearch search(*m_db);
        QCOMPARE(codes(search.search(CodeSetKind::Icd10Cm, u"C787"_s)), QStringList{u"C78.7"_s});
        QCOMPARE(codes(search.search(CodeSetKind::Icd10Cm, u"C78.7"_s)), QStringList{u"C78.7"_s});
        QCOMPARE(codes(search.search(CodeSetKind::Icd10Cm, u"C22"_s)),
                 (QStringList{u"C22"_s, u"C22.0"_s, u"C22.1"_s, u"C22.9"_s}));
        QCOMPARE(codes(search.search(CodeSetKind::Icd10Cm, u"c7"_s)), (QStringList{u"C78.7"_s, u"C78.80"_s, u"C78"_s}));
    }

    void search_repeated_givesTheSameHits()
    {
        // Searches share per-thread scratch and cached chunks: nothing of one may leak into the next.
        import(CodeSetKind::Icd10Cm, u"icd10cm-order-2021.txt"_s);
        CodeSetSearch search(*m_db);
        const QList<CodeSetHit> first = search.search(CodeSetKind::Icd10Cm, u"mal neo liv"_s);
        QVERIFY(!first.isEmpty());
        QVERIFY(!search.search(CodeSetKind::Icd10Cm, u"liver"_s).isEmpty());
        QVERIFY(!search.search(CodeSetKind::Icd10Cm, u"sec mal liv bile"_s).isEmpty());
        const QList<CodeSetHit> again = search.search(CodeSetKind::Icd10Cm, u"mal neo liv"_s);
        QCOMPARE(codes(again), codes(first));
        for (qsizetype i = 0; i < first.size(); ++i) {
            QCOMPARE(again.at(i).score, first.at(i).score);
            QCOMPARE(again.at(i).title, first.at(i).title);
        }
    }

    void search_afterReimport_needsReset()
    {
        import(CodeSetKind::Icd10Cm, u"icd10cm-order-2021.txt"_s);
        CodeSetSearch search(*m_db);
        QCOMPARE(search.search(CodeSetKind::Icd10Cm, u"C22"_s).size(), 4);
        import(CodeSetKind::Icd10Cm, u"icd10cm-order-2022.txt"_s);
        search.reset();
        const QList<CodeSetHit> hits = search.search(CodeSetKind::Icd10Cm, u"C22"_s);
        QCOMPARE(codes(hits), (QStringList{u"C22"_s, u"C22.0"_s}));
        QCOMPARE(hits.at(1).title, u"Liver cell carcinoma (hepatocellular)"_s);
    }

    void search_missingIndex_isRebuiltAndStored()
    {
        import(CodeSetKind::Icd10Cm, u"icd10cm-order-2021.txt"_s);
        QVERIFY(QSqlQuery(m_db->connection()).exec(u"DELETE FROM codeset_index"_s));
        CodeSetSearch search(*m_db);
        QCOMPARE(search.search(CodeSetKind::Icd10Cm, u"C787"_s).value(0).code, u"C78.7"_s);
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(u"SELECT count(*) FROM codeset_index WHERE kind = 'icd10cm'"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }

    void search_damagedIndex_isRebuilt()
    {
        import(CodeSetKind::Icd10Cm, u"icd10cm-order-2021.txt"_s);
        QVERIFY(QSqlQuery(m_db->connection()).exec(u"UPDATE codeset_index SET data = x'00010203'"_s));
        CodeSetSearch search(*m_db);
        QCOMPARE(search.search(CodeSetKind::Icd10Cm, u"liver cell"_s).value(0).code, u"C22.0"_s);
    }

    QString indexFilePath() const { return m_home->filePath(u"library-icd10cm.index"_s); }

    QString stamp() const { return CodeSetStore(*m_db).indexStamp(CodeSetKind::Icd10Cm); }

    void indexFile_isWrittenBesideTheLibrary_ownerOnly()
    {
        import(CodeSetKind::Icd10Cm, u"icd10cm-order-2021.txt"_s);
        QVERIFY(!stamp().isEmpty());
        QVERIFY(!QFile::exists(indexFilePath()));
        CodeSetSearch(*m_db).search(CodeSetKind::Icd10Cm, u"liver"_s);
        QVERIFY(QFile::exists(indexFilePath()));
        QCOMPARE(QFile::permissions(indexFilePath()) & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                                        QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        QFile file(indexFilePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(64).contains(stamp().toLatin1()));
    }

    void indexFile_isUsedWhileItsStampIsCurrent()
    {
        import(CodeSetKind::Icd10Cm, u"icd10cm-order-2021.txt"_s);
        CodeSetSearch(*m_db).search(CodeSetKind::Icd10Cm, u"liver"_s); // writes the file
        // A damaged stored blob would be rebuilt from the codes and stored again with a new stamp:
        // both staying as they are shows the file answered.
        QVERIFY(QSqlQuery(m_db->connection()).exec(u"UPDATE codeset_index SET data = x'00'"_s));
        const QString before = stamp();
        CodeSetSearch search(*m_db);
        QCOMPARE(codes(search.search(CodeSetKind::Icd10Cm, u"sec mal liv bile"_s)), QStringList{u"C78.7"_s});
        QCOMPARE(stamp(), before);
        QSqlQuery blob(m_db->connection());
        QVERIFY(blob.exec(u"SELECT length(data) FROM codeset_index WHERE kind = 'icd10cm'"_s) && blob.next());
        QCOMPARE(blob.value(0).toInt(), 1);
    }

    void indexFile_fromAnOlderImport_isIgnoredAndReplaced()
    {
        import(CodeSetKind::Icd10Cm, u"icd10cm-order-2021.txt"_s);
        CodeSetSearch(*m_db).search(CodeSetKind::Icd10Cm, u"C22"_s);
        const QString first = stamp();
        import(CodeSetKind::Icd10Cm, u"icd10cm-order-2022.txt"_s);
        QVERIFY(stamp() != first);
        const QList<CodeSetHit> hits = CodeSetSearch(*m_db).search(CodeSetKind::Icd10Cm, u"C22"_s);
        QCOMPARE(codes(hits), (QStringList{u"C22"_s, u"C22.0"_s}));
        QFile file(indexFilePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(64).contains(stamp().toLatin1()));
    }

    void indexFile_damagedOrForeign_fallsBackToTheLibrary_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("header only") << QByteArray("CDIXF1\n");
        QTest::newRow("garbage") << QByteArray(4096, '\xff');
        QTest::newRow("current stamp, truncated index") << QByteArray("@stamp@");
        QTest::newRow("current stamp, garbage index") << QByteArray("@stamp@garbage");
        QTest::newRow("another stamp") << QByteArray("@other@");
    }

    void indexFile_damagedOrForeign_fallsBackToTheLibrary()
    {
        QFETCH(QByteArray, content);
        import(CodeSetKind::Icd10Cm, u"icd10cm-order-2021.txt"_s);
        CodeSetSearch(*m_db).search(CodeSetKind::Icd10Cm, u"liver"_s);
        QFile file(indexFilePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray good = file.readAll();
        file.close();
        const QByteArray header = good.left(64);
        QByteArray otherHeader = header;
        otherHeader.replace(stamp().toLatin1(), QByteArray(stamp().size(), 'x'));
        if (content.startsWith("@stamp@"))
            content = header + content.mid(7) + (content == "@stamp@" ? good.mid(64, good.size() / 2) : QByteArray());
        else if (content == "@other@")
            content = otherHeader + good.mid(64);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.close();

        CodeSetSearch search(*m_db);
        QCOMPARE(codes(search.search(CodeSetKind::Icd10Cm, u"sec mal liv bile"_s)), QStringList{u"C78.7"_s});
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), good); // written again from the library
    }

    void indexFile_thatCannotBeWritten_leavesTheSearchWorking()
    {
        import(CodeSetKind::Icd10Cm, u"icd10cm-order-2021.txt"_s);
        QVERIFY(QDir().mkpath(indexFilePath())); // a folder where the file would go
        for (int round = 0; round < 2; ++round) {
            CodeSetSearch search(*m_db);
            QCOMPARE(codes(search.search(CodeSetKind::Icd10Cm, u"sec mal liv bile"_s)), QStringList{u"C78.7"_s});
        }
        QVERIFY(QFileInfo(indexFilePath()).isDir());
    }

    void indexStoredBeforeStamps_getsAStampAndAFile()
    {
        import(CodeSetKind::Icd10Cm, u"icd10cm-order-2021.txt"_s);
        QVERIFY(QSqlQuery(m_db->connection()).exec(u"DELETE FROM codeset_index_stamp"_s));
        QVERIFY(stamp().isEmpty());
        QCOMPARE(CodeSetSearch(*m_db).search(CodeSetKind::Icd10Cm, u"C787"_s).value(0).code, u"C78.7"_s);
        QVERIFY(!stamp().isEmpty());
        QVERIFY(QFile::exists(indexFilePath()));
    }

    void manyChunks_everyCodeIsFoundByCodeAndByWords()
    {
        QByteArray bytes;
        for (int i = 0; i < 300; ++i) {
            const QByteArray key = "K" + QByteArray::number(100 + i).rightJustified(4, '0');
            const QByteArray title = "Generated condition number w" + QByteArray::number(i);
            bytes += QByteArray::number(i + 1).rightJustified(5, '0') + ' ' + key.leftJustified(7, ' ') + " 1 " +
                     title.leftJustified(60, ' ') + ' ' + title + "\r\n";
        }
        const auto result = CodeSetImporter(*m_db).importBytes(CodeSetKind::Icd10Cm, bytes, u"generated.txt"_s);
        QCOMPARE(result.status, CodeSetImportResult::Status::Imported);
        QCOMPARE(CodeSetStore(*m_db).entryCount(CodeSetKind::Icd10Cm), 300);
        CodeSetSearch search(*m_db);
        for (int i : {0, 63, 64, 65, 127, 128, 250, 299}) {
            const QString code = u"K%1.%2"_s.arg(QString::number(100 + i).rightJustified(4, u'0').left(2),
                                                 QString::number(100 + i).rightJustified(4, u'0').mid(2));
            const QList<CodeSetHit> byCode = search.search(CodeSetKind::Icd10Cm, code, 1);
            QCOMPARE(byCode.value(0).code, code);
            QCOMPARE(byCode.value(0).title, u"Generated condition number w%1"_s.arg(i));
            QCOMPARE(search.search(CodeSetKind::Icd10Cm, u"w%1"_s.arg(i), 1).value(0).code, code);
            QCOMPARE(CodeSetStore(*m_db).entry(CodeSetKind::Icd10Cm, code)->code, code);
        }
        QVERIFY(!CodeSetStore(*m_db).entry(CodeSetKind::Icd10Cm, u"K99.99"_s));
        QVERIFY(!CodeSetStore(*m_db).entry(CodeSetKind::Icd10Cm, u"A00"_s));
    }

    void searchAll_mergesIcd10AndHcpcsByScore()
    {
        import(CodeSetKind::Icd10Cm, u"icd10cm-order-2021.txt"_s);
        import(CodeSetKind::Hcpcs, u"hcpcs-2020.txt"_s);
        CodeSetSearch search(*m_db);
        QCOMPARE(codes(search.search(CodeSetKind::Hcpcs, u"colonoscopy risk"_s)), QStringList{u"G0121"_s});
        const QList<CodeSetHit> hits = search.searchAll(u"A0"_s);
        QCOMPARE(codes(hits), (QStringList{u"A00.0"_s, u"A0080"_s, u"A00"_s}));
        QCOMPARE(hits.at(1).kind, CodeSetKind::Hcpcs);
    }
};

QTEST_GUILESS_MAIN(TestCodeSetSearch)
#include "tst_codesetsearch.moc"
