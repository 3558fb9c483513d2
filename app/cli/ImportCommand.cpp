#include "catalog/ProcedureJson.h"
#include "catalog/ReportParser.h"
#include "cli/CommandParser.h"
#include "cli/Commands.h"
#include "core/BoundedReader.h"
#include "core/InputLimits.h"
#include "library/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace codedesk::cli {

namespace {

struct FileOutcome
{
    QString file; // as the user gave it
    ParseResult result;
};

QJsonObject toJson(const FileOutcome &outcome)
{
    const Procedure &procedure = outcome.result.procedure;
    const bool ok = outcome.result.ok;
    QJsonObject object{
        {u"file"_s, outcome.file},
        {u"ok"_s, ok},
        {u"code"_s, ok ? QJsonValue(procedure.code) : QJsonValue()},
        {u"title"_s, ok ? QJsonValue(procedure.title) : QJsonValue()},
        {u"modifierRows"_s, ok ? int(procedure.modifiers.size()) : 0},
        {u"diagnostics"_s, ProcedureJson::diagnostics(procedure.diagnostics)},
    };
    if (!ok)
        object.insert(u"error"_s, outcome.result.error);
    return object;
}

void reportDiagnostics(Console &console, const FileOutcome &outcome)
{
    for (const Diagnostic &diagnostic : outcome.result.procedure.diagnostics) {
        const QString message = severityName(diagnostic.severity) + u": "_s + diagnostic.message;
        if (diagnostic.line > 0)
            console.problem(outcome.file, diagnostic.line, message);
        else
            console.problem(outcome.file, message);
    }
}

// `import --remove CODE...`: one line (or object) per code; exit 1 when any was not imported.
int removeImports(const QStringList &codes, bool json, Console &console)
{
    Workspace workspace;
    if (!workspace.load() && !workspace.database().isOpen()) {
        console.problem(workspace.database().errorString());
        return Failure;
    }
    bool anyFailed = false;
    QJsonArray array;
    for (const QString &given : codes) {
        const QString code = given.trimmed().toUpper();
        QString error;
        const bool removed = workspace.catalog().removeImported(workspace.database(), code, &error);
        const bool bundled = workspace.catalog().findBundled(code) != nullptr;
        if (!removed) {
            anyFailed = true;
            console.problem(error);
        } else if (!json) {
            console.out() << code << '\t' << "removed" << '\t'
                          << (bundled ? "the bundled report is in use again" : "no bundled report") << '\n';
        }
        if (json) {
            QJsonObject object{{u"code"_s, code}, {u"removed"_s, removed}, {u"bundled"_s, removed && bundled}};
            if (!removed)
                object.insert(u"error"_s, error);
            array.append(object);
        }
    }
    if (json)
        console.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    return anyFailed ? Failure : Success;
}

} // namespace

int runImport(const QStringList &arguments, Console &console)
{
    CommandParser parser(u"import"_s,
                         u"Read procedure reports (at most %1 each) and add them to your library, "
                         "or take imported ones out with --remove."_s.arg(
                             BoundedReader::sizeText(InputLimits::reportBytes)));
    parser.addPositional(u"files"_s, u"Report files in the CodeDesk report format."_s, u"FILE..."_s);
    const QCommandLineOption checkOption(u"check"_s, u"Only parse and report; change nothing."_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Write one JSON array, an object per file (or code)."_s);
    const QCommandLineOption removeOption(
        u"remove"_s,
        u"Take the imported report of CODE out of the library (repeatable); a bundled report of that "
        "code is used again. Exit 1 when CODE was not imported."_s,
        u"CODE"_s);
    parser.addOption(checkOption);
    parser.addOption(jsonOption);
    parser.addOption(removeOption);
    int status = Success;
    if (!parser.parse(arguments, console, &status))
        return status;
    const bool check = parser.isSet(u"check"_s);
    const bool json = parser.isSet(u"json"_s);
    if (parser.isSet(u"remove"_s)) {
        if (check || !parser.positional().isEmpty())
            return parser.usageError(console, u"--remove takes codes, not files, and no --check"_s);
        return removeImports(parser.parser().values(removeOption), json, console);
    }
    if (parser.positional().isEmpty())
        return parser.usageError(console, u"no report file given"_s);

    std::unique_ptr<Workspace> workspace;
    if (!check) {
        workspace = std::make_unique<Workspace>();
        if (!workspace->load() && !workspace->database().isOpen()) {
            console.problem(workspace->database().errorString());
            return Failure;
        }
    }

    bool anyRejected = false;
    QJsonArray array;
    for (const QString &path : parser.positional()) {
        FileOutcome outcome{path, {}};
        BoundedReader reader(InputLimits::reportBytes, u"a report"_s);
        if (const std::optional<QByteArray> bytes = reader.readFile(path); !bytes) {
            outcome.result.error = reader.errorString();
        } else {
            outcome.result = check ? ReportParser::parse(*bytes, path)
                                   : workspace->catalog().importReport(workspace->database(), *bytes, path);
        }
        if (!outcome.result.ok) {
            anyRejected = true;
            console.problem(path, outcome.result.error);
        } else if (!json) {
            reportDiagnostics(console, outcome);
            const Procedure &procedure = outcome.result.procedure;
            console.out() << procedure.code << '\t' << QString(procedure.title).replace(u'\t', u' ') << '\t'
                          << procedure.modifiers.size() << '\t' << path << '\t' << (check ? "checked" : "imported")
                          << '\n';
        }
        if (json)
            array.append(toJson(outcome));
    }
    if (json)
        console.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    return anyRejected ? Failure : Success;
}

} // namespace codedesk::cli
