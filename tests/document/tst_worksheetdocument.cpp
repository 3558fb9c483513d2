#include "core/RecoveryStore.h"
#include "document/WorksheetDocument.h"
#include "worksheet/Money.h"
#include "worksheet/Worksheet.h"
#include "worksheet/WorksheetFile.h"
#include "TestHome.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace codedesk;

class TestWorksheetDocument final : public QObject
{
    Q_OBJECT

private:
    static ClaimLine line(const QString &code)
    {
        ClaimLine l;
        l.code = code;
        l.units = 1;
        l.charge = Money::fromCents(420000);
        l.pointers = {0};
        return l;
    }

    QString writeWorksheet(const QString &name)
    {
        WorksheetContent content;
        content.claim.payer = u"Medicare"_s;
        content.diagnoses = {u"C78.7"_s, u"Z85.038"_s};
        content.lines = {line(u"47382"_s)};
        const QString path = m_home->filePath(name);
        WorksheetFile file(path);
        if (!file.write(content))
            qFatal("cannot write fixture");
        return path;
    }

private Q_SLOTS:
    void init() { m_home = std::make_unique<test::TestHome>(); }
    void cleanup() { m_home.reset(); }

    void everyEdit_undoesAndRedoes()
    {
        RecoveryStore recovery;
        WorksheetDocument doc(&recovery);
        Worksheet *w = doc.worksheet();
        const WorksheetContent empty = w->content();

        doc.setClaimField(ClaimField::Payer, u"Medicare"_s);
        doc.insertDiagnosis(0, u"C78.7"_s);
        doc.insertDiagnosis(1, u"Z85.038"_s);
        doc.insertLine(0, line(u"47382"_s));
        doc.setLineField(0, LineField::Modifiers, QStringList{u"59"_s});
        doc.setLineField(0, LineField::Pointers, QVariant::fromValue(QList<int>{0, 1}));
        doc.duplicateLine(0);
        doc.setLineField(1, LineField::Code, u"76940"_s);
        doc.moveLine(1, 0);
        doc.moveDiagnosis(1, 0);
        doc.removeLine(1);
        doc.removeDiagnosis(1);
        const WorksheetContent edited = w->content();
        QVERIFY(doc.isModified());
        QCOMPARE(doc.undoStack()->count(), 12);

        while (doc.undoStack()->canUndo())
            doc.undoStack()->undo();
        QCOMPARE(w->content(), empty);
        QVERIFY(!doc.isModified());
        while (doc.undoStack()->canRedo())
            doc.undoStack()->redo();
        QCOMPARE(w->content(), edited);
    }

    void moveDiagnosis_pointersFollowAndUndoRestoresThem()
    {
        RecoveryStore recovery;
        WorksheetDocument doc(&recovery);
        doc.insertDiagnosis(0, u"C78.7"_s);
        doc.insertDiagnosis(1, u"Z85.038"_s);
        ClaimLine l = line(u"47382"_s);
        l.pointers = {1};
        doc.insertLine(0, l);
        doc.moveDiagnosis(1, 0);
        QCOMPARE(doc.worksheet()->diagnoses(), (QStringList{u"Z85.038"_s, u"C78.7"_s}));
        QCOMPARE(doc.worksheet()->line(0).pointers, QList<int>{0});
        doc.undoStack()->undo();
        QCOMPARE(doc.worksheet()->line(0).pointers, QList<int>{1});
    }

    void typingInOneField_mergesIntoOneUndoStep()
    {
        RecoveryStore recovery;
        WorksheetDocument doc(&recovery);
        doc.insertLine(0, line(u"4"_s));
        for (const QString &text : {u"47"_s, u"473"_s, u"4738"_s, u"47382"_s})
            doc.setLineField(0, LineField::Code, text);
        doc.setClaimField(ClaimField::Payer, u"M"_s);
        doc.setClaimField(ClaimField::Payer, u"Me"_s);
        QCOMPARE(doc.undoStack()->count(), 3);
        doc.undoStack()->undo();
        QCOMPARE(doc.worksheet()->claim().payer, QString());
        doc.undoStack()->undo();
        QCOMPARE(doc.worksheet()->line(0).code, u"4"_s);
    }

    void saveAndReopen_keepsContentAndOwnerOnlyPermissions()
    {
        RecoveryStore recovery;
        const QString path = m_home->filePath(u"claim.codedesk"_s);
        WorksheetContent saved;
        {
            WorksheetDocument doc(&recovery);
            doc.insertDiagnosis(0, u"C78.7"_s);
            doc.insertLine(0, line(u"47382"_s));
            QString error;
            QVERIFY2(doc.saveAs(path, &error), qPrintable(error));
            QVERIFY(!doc.isModified());
            QCOMPARE(doc.displayName(), u"claim.codedesk"_s);
            saved = doc.worksheet()->content();
        }
        const auto permissions = QFileInfo(path).permissions();
        QVERIFY(!(permissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
        WorksheetDocument reopened(&recovery);
        QString error;
        QVERIFY2(reopened.open(path, &error), qPrintable(error));
        QCOMPARE(reopened.worksheet()->content(), saved);
        QVERIFY(!reopened.isReadOnly());
    }

    void open_corruptFile_failsNamingIt()
    {
        const QString path = m_home->filePath(u"broken.codedesk"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"codedesk-worksheet\", \"version\": 1, \"lines\": [");
        file.close();
        RecoveryStore recovery;
        WorksheetDocument doc(&recovery);
        QString error;
        QVERIFY(!doc.open(path, &error));
        QVERIFY(error.contains(path));
    }

    void open_lockedByAnotherProcess_isReadOnlyNamingIt()
    {
        const QString path = writeWorksheet(u"shared.codedesk"_s);
        QProcess holder;
        holder.start(QCoreApplication::applicationDirPath() + u"/../core/lock_holder"_s, {path});
        QVERIFY(holder.waitForStarted());
        QVERIFY(holder.waitForReadyRead(10000));

        RecoveryStore recovery;
        WorksheetDocument doc(&recovery);
        QString error;
        QVERIFY(doc.open(path, &error));
        QVERIFY(doc.isReadOnly());
        QVERIFY(doc.readOnlyReason().contains(QString::number(holder.processId())));
        doc.insertLine(1, line(u"76940"_s));
        QCOMPARE(doc.worksheet()->lineCount(), 1);
        QVERIFY(!doc.save(&error));

        holder.closeWriteChannel();
        QVERIFY(holder.waitForFinished());
    }

    void autosave_writesRecoveryCopyAndSaveDiscardsIt()
    {
        RecoveryStore recovery(m_home->filePath(u"recovery"_s));
        const QString path = writeWorksheet(u"claim.codedesk"_s);
        auto doc = std::make_unique<WorksheetDocument>(&recovery);
        QString error;
        QVERIFY(doc->open(path, &error));
        doc->setAutosaveDelay(10);
        doc->setLineField(0, LineField::Units, 2);
        QTRY_COMPARE(QDir(recovery.folder()).entryList(QDir::Files).size(), 1);
        QVERIFY(doc->save(&error));
        QCOMPARE(QDir(recovery.folder()).entryList(QDir::Files).size(), 0);
    }

    void validator_runsAfterEveryChange()
    {
        RecoveryStore recovery;
        WorksheetDocument doc(&recovery);
        int runs = 0;
        doc.setValidator([&runs](const WorksheetContent &content) {
            ++runs;
            ClaimFindings findings;
            if (content.lines.size() > 1)
                findings << ClaimFinding{u"test.rule"_s, Severity::Warning, 1, u"code"_s,
                                         u"two lines"_s, u"test"_s,         {}};
            return findings;
        });
        QSignalSpy spy(&doc, &WorksheetDocument::findingsChanged);
        doc.insertLine(0, line(u"47382"_s));
        doc.insertLine(1, line(u"47383"_s));
        QCOMPARE(doc.findings().size(), 1);
        QVERIFY(spy.count() >= 2);
        doc.undoStack()->undo();
        QVERIFY(doc.findings().isEmpty());
    }

private:
    std::unique_ptr<test::TestHome> m_home;
};

QTEST_GUILESS_MAIN(TestWorksheetDocument)
#include "tst_worksheetdocument.moc"
