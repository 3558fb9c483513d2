#pragma once

#include "export/PrintDocument.h"

#include <QDate>
#include <QLocale>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QString>

class QIODevice;

namespace codedesk {

// Renders a PrintDocument to PDF through PagePrinter (QPdfWriter, no display needed).
class PdfExport final
{
public:
    struct Options
    {
        QPageSize pageSize = defaultPageSize();
        QMarginsF marginsMm = QMarginsF(15, 15, 15, 15);
        int resolution = 600; // dots per inch of the layout
        QDate printed = QDate::currentDate();
        bool ownerOnly = false; // 0600 even when the document does not ask for it
    };

    explicit PdfExport(Options options);
    PdfExport();

    // Paper size and margins as a printer (QPrinter::pageLayout) has them.
    static Options fromPageLayout(const QPageLayout &layout);

    // The paper when nobody chose one: the system's default printer's (given by whoever can ask
    // the print system: setSystemPageSize), else the locale's: Letter where the locale measures
    // in US units, A4 elsewhere.
    static QPageSize defaultPageSize();
    static QPageSize localePageSize(const QLocale &locale);
    static void setSystemPageSize(const QPageSize &pageSize); // an invalid size: none

    // "letter" or "a4" (case-insensitive); false for anything else.
    static bool pageSizeFromName(const QString &name, QPageSize *pageSize);

    // The whole PDF as bytes.
    QByteArray render(const PrintDocument &document);
    // Writes the PDF to a device; false if it cannot be rendered or fully written.
    bool write(const PrintDocument &document, QIODevice *device);
    // Writes the PDF to a file atomically (QSaveFile): an existing file is replaced only on success.
    // Owner-only (0600) when the document or the options ask for it.
    bool writeFile(const PrintDocument &document, const QString &path);

    int pageCount() const { return m_pageCount; }
    QString errorString() const { return m_error; }

private:
    Options m_options;
    int m_pageCount = 0;
    QString m_error;
};

} // namespace codedesk
