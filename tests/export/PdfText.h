#pragma once

#include <QDate>
#include <QPageSize>
#include <QString>
#include <QStringList>

namespace codedesk {
struct PrintDocument;
}

namespace codedesk::test {

// Writes `document` to the PDF `path` through PdfExport and returns its pages as pdftotext reads
// them (empty on failure). With CODEDESK_KEEP_PDF=DIR set, a copy named after the test is kept
// there to look at.
QStringList printToPdf(const PrintDocument &document, const QString &path, QPageSize pageSize, QDate printed);

// Reads a PDF back with poppler's pdftotext -layout: one string per page.
QStringList pdfPages(const QString &pdfPath);
// The text in content-stream order (pdftotext -raw): a wrapped table cell reads as one run.
QString pdfRawText(const QString &pdfPath);
// Poppler's pdfinfo "Page size:" line, e.g. "612 x 792 pts (letter)".
QString pdfPageSize(const QString &pdfPath);
// Lines are collapsed to single spaces so that column layout does not matter.
QString squeezed(const QString &text);

} // namespace codedesk::test
