// The real window when a write fails: Save on a full disk, autosave that cannot be written, an
// export or a PDF onto a special file. Each says so in a dialog, the worksheet stays open (and
// unsaved where it was), and the file on disk is as it was.
#include "common/DialogSeams.h"
#include "core/RecoveryStore.h"
#include "SmallFilesystem.h"
#include "UiTestSupport.h"
#include "worksheet/Worksheet.h"
#include "worksheetview/WorksheetManager.h"

#include <QAction>
#include <QFile>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;
using namespace codedesk;
using namespace codedesk::ui;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestSaveFailures final : public QObject
{
    Q_OBJECT

private:
    test::WindowFixture m_fixture;

    WorksheetManager *manager() const { return m_fixture.window->worksheets(); }
    QAction *action(const QString &name) const { return m_fixture.window->findChild<QAction *>(name); }
    WorksheetDocument *document() const { return manager()->currentDocument(); }

private Q_SLOTS:
    void init()
    {
        m_fixture.home = std::make_unique<test::TestHome>();
        m_fixture.start();
    }
    void cleanup()
    {
        DialogSeams::queueAnswer(QMessageBox::Discard);
        m_fixture.stop();
        m_fixture.home.reset();
    }

    void save_onAFullDisk_saysSoAndKeepsTheWorksheetOpenAndUnsaved()
    {
        test::SmallFilesystem disk(256 * 1024);
        if (!disk.isMounted())
            QSKIP(qPrintable(disk.reason()));
        action(u"actionNewWorksheet"_s)->trigger();
        document()->setClaimField(ClaimField::Payer, u"Old payer"_s);
        const QString path = disk.filePath(u"claim.codedesk"_s);
        DialogSeams::queueFileNames({path});
        action(u"actionSave"_s)->trigger();
        QVERIFY(!document()->isModified());
        const QByteArray old = fileBytes(path);
        QVERIFY(old.contains("Old payer"));

        document()->setClaimField(ClaimField::Payer, u"New payer"_s);
        QVERIFY(disk.fill());
        const int shown = int(DialogSeams::messagesShown().size());
        action(u"actionSave"_s)->trigger();
        QCOMPARE(DialogSeams::messagesShown().size(), shown + 1);
        const QString message = DialogSeams::messagesShown().constLast();
        QVERIFY2(message.contains(u"Cannot save worksheet"_s) && message.contains(u"No space left on device"_s),
                 qPrintable(message));
        QVERIFY(document()->isModified());
        QCOMPARE(manager()->views().size(), 1);
        QCOMPARE(document()->worksheet()->content().claim.payer, u"New payer"_s);
        QCOMPARE(fileBytes(path), old);
    }

    void saveAs_ontoANamedPipe_isRefused()
    {
        action(u"actionNewWorksheet"_s)->trigger();
        document()->setClaimField(ClaimField::Payer, u"Medicare"_s);
        const QString fifo = m_fixture.home->filePath(u"pipe.codedesk"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        DialogSeams::queueFileNames({fifo});
        action(u"actionSaveAs"_s)->trigger();
        QVERIFY2(DialogSeams::messagesShown().constLast().contains(u"a named pipe"_s),
                 qPrintable(DialogSeams::messagesShown().constLast()));
        QVERIFY(document()->isModified());
        QVERIFY(document()->filePath().isEmpty());
        struct stat info = {};
        QCOMPARE(::stat(QFile::encodeName(fifo).constData(), &info), 0);
        QVERIFY(S_ISFIFO(info.st_mode));
    }

    void autosaveFailure_isShownOnce()
    {
        // The recovery folder cannot be made: a file stands where it should be.
        QFile blocker(RecoveryStore::defaultFolder());
        QVERIFY(QDir().mkpath(QFileInfo(blocker.fileName()).absolutePath()));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        action(u"actionNewWorksheet"_s)->trigger();
        document()->setAutosaveDelay(10);
        const int shown = int(DialogSeams::messagesShown().size());
        document()->setClaimField(ClaimField::Payer, u"Medicare"_s);
        QTRY_COMPARE(DialogSeams::messagesShown().size(), shown + 1);
        QVERIFY2(DialogSeams::messagesShown().constLast().contains(u"Autosave failed"_s),
                 qPrintable(DialogSeams::messagesShown().constLast()));
        document()->setClaimField(ClaimField::Payer, u"Medicaid"_s);
        QTest::qWait(100);
        QCOMPARE(DialogSeams::messagesShown().size(), shown + 1); // not again
        QVERIFY(document()->isModified());
    }

    void exportCsv_ontoALinkToDevNull_isRefused()
    {
        action(u"actionNewWorksheet"_s)->trigger();
        const QString link = m_fixture.home->filePath(u"claim.csv"_s);
        QVERIFY(QFile::link(u"/dev/null"_s, link));
        DialogSeams::queueFileNames({link});
        action(u"actionExportCsv"_s)->trigger();
        QVERIFY2(DialogSeams::messagesShown().constLast().contains(u"a link to a character device"_s),
                 qPrintable(DialogSeams::messagesShown().constLast()));
        struct stat info = {};
        QCOMPARE(::stat("/dev/null", &info), 0);
        QVERIFY(S_ISCHR(info.st_mode));
    }

    void exportPdf_ontoANamedPipe_isRefused()
    {
        action(u"actionNewWorksheet"_s)->trigger();
        const QString fifo = m_fixture.home->filePath(u"claim.pdf"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        DialogSeams::queueFileNames({fifo});
        action(u"actionExportPdf"_s)->trigger();
        QVERIFY2(DialogSeams::messagesShown().constLast().contains(u"a named pipe"_s),
                 qPrintable(DialogSeams::messagesShown().constLast()));
    }
};

QTEST_MAIN(TestSaveFailures)
#include "tst_savefailures.moc"
