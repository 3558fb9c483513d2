#pragma once

#include <QString>
#include <QTextDocument>

#include <memory>

namespace codedesk {

// A worksheet ready to print: the laid-out text and what the footer of every page names.
// Built by ProcedureWorksheetDocument or ClaimWorksheetDocument, painted by PagePrinter.
struct PrintDocument
{
    std::unique_ptr<QTextDocument> text;
    QString title;          // for the PDF's metadata and the print job; never a patient identifier
    QString sourceFile;     // the report or worksheet file the page footer names
    QString sha256;         // lowercase hex of the source's bytes; the footer prints a prefix
    bool ownerOnly = false; // it names a patient: files written from it get 0600 permissions
};

} // namespace codedesk
