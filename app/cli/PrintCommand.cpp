// print: a procedure worksheet or a claim worksheet to PDF, without a display (DESIGN.md).
#include "cli/CommandParser.h"
#include "cli/PrintCommand.h"
#include "library/Workspace.h"
#include "export/ClaimWorksheetDocument.h"
#include "export/PdfExport.h"
#include "export/ProcedureWorksheetDocument.h"
#include "worksheet/ClaimValidator.h"
#include "worksheet/WorksheetFile.h"
#include "library/WorkspaceValidation.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace codedesk::cli {

namespace {

void loadWorkspace(Workspace &workspace, Console &console)
{
    if (workspace.load())
        return;
    // A library that cannot be read leaves the bundled data: say so and go on.
    for (const QString &line : workspace.errorString().split(u'\n', Qt::SkipEmptyParts))
        console.problem(line);
}

QString fileSha256(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

std::optional<PrintDocument> procedureDocument(const QString &code, Console &console)
{
    Workspace workspace;
    loadWorkspace(workspace, console);
    const Procedure *procedure = workspace.catalog().complete(code);
    if (!procedure) {
        console.problem(u"print: unknown procedure code \u201c%1\u201d (see 'codedesk list')"_s.arg(code));
        return std::nullopt;
    }
    return ProcedureWorksheetDocument::build(*procedure, workspace.medicare());
}

std::optional<PrintDocument> worksheetDocument(const QString &path, Console &console)
{
    WorksheetFile file(path);
    const std::optional<WorksheetContent> content = file.read();
    if (!content) {
        console.problem(file.errorString()); // names the file, never a patient identifier
        return std::nullopt;
    }
    Workspace workspace;
    loadWorkspace(workspace, console);
    const ValidationContext context = validationContext(workspace);
    const ClaimFindings findings = ClaimValidator().validate(*content, context);
    return ClaimWorksheetDocument::build(*content, findings, context.diagnosis,
                                         {QFileInfo(path).fileName(), fileSha256(path)});
}

} // namespace

int runPrint(const QStringList &arguments, Console &console)
{
    CommandParser parser(u"print"_s, u"Print a procedure worksheet or a claim worksheet to PDF."_s);
    const QCommandLineOption procedureOption(u"procedure"_s, u"The procedure code to print, e.g. 47382."_s, u"CODE"_s);
    const QCommandLineOption worksheetOption(u"worksheet"_s, u"The .codedesk worksheet to print."_s, u"WORKSHEET"_s);
    const QCommandLineOption pdfOption(u"pdf"_s, u"The PDF file to write (replaced atomically)."_s, u"OUT"_s);
    const QCommandLineOption paperOption(
        u"paper"_s, u"Paper size: letter or a4 (default: the default printer's, else the locale's)."_s, u"letter|a4"_s);
    for (const QCommandLineOption &option : {procedureOption, worksheetOption, pdfOption, paperOption})
        parser.addOption(option);
    int exitCode = Success;
    if (!parser.parse(arguments, console, &exitCode, 0, 0))
        return exitCode;

    const bool procedure = parser.isSet(u"procedure"_s);
    if (procedure == parser.isSet(u"worksheet"_s))
        return parser.usageError(console, u"give exactly one of --procedure and --worksheet"_s);
    if (!parser.isSet(u"pdf"_s) || parser.value(u"pdf"_s).isEmpty())
        return parser.usageError(console, u"--pdf OUT is required"_s);
    PdfExport::Options options;
    if (parser.isSet(u"paper"_s) && !PdfExport::pageSizeFromName(parser.value(u"paper"_s), &options.pageSize))
        return parser.usageError(console, u"--paper: '%1' is not letter or a4"_s.arg(parser.value(u"paper"_s)));

    const std::optional<PrintDocument> document =
        procedure ? procedureDocument(parser.value(u"procedure"_s).trimmed(), console)
                  : worksheetDocument(parser.value(u"worksheet"_s), console);
    if (!document)
        return Failure;
    const QString out = parser.value(u"pdf"_s);
    PdfExport pdf(options);
    if (!pdf.writeFile(*document, out)) {
        console.problem(out, pdf.errorString());
        return Failure;
    }
    return Success;
}

} // namespace codedesk::cli
