#pragma once

#include <QString>
#include <QStringList>

namespace codedesk::test {

// Reads a PDF back with poppler's pdftotext -layout: one string per page.
QStringList pdfPages(const QString &pdfPath);
// The text in content-stream order (pdftotext -raw): a wrapped table cell reads as one run.
QString pdfRawText(const QString &pdfPath);
// Poppler's pdfinfo "Page size:" line, e.g. "612 x 792 pts (letter)".
QString pdfPageSize(const QString &pdfPath);
// Lines are collapsed to single spaces so that column layout does not matter.
QString squeezed(const QString &text);

} // namespace codedesk::test
