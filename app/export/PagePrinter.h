#pragma once

#include "export/PrintDocument.h"

#include <QDate>
#include <QString>

class QPagedPaintDevice;

namespace codedesk {

// The one page loop behind print preview, printing and PDF export. It lays the document out for
// the device (its resolution, its paper size less its margins), then paints page after page with
// a footer naming the source, its SHA-256 prefix, the print date and "Page N of M". Afterwards the
// document is as it was, so a preview can repaint it for another paper size.
class PagePrinter final
{
public:
    explicit PagePrinter(const PrintDocument &document, QDate printed = QDate::currentDate());

    // Paints every page onto the device: a QPdfWriter, a QPrinter, the preview's printer.
    bool print(QPagedPaintDevice *device);
    int pageCount() const { return m_pageCount; }
    QString errorString() const { return m_error; }

    static QString footerText(const QString &sourceFile, const QString &sha256, QDate printed);
    static QString pageText(int page, int pageCount);
    static constexpr int Sha256PrefixLength = 12;

private:
    const PrintDocument &m_document;
    QDate m_printed;
    int m_pageCount = 0;
    QString m_error;
};

} // namespace codedesk
