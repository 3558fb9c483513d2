// File > Print Preview, Print and Export PDF, driven through the dialog seams.
#include "PdfText.h"
#include "TestHome.h"

#include "common/DialogSeams.h"
#include "export/PdfExport.h"
#include "export/ProcedureWorksheetDocument.h"
#include "print/PrintController.h"
#include "reference/MedicareIndicators.h"

#include <QFile>
#include <QFileInfo>
#include <QPrintDialog>
#include <QPrinterInfo>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;
using namespace codedesk;
using namespace codedesk::test;
using codedesk::ui::DialogSeams;
using codedesk::ui::PrintController;

namespace {

std::optional<PrintDocument> sampleDocument()
{
    Procedure procedure;
    procedure.code = u"47383"_s;
    procedure.codeSystem = CodeSystem::CptCategoryI;
    procedure.title = u"Percutaneous Cryoablation <of> Liver Tumor"_s;
    procedure.modifiers = {ModifierRow{u"59"_s, u"Distinct procedural service"_s, u"Separate lesion"_s, 12, {}}};
    procedure.source = SourceInfo{u"47383.txt"_s, u"abcdef0123456789"_s, 10, Origin::Bundled};
    return ProcedureWorksheetDocument::build(procedure, MedicareIndicators{});
}

} // namespace

class TestPrintController final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_home = std::make_unique<TestHome>();
        DialogSeams::reset();
        m_window = std::make_unique<QWidget>();
    }
    void cleanup()
    {
        m_window.reset();
        m_home.reset();
    }

    void printer_startsOnTheSamePaperAsTheCommandLine()
    {
        // `codedesk print` takes PrintController::systemPageSize() too (app/gui_main.cpp).
        const QLocale before;
        for (const QLocale &locale :
             {QLocale(QLocale::English, QLocale::UnitedStates), QLocale(QLocale::German, QLocale::Germany)}) {
            QLocale::setDefault(locale);
            const QPageSize expected = QPrinterInfo::defaultPrinter().isNull()
                                           ? PdfExport::localePageSize(locale)
                                           : QPrinterInfo::defaultPrinter().defaultPageSize();
            QCOMPARE(PrintController::systemPageSize().id(), expected.id());
            PrintController controller(m_window.get());
            QCOMPARE(controller.printer()->pageLayout().pageSize().id(), expected.id());
        }
        QLocale::setDefault(before);
    }

    void exportPdf_writesTheDocumentToTheChosenFile()
    {
        PrintController controller(m_window.get());
        controller.setDocumentSource(sampleDocument);
        controller.printer()->setPageSize(QPageSize(QPageSize::A4));
        QSignalSpy exported(&controller, &PrintController::exported);
        const QString path = m_home->filePath(u"out"_s); // the suffix is added
        DialogSeams::queueFileNames({path});
        QVERIFY(controller.exportPdf());
        QCOMPARE(exported.size(), 1);
        QCOMPARE(exported.first().at(0).toString(), path + u".pdf"_s);
        const QString text = squeezed(pdfPages(path + u".pdf"_s).join(u'\n'));
        QVERIFY(text.contains(u"Percutaneous Cryoablation <of> Liver Tumor"_s));
        QVERIFY(text.contains(u"Page 1 of 1"_s));
        QVERIFY2(pdfPageSize(path + u".pdf"_s).contains(u"A4"_s), qPrintable(pdfPageSize(path + u".pdf"_s)));
    }

    void exportPdf_cancelledDialog_writesNothing()
    {
        PrintController controller(m_window.get());
        controller.setDocumentSource(sampleDocument);
        DialogSeams::queueFileNames({QString()});
        QVERIFY(!controller.exportPdf());
        QVERIFY(DialogSeams::messagesShown().isEmpty());
    }

    void exportPdf_unwritableFolder_reportsAndKeepsGoing()
    {
        PrintController controller(m_window.get());
        controller.setDocumentSource(sampleDocument);
        QSignalSpy failed(&controller, &PrintController::failed);
        DialogSeams::queueFileNames({m_home->filePath(u"missing/folder/out.pdf"_s)});
        QVERIFY(!controller.exportPdf());
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().at(0).toString().contains(u"out.pdf"_s));
    }

    void actions_withoutDocument_sayThereIsNothingToPrint()
    {
        PrintController controller(m_window.get());
        QSignalSpy failed(&controller, &PrintController::failed);
        QVERIFY(!controller.exportPdf());
        QVERIFY(!controller.print());
        QVERIFY(!controller.printPreview());
        QCOMPARE(failed.size(), 3);
        QVERIFY(failed.first().at(0).toString().contains(u"nothing to print"_s));
    }

    void print_acceptedDialog_printsThroughThePrinter()
    {
        PrintController controller(m_window.get());
        controller.setDocumentSource(sampleDocument);
        const QString path = m_home->filePath(u"printed.pdf"_s);
        controller.printer()->setOutputFormat(QPrinter::PdfFormat);
        controller.printer()->setOutputFileName(path);
        bool asked = false;
        controller.setDialogRunner([&asked](QDialog *dialog) {
            asked = qobject_cast<QPrintDialog *>(dialog) != nullptr;
            return int(QDialog::Accepted);
        });
        QSignalSpy exported(&controller, &PrintController::exported);
        QVERIFY(controller.print());
        QVERIFY(asked);
        // "Print to file" goes through the checked writer, and says where the PDF went.
        QCOMPARE(exported.size(), 1);
        QCOMPARE(exported.first().at(0).toString(), path);
        QCOMPARE(exported.first().at(1).toInt(), 1);
        QVERIFY(squeezed(pdfPages(path).join(u'\n')).contains(u"47383.txt \u00b7 SHA-256 abcdef012345"_s));
    }

    void print_toFileThatCannotBeWritten_failsAndKeepsTheOldFile()
    {
        PrintController controller(m_window.get());
        controller.setDocumentSource(sampleDocument);
        // A PDF printed to a named pipe used to be written into it by QPrinter, unchecked.
        const QString pipe = m_home->filePath(u"pipe.pdf"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
        controller.printer()->setOutputFormat(QPrinter::PdfFormat);
        controller.printer()->setOutputFileName(pipe);
        controller.setDialogRunner([](QDialog *) { return int(QDialog::Accepted); });
        QSignalSpy failed(&controller, &PrintController::failed);
        QSignalSpy exported(&controller, &PrintController::exported);
        QVERIFY(!controller.print());
        QCOMPARE(exported.size(), 0);
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().at(0).toString().contains(u"pipe.pdf"_s));
        QVERIFY(QFileInfo(pipe).exists() && !QFileInfo(pipe).isFile()); // still the pipe
    }

    void print_cancelledDialog_printsNothing()
    {
        PrintController controller(m_window.get());
        controller.setDocumentSource(sampleDocument);
        const QString path = m_home->filePath(u"never.pdf"_s);
        controller.printer()->setOutputFormat(QPrinter::PdfFormat);
        controller.printer()->setOutputFileName(path);
        controller.setDialogRunner([](QDialog *) { return int(QDialog::Rejected); });
        QVERIFY(!controller.print());
        QVERIFY(!QFile::exists(path));
    }

    void printPreview_paintsThePagesInThePreview()
    {
        PrintController controller(m_window.get());
        controller.setDocumentSource(sampleDocument);
        QSignalSpy printed(&controller, &PrintController::printed);
        int previewPages = -1;
        controller.setDialogRunner([&previewPages](QDialog *dialog) {
            auto *preview = dialog->findChild<QPrintPreviewWidget *>();
            if (!preview)
                return int(QDialog::Rejected);
            dialog->show();
            preview->updatePreview();
            previewPages = preview->pageCount();
            dialog->close();
            return int(QDialog::Rejected);
        });
        QVERIFY(controller.printPreview());
        QCOMPARE(previewPages, 1);
        QVERIFY(printed.size() >= 1);
    }

private:
    std::unique_ptr<TestHome> m_home;
    std::unique_ptr<QWidget> m_window;
};

QTEST_MAIN(TestPrintController)
#include "tst_printcontroller.moc"
