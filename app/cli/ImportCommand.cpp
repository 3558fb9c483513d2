#include "catalog/ProcedureJson.h"
#include "catalog/ReportParser.h"
#include "cli/CommandParser.h"
#include "cli/Commands.h"
#include "library/Workspace.h"

#include <QFile>
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

} // namespace

int runImport(const QStringList &arguments, Console &console)
{
    CommandParser parser(u"import"_s, u"Read procedure reports and add them to your library."_s);
    parser.addPositional(u"files"_s, u"Report files in the CodeDesk report format."_s, u"FILE..."_s);
    const QCommandLineOption checkOption(u"check"_s, u"Only parse and report; change nothing."_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Write one JSON array, an object per file."_s);
    parser.addOption(checkOption);
    parser.addOption(jsonOption);
    int status = Success;
    if (!parser.parse(arguments, console, &status, 1))
        return status;
    const bool check = parser.isSet(u"check"_s);
    const bool json = parser.isSet(u"json"_s);

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
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            outcome.result.error = u"cannot read: %1"_s.arg(file.errorString());
        } else {
            const QByteArray bytes = file.readAll();
            outcome.result = check ? ReportParser::parse(bytes, path)
                                   : workspace->catalog().importReport(workspace->database(), bytes, path);
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
