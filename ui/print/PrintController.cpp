#include "print/PrintController.h"

#include "common/DialogSeams.h"
#include "export/PagePrinter.h"
#include "export/PdfExport.h"

#include <QDialog>
#include <QDir>
#include <QPageLayout>
#include <QPrintDialog>
#include <QPrinterInfo>
#include <QPrintPreviewDialog>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace codedesk::ui {

namespace {

QString suggestedPdfName(const PrintDocument &document)
{
    QString name = document.title.isEmpty() ? u"worksheet"_s : document.title;
    name.replace(u'/', u'-');
    name.replace(u'\\', u'-');
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder).filePath(name + u".pdf"_s);
}

} // namespace

PrintController::PrintController(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_runDialog([](QDialog *dialog) { return dialog->exec(); })
{
}

QPrinter *PrintController::printer()
{
    // Made on first use: a QPrinter loads the print system, which would slow every start-up.
    if (!m_printer) {
        m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        // The default printer's paper, else the locale's (as `codedesk print`), with margins a
        // pen can reach past.
        m_printer->setPageSize(systemPageSize());
        m_printer->setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    }
    return m_printer.get();
}

PrintController::~PrintController() = default;

QPageSize PrintController::systemPageSize()
{
    const QPrinterInfo printer = QPrinterInfo::defaultPrinter();
    const QPageSize size = printer.isNull() ? QPageSize() : printer.defaultPageSize();
    return size.isValid() ? size : PdfExport::localePageSize(QLocale());
}

std::optional<PrintDocument> PrintController::document()
{
    std::optional<PrintDocument> result = m_source ? m_source() : std::nullopt;
    if (!result || !result->text)
        fail(tr("There is nothing to print: open a procedure or a worksheet first."));
    return result;
}

void PrintController::fail(const QString &message)
{
    Q_EMIT failed(message); // the window says it (DialogSeams, plain text)
}

bool PrintController::paint(const PrintDocument &document, QPrinter *printer)
{
    PagePrinter pages(document);
    if (!pages.print(printer)) {
        fail(tr("Could not print: %1").arg(pages.errorString()));
        return false;
    }
    Q_EMIT printed(pages.pageCount());
    return true;
}

bool PrintController::printPreview()
{
    const std::optional<PrintDocument> current = document();
    if (!current)
        return false;
    QPrintPreviewDialog dialog(printer(), m_window);
    dialog.setWindowTitle(tr("Print Preview \u2014 %1").arg(current->title));
    // The preview repaints on every zoom, paper or orientation change: lay out afresh each time.
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [this, &current](QPrinter *printer) { paint(*current, printer); });
    m_runDialog(&dialog);
    return true;
}

bool PrintController::print()
{
    const std::optional<PrintDocument> current = document();
    if (!current)
        return false;
    QPrintDialog dialog(printer(), m_window);
    dialog.setWindowTitle(tr("Print %1").arg(current->title));
    dialog.setOption(QAbstractPrintDialog::PrintSelection, false);
    if (m_runDialog(&dialog) != QDialog::Accepted)
        return false;
    // "Print to file" would let QPrinter write the PDF itself, unchecked: a full disk would leave a
    // truncated file. The PDF goes through the same checked, atomic writer as Export PDF instead.
    if (printer()->outputFormat() == QPrinter::PdfFormat && !printer()->outputFileName().isEmpty()) {
        const QString path = printer()->outputFileName();
        PdfExport pdf(PdfExport::fromPageLayout(printer()->pageLayout()));
        if (!pdf.writeFile(*current, path)) {
            fail(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), pdf.errorString()));
            return false;
        }
        Q_EMIT exported(path, pdf.pageCount());
        return true;
    }
    return paint(*current, printer());
}

bool PrintController::printDirect()
{
    const std::optional<PrintDocument> current = document();
    return current && paint(*current, printer());
}

bool PrintController::exportPdf()
{
    const std::optional<PrintDocument> current = document();
    if (!current)
        return false;
    QString path =
        DialogSeams::saveFileName(m_window, tr("Export PDF"), suggestedPdfName(*current), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        path += u".pdf"_s;
    PdfExport pdf(PdfExport::fromPageLayout(printer()->pageLayout()));
    if (!pdf.writeFile(*current, path)) {
        fail(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), pdf.errorString()));
        return false;
    }
    Q_EMIT exported(path, pdf.pageCount());
    return true;
}

} // namespace codedesk::ui
