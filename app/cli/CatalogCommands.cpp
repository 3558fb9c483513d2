#include "catalog/CodeShape.h"
#include "catalog/ProcedureJson.h"
#include "cli/CommandParser.h"
#include "cli/Commands.h"
#include "library/CodePages.h"
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

// One line per fee-schedule row: code, "feeSchedule", modifier ("global" for the global row),
// status, RVUs, global days, payments; then one line per indicator with its meaning.
void writeFeeSchedule(Console &console, const QString &code, const QJsonObject &section)
{
    const auto number = [](const QJsonValue &value) {
        return value.isDouble() ? QString::number(value.toDouble(), 'f', 2) : (value.isNull() ? u"NA"_s : value.toString());
    };
    for (const QJsonValue &value : section.value(u"rows"_s).toArray()) {
        const QJsonObject row = value.toObject();
        const QString modifier = row.value(u"modifier"_s).toString();
        const QString name = modifier.isEmpty() ? u"global"_s : modifier;
        const QJsonObject payment = row.value(u"payment"_s).toObject();
        writeLine(console, {code, u"feeSchedule"_s, name,
                            u"status %1 (%2)"_s.arg(row.value(u"status"_s).toString(),
                                                    row.value(u"statusMeaning"_s).toString()),
                            u"work RVU %1, facility total %2, non-facility total %3"_s.arg(
                                number(row.value(u"workRvu"_s)), number(row.value(u"facilityTotal"_s)),
                                number(row.value(u"nonFacilityTotal"_s))),
                            u"global %1"_s.arg(row.value(u"globalDays"_s).toString()),
                            u"payment facility %1, non-facility %2"_s.arg(number(payment.value(u"facility"_s)),
                                                                          number(payment.value(u"nonFacility"_s)))});
        const QJsonObject indicators = row.value(u"indicators"_s).toObject();
        for (auto it = indicators.begin(); it != indicators.end(); ++it) {
            const QJsonObject indicator = it.value().toObject();
            writeLine(console, {code, u"indicator"_s, name, it.key(),
                                indicator.value(u"value"_s).isNull()
                                    ? u"-"_s
                                    : QString::number(indicator.value(u"value"_s).toInt()),
                                indicator.value(u"meaning"_s).toString()});
        }
    }
    if (section.contains(u"notOnFile"_s))
        writeLine(console, {code, u"feeSchedule"_s, section.value(u"notOnFile"_s).toString()});
    else
        writeLine(console, {code, u"feeScheduleSource"_s, section.value(u"source"_s).toString()});
}

QString plainValue(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? u"yes"_s : u"no"_s;
    if (value.isNull() || value.isUndefined())
        return u"-"_s;
    if (value.isString())
        return value.toString();
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &item : value.toArray())
            parts << plainValue(item);
        return parts.join(u"; "_s);
    }
    QStringList parts;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        parts << it.key() + u": "_s + plainValue(it.value());
    return parts.join(u", "_s);
}

// A code page as plain lines: code, field name, then the value; a list gives one line per item
// with the item's fields in their own columns.
void writePage(Console &console, const QJsonObject &page)
{
    const QString code = page.value(u"code"_s).toString();
    for (auto it = page.begin(); it != page.end(); ++it) {
        if (it.key() == u"code" || it.key() == u"rows" || it.key() == u"feeSchedule")
            continue;
        if (!it.value().isArray()) {
            writeLine(console, {code, it.key(), plainValue(it.value())});
            continue;
        }
        for (const QJsonValue &item : it.value().toArray()) {
            QStringList fields{code, it.key()};
            if (item.isObject()) {
                const QJsonObject object = item.toObject();
                for (auto field = object.begin(); field != object.end(); ++field)
                    fields << plainValue(field.value());
            } else {
                fields << plainValue(item);
            }
            writeLine(console, fields);
        }
    }
    if (page.contains(u"rows"_s))
        writeFeeSchedule(console, code, page);
    else if (page.contains(u"feeSchedule"_s))
        writeFeeSchedule(console, code, page.value(u"feeSchedule"_s).toObject());
}

void writeProcedure(Console &console, const Procedure &procedure, const MedicareIndicators &medicare,
                    const QJsonObject &feeSchedule)
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
    writeFeeSchedule(console, code, feeSchedule);
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
    CommandParser parser(u"show"_s, u"Show the page of one code: a procedure, an ICD-10-CM, HCPCS, modifier, place of "
                                    "service or fee-schedule code."_s);
    parser.addPositional(u"code"_s, u"The code, e.g. 47382, C22.0, J9035, 26, 22, 76940."_s, u"CODE"_s);
    parser.addOption(jsonOption);
    const QCommandLineOption kindOption(
        u"kind"_s, u"Which kind of page: %1."_s.arg(CodePages::kindNames().join(u", "_s)), u"KIND"_s);
    parser.addOption(kindOption);
    int status = Success;
    if (!parser.parse(arguments, console, &status, 1, 1))
        return status;
    const QString kind = parser.value(kindOption.names().constFirst());
    if (parser.isSet(kindOption.names().constFirst()) && !CodePages::kindNames().contains(kind))
        return parser.usageError(console, u"--kind must be one of %1"_s.arg(CodePages::kindNames().join(u", "_s)));

    Workspace workspace;
    loadWorkspace(workspace, console);
    const QString code = parser.positional().constFirst().trimmed();
    const CodePages pages(workspace);
    QString chosen = kind;
    if (chosen.isEmpty()) {
        const QList<CodePageRef> refs = pages.kindsOf(code);
        if (refs.size() > 1) {
            console.problem(u"show: \u201c%1\u201d is a code of several kinds; pass --kind KIND:"_s.arg(code));
            for (const CodePageRef &ref : refs)
                console.err() << field(ref.kind) << ' ' << field(ref.code) << ' ' << field(ref.title) << '\n';
            return Failure;
        }
        if (!refs.isEmpty())
            chosen = refs.constFirst().kind;
    }
    const std::optional<QJsonObject> page = chosen.isEmpty() ? std::nullopt : pages.page(chosen, code);
    if (!page) {
        console.problem(kind.isEmpty()
                            ? u"show: unknown code \u201c%1\u201d: no kind of page in the library has it "
                              "(see 'codedesk search')"_s.arg(code)
                            : u"show: unknown %1 code \u201c%2\u201d"_s.arg(kind, code));
        return Failure;
    }
    const bool json = parser.isSet(jsonOption.names().constFirst());
    if (chosen == u"procedure") {
        const Procedure *procedure = workspace.catalog().complete(code);
        if (json)
            writeJson(console, QJsonDocument(*page));
        else
            writeProcedure(console, *procedure, workspace.medicare(), page->value(u"feeSchedule"_s).toObject());
        return Success;
    }
    if (json)
        writeJson(console, QJsonDocument(*page));
    else
        writePage(console, *page);
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
