// validate and export: the worksheet commands of the command-line contract (DESIGN.md).
#include "cli/CommandParser.h"
#include "cli/Commands.h"
#include "library/Workspace.h"
#include "export/WorksheetExport.h"
#include "worksheet/ClaimValidator.h"
#include "worksheet/WorksheetFile.h"
#include "library/WorkspaceValidation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace codedesk::cli {

namespace {

void writeJson(Console &console, const QString &file, const ClaimFindings &findings)
{
    QJsonArray items;
    for (const ClaimFinding &finding : findings) {
        // `line` is the first line (null for the claim); `lines` every line the finding names.
        QJsonArray lines;
        for (int line : finding.lines.isEmpty() && finding.line >= 0 ? QList<int>{finding.line} : finding.lines)
            lines.append(line + 1);
        items.append(QJsonObject{
            {u"rule"_s, finding.rule},
            {u"severity"_s, severityName(finding.severity)},
            {u"line"_s, finding.line < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(finding.line + 1)},
            {u"lines"_s, lines},
            {u"field"_s, finding.field},
            {u"message"_s, finding.message},
            {u"source"_s, finding.source},
        });
    }
    const QJsonObject result{
        {u"file"_s, file},
        {u"errors"_s, ClaimValidator::count(findings, Severity::Error)},
        {u"warnings"_s, ClaimValidator::count(findings, Severity::Warning)},
        {u"findings"_s, items},
    };
    console.out() << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented));
}

// One finding a line, tab-separated: line (1-based, "claim" for the claim; "2,3,9" when it names
// several), severity, rule, field, message, source. Tabs and line breaks inside a value would
// break the columns.
void writePlain(Console &console, const ClaimFindings &findings)
{
    const auto cell = [](QString text) {
        text.replace(u'\t', u' ');
        text.replace(u'\n', u' ');
        text.replace(u'\r', u' ');
        return text;
    };
    for (const ClaimFinding &finding : findings) {
        QStringList lines;
        for (int line : finding.lines)
            lines << QString::number(line + 1);
        const QStringList fields = {finding.line < 0  ? u"claim"_s
                                    : lines.isEmpty() ? QString::number(finding.line + 1)
                                                      : lines.join(u','),
                                    severityName(finding.severity),
                                    finding.rule,
                                    finding.field,
                                    cell(finding.message),
                                    cell(finding.source)};
        console.out() << fields.join(u'\t') << '\n';
    }
}

std::optional<WorksheetContent> readWorksheet(const QString &path, Console &console)
{
    WorksheetFile file(path);
    auto content = file.read();
    if (!content)
        console.problem(file.errorString());
    return content;
}

} // namespace

int runValidate(const QStringList &arguments, Console &console)
{
    CommandParser parser(u"validate"_s, u"Check a worksheet's claim lines against CodeDesk's rules. Exit status 1 "
                                        "when any finding is an error."_s);
    parser.addPositional(u"worksheet"_s, u"The .codedesk worksheet to check."_s, u"WORKSHEET"_s);
    parser.addOption(QCommandLineOption(u"json"_s, u"Write the findings as JSON."_s));
    parser.addOption(
        QCommandLineOption(u"today"_s, u"The date the date rules compare with (default: today)."_s, u"YYYY-MM-DD"_s));
    int exitCode = Success;
    if (!parser.parse(arguments, console, &exitCode, 1, 1))
        return exitCode;
    QDate today = QDate::currentDate();
    if (parser.isSet(u"today"_s)) {
        today = QDate::fromString(parser.value(u"today"_s), u"yyyy-MM-dd"_s);
        if (!today.isValid())
            return parser.usageError(console,
                                     u"--today: '%1' is not a date (YYYY-MM-DD)"_s.arg(parser.value(u"today"_s)));
    }
    const QString path = parser.positional().constFirst();
    const auto content = readWorksheet(path, console);
    if (!content)
        return Failure;

    Workspace workspace;
    if (!workspace.load()) {
        // A library that cannot be read leaves the bundled reference data: say so and go on.
        for (const QString &line : workspace.errorString().split(u'\n', Qt::SkipEmptyParts))
            console.problem(line);
    }
    const ClaimFindings findings = ClaimValidator().validate(*content, validationContext(workspace, today));
    if (parser.isSet(u"json"_s))
        writeJson(console, path, findings);
    else
        writePlain(console, findings);
    console.out().flush();
    return ClaimValidator::count(findings, Severity::Error) > 0 ? Failure : Success;
}

int runExport(const QStringList &arguments, Console &console)
{
    CommandParser parser(u"export"_s, u"Write a worksheet's claim lines for a billing system (CSV or JSON). A "
                                      "worksheet with error findings is refused unless --allow-errors is given."_s);
    parser.addPositional(u"worksheet"_s, u"The .codedesk worksheet to export."_s, u"WORKSHEET"_s);
    parser.addPositional(u"out"_s, u"The file to write (replaced atomically, owner-only permissions)."_s, u"OUT"_s);
    parser.addOption(QCommandLineOption(u"csv"_s, u"Write CSV (RFC 4180, UTF-8)."_s));
    parser.addOption(QCommandLineOption(u"json"_s, u"Write JSON."_s));
    parser.addOption(QCommandLineOption(u"allow-errors"_s, u"Write it even when `validate` finds errors."_s));
    int exitCode = Success;
    if (!parser.parse(arguments, console, &exitCode, 2, 2))
        return exitCode;
    if (parser.isSet(u"csv"_s) == parser.isSet(u"json"_s))
        return parser.usageError(console, u"give exactly one of --csv and --json"_s);
    const QStringList positional = parser.positional();
    const auto content = readWorksheet(positional.at(0), console);
    if (!content)
        return Failure;
    if (!parser.isSet(u"allow-errors"_s)) {
        Workspace workspace;
        if (!workspace.load()) {
            for (const QString &line : workspace.errorString().split(u'\n', Qt::SkipEmptyParts))
                console.problem(line);
        }
        const ClaimFindings findings = ClaimValidator().validate(*content, validationContext(workspace));
        const int errors = ClaimValidator::count(findings, Severity::Error);
        if (errors > 0) {
            const auto first = std::find_if(findings.cbegin(), findings.cend(),
                                            [](const ClaimFinding &f) { return f.severity == Severity::Error; });
            console.problem(positional.at(0), u"not exported: %1 %2, the first: %3 (`codedesk validate` lists them; "
                                              "--allow-errors exports anyway)"_s.arg(errors)
                                                  .arg(errors == 1 ? u"error"_s : u"errors"_s, findingSummary(*first)));
            return Failure;
        }
    }
    QString error;
    if (!exportWorksheet(*content, positional.at(1), parser.isSet(u"csv"_s) ? ExportFormat::Csv : ExportFormat::Json,
                         &error)) {
        console.problem(error);
        return Failure;
    }
    return Success;
}

} // namespace codedesk::cli
