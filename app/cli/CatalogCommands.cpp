#include "catalog/CodeShape.h"
#include "catalog/ProcedureJson.h"
#include "cli/CommandParser.h"
#include "cli/FeeSchedulePage.h"
#include "cli/Commands.h"
#include "library/LibrarySearch.h"
#include "library/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace codedesk::cli {

namespace {

const QCommandLineOption jsonOption(u"json"_s, u"Write JSON instead of tab-separated lines."_s);

// Plain output is one line per item: tabs and line breaks inside a field become spaces.
QString field(QString text)
{
    for (QChar &c : text) {
        if (c == u'\t' || c == u'\n' || c == u'\r')
            c = u' ';
    }
    return text;
}

void writeLine(Console &console, const QStringList &fields)
{
    QStringList cleaned;
    cleaned.reserve(fields.size());
    for (const QString &text : fields)
        cleaned << field(text);
    console.out() << cleaned.join(u'\t') << '\n';
}

void writeJson(Console &console, const QJsonDocument &document)
{
    console.out() << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

// A library that cannot be read leaves the bundled procedures: say so and go on.
void loadWorkspace(Workspace &workspace, Console &console)
{
    if (workspace.load())
        return;
    for (const QString &line : workspace.errorString().split(u'\n', Qt::SkipEmptyParts))
        console.problem(line);
}

void writeProcedure(Console &console, const Procedure &procedure, const MedicareIndicators &medicare)
{
    const QString &code = procedure.code;
    writeLine(console, {code, u"title"_s, procedure.title});
    writeLine(console, {code, u"codeSystem"_s, codeSystemName(procedure.codeSystem)});
    writeLine(console, {code, u"origin"_s, originName(procedure.source.origin)});
    writeLine(console, {code, u"serviceType"_s, procedure.serviceType});
    writeLine(console, {code, u"siteOfService"_s, procedure.siteOfService});
    writeLine(console, {code, u"payers"_s, procedure.payers.join(u"; "_s)});
    for (const QString &paragraph : procedure.summary)
        writeLine(console, {code, u"summary"_s, paragraph});
    writeLine(console, {code, u"billingOverview"_s, procedure.billingOverview});
    writeLine(console, {code, u"clinicalContext"_s, procedure.clinicalContext});
    for (const ModifierRow &row : procedure.modifiers) {
        writeLine(console,
                  {code, u"modifier"_s, row.modifier, row.description, row.whenToUse, u"line %1"_s.arg(row.line)});
        for (const Finding &finding : row.findings)
            writeLine(console, {code, u"finding"_s, row.modifier, severityName(finding.severity), finding.message,
                                finding.source});
    }
    if (const MedicareIndicatorRow *row = medicare.find(code)) {
        writeLine(console, {code, u"medicare"_s,
                            u"status %1, global %2, PC/TC %3, mult %4, bilat %5, asst %6, co-surg %7, team %8"_s
                                .arg(row->status, row->globalDays)
                                .arg(row->pcTc)
                                .arg(row->multipleProcedure)
                                .arg(row->bilateral)
                                .arg(row->assistant)
                                .arg(row->coSurgeon)
                                .arg(row->team),
                            row->source + u", "_s + row->sourceDate});
    } else {
        writeLine(console, {code, u"medicare"_s, u"no Medicare indicators on file (%1)"_s.arg(medicare.label()),
                            medicare.notOnFileNote(code)});
    }
    for (const Section &section : procedure.sections)
        writeLine(console, {code, u"section"_s, section.title, section.text});
    for (const QString &note : procedure.missingDataNotes)
        writeLine(console, {code, u"missingData"_s, note});
    for (const Diagnostic &diagnostic : procedure.diagnostics)
        writeLine(console, {code, u"diagnostic"_s, QString::number(diagnostic.line), severityName(diagnostic.severity),
                            diagnostic.message});
    const SourceInfo &source = procedure.source;
    writeLine(console, {code, u"source"_s, source.file, source.sha256, QString::number(source.bytes),
                        originName(source.origin)});
}

} // namespace

int runList(const QStringList &arguments, Console &console)
{
    CommandParser parser(u"list"_s, u"List the procedure codes in the library: code, title, code system, origin."_s);
    parser.addOption(jsonOption);
    int status = Success;
    if (!parser.parse(arguments, console, &status, 0, 0))
        return status;

    Workspace workspace;
    loadWorkspace(workspace, console);
    const QList<const Procedure *> procedures = workspace.catalog().procedures();
    if (parser.isSet(jsonOption.names().constFirst())) {
        QJsonArray array;
        for (const Procedure *procedure : procedures) {
            array.append(QJsonObject{{u"code"_s, procedure->code},
                                     {u"title"_s, procedure->title},
                                     {u"codeSystem"_s, codeSystemName(procedure->codeSystem)},
                                     {u"origin"_s, originName(procedure->source.origin)}});
        }
        writeJson(console, QJsonDocument(array));
        return Success;
    }
    for (const Procedure *procedure : procedures) {
        writeLine(console, {procedure->code, procedure->title, codeSystemName(procedure->codeSystem),
                            originName(procedure->source.origin)});
    }
    return Success;
}

int runShow(const QStringList &arguments, Console &console)
{
    CommandParser parser(u"show"_s, u"Show one procedure with its modifier findings and Medicare indicators."_s);
    parser.addPositional(u"code"_s, u"The procedure code, e.g. 47382."_s, u"CODE"_s);
    parser.addOption(jsonOption);
    int status = Success;
    if (!parser.parse(arguments, console, &status, 1, 1))
        return status;

    Workspace workspace;
    loadWorkspace(workspace, console);
    const QString code = parser.positional().constFirst().trimmed();
    const Procedure *procedure = workspace.catalog().find(code);
    if (!procedure) {
        // A code only the fee schedule has (0600T): its fee-schedule page.
        if (const QJsonObject page = feeSchedulePage(code, workspace.medicare(), &workspace.payerEdits());
            !page.isEmpty()) {
            if (parser.isSet(jsonOption.names().constFirst()))
                writeJson(console, QJsonDocument(page));
            else
                console.out() << feeSchedulePageLines(page).join(u'\n') << '\n';
            return Success;
        }
        console.problem(u"show: unknown procedure code \u201c%1\u201d (see 'codedesk list')"_s.arg(code));
        return Failure;
    }
    if (parser.isSet(jsonOption.names().constFirst()))
        writeJson(console, QJsonDocument(ProcedureJson::procedure(*procedure, &workspace.medicare())));
    else
        writeProcedure(console, *procedure, workspace.medicare());
    return Success;
}

int runSearch(const QStringList &arguments, Console &console)
{
    CommandParser parser(u"search"_s, u"Ranked search over every kind the library holds: procedures, code sets, modifiers, places of service."_s);
    parser.addPositional(u"query"_s, u"Words to look for."_s, u"QUERY"_s);
    parser.addOption(jsonOption);
    const QCommandLineOption limitOption(u"limit"_s, u"At most N results (default 20)."_s, u"N"_s, u"20"_s);
    parser.addOption(limitOption);
    int status = Success;
    if (!parser.parse(arguments, console, &status, 1))
        return status;
    bool limitOk = false;
    const int limit = parser.value(u"limit"_s).toInt(&limitOk);
    if (!limitOk || limit < 1)
        return parser.usageError(console, u"--limit needs a whole number of at least 1"_s);
    const QString query = parser.positional().join(u' ');

    Workspace workspace;
    loadWorkspace(workspace, console);
    const QList<SearchHit> hits = LibrarySearch(workspace).search(query, {}, limit).hits;

    if (parser.isSet(jsonOption.names().constFirst())) {
        QJsonArray array;
        for (const SearchHit &hit : std::as_const(hits)) {
            QJsonObject object{
                {u"kind"_s, hit.kind}, {u"code"_s, hit.code}, {u"title"_s, hit.title}, {u"score"_s, hit.score}};
            if (!hit.matched.isEmpty())
                object.insert(u"matched"_s, hit.matched);
            array.append(object);
        }
        writeJson(console, QJsonDocument(array));
        return Success;
    }
    for (const SearchHit &hit : std::as_const(hits)) {
        QStringList fields{hit.code, hit.title, hit.kind, QString::number(hit.score, 'f', 1)};
        if (!hit.matched.isEmpty())
            fields << hit.matched;
        writeLine(console, fields);
    }
    return Success;
}

} // namespace codedesk::cli
