#pragma once

#include "export/PrintDocument.h"

#include <QDate>
#include <QMarginsF>
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
        QPageSize pageSize = QPageSize(QPageSize::Letter);
        QMarginsF marginsMm = QMarginsF(15, 15, 15, 15);
        int resolution = 600; // dots per inch of the layout
        QDate printed = QDate::currentDate();
        bool ownerOnly = false; // 0600: set for documents that name a patient
    };

    explicit PdfExport(Options options);
    PdfExport();

    // "letter" or "a4" (case-insensitive); false for anything else.
    static bool pageSizeFromName(const QString &name, QPageSize *pageSize);

    // The whole PDF as bytes.
    QByteArray render(const PrintDocument &document);
    // Writes the PDF to a device; false if it cannot be rendered or fully written.
    bool write(const PrintDocument &document, QIODevice *device);
    // Writes the PDF to a file atomically (QSaveFile): an existing file is replaced only on success.
    bool writeFile(const PrintDocument &document, const QString &path);

    int pageCount() const { return m_pageCount; }
    QString errorString() const { return m_error; }

private:
    Options m_options;
    int m_pageCount = 0;
    QString m_error;
};

} // namespace codedesk
