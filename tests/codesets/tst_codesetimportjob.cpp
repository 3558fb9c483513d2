#include "codesets/CodeSetImportJob.h"
#include "codesets/CodeSetStore.h"
#include "core/LibraryDatabase.h"
#include "TestHome.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Qt::Literals::StringLiterals;
using namespace codedesk;
using Status = CodeSetImportResult::Status;

class TestCodeSetImportJob final : public QObject
{
    Q_OBJECT

private:
    // A big order file, so that a cancel lands while the job still runs.
    QString writeBigOrderFile()
    {
        const QString path = m_home->filePath(u"icd10cm-order-2023.txt"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        QByteArray bytes;
        for (int i = 0; i < 200000; ++i) {
            const QByteArray code = "A" + QByteArray::number(10000 + i).rightJustified(6, '0');
            bytes += QByteArray::number(i + 1).rightJustified(5, '0').right(5) + ' ' + code.leftJustified(7, ' ') +
                     " 1 " + QByteArray("Generated entry ").leftJustified(60, ' ') + " Generated entry " +
                     QByteArray::number(i) + "\r\n";
        }
        file.write(bytes);
        return path;
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

    void start_runsOffTheCallingThread_reportsProgressAndFinishes()
    {
        CodeSetImportJob job(*m_db, CodeSetKind::Icd10Cm,
                             test::TestHome::dataPath(u"codesets/icd10cm-order-2021.txt"_s));
        QSignalSpy progress(&job, &CodeSetImportJob::progress);
        QSignalSpy finished(&job, &CodeSetImportJob::finished);
        job.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(job.result().status, Status::Imported);
        QCOMPARE(job.result().version.entries, 16);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toInt(), 100);
        QCOMPARE(CodeSetStore(*m_db).entryCount(CodeSetKind::Icd10Cm), 16);
    }

    void cancel_leavesThePreviousSetInPlace()
    {
        {
            CodeSetImportJob first(*m_db, CodeSetKind::Icd10Cm,
                                   test::TestHome::dataPath(u"codesets/icd10cm-order-2021.txt"_s));
            QSignalSpy done(&first, &CodeSetImportJob::finished);
            first.start();
            QVERIFY(done.wait(30000));
        }
        const QString big = writeBigOrderFile();
        QVERIFY(!big.isEmpty());
        CodeSetImportJob job(*m_db, CodeSetKind::Icd10Cm, big);
        QSignalSpy finished(&job, &CodeSetImportJob::finished);
        job.start();
        job.cancel();
        QVERIFY(finished.wait(60000));
        QCOMPARE(job.result().status, Status::Cancelled);
        QCOMPARE(CodeSetStore(*m_db).entryCount(CodeSetKind::Icd10Cm), 16);
        QCOMPARE(CodeSetStore(*m_db).version(CodeSetPart::Icd10CmOrder)->fileName, u"icd10cm-order-2021.txt"_s);
    }

    void rejectedFile_finishesWithTheReason()
    {
        CodeSetImportJob job(*m_db, CodeSetKind::Pfs, test::TestHome::dataPath(u"codesets/pfs-no-header.csv"_s));
        QSignalSpy finished(&job, &CodeSetImportJob::finished);
        job.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(job.result().status, Status::Rejected);
        QVERIFY(job.result().error.contains(u"no header line"_s));
    }
};

QTEST_GUILESS_MAIN(TestCodeSetImportJob)
#include "tst_codesetimportjob.moc"
