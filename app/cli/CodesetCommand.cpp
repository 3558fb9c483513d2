#include "cli/CommandParser.h"
#include "cli/Commands.h"
#include "codesets/CodeSetImporter.h"
#include "codesets/CodeSetSearch.h"
#include "codesets/CodeSetStore.h"
#include "core/LibraryDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

// `codeset import KIND FILE` and `codeset search KIND QUERY`. Both open only the library database:
// no catalog, no Workspace, so that a search is one short process (benchmarked against sqlite3).
namespace codedesk::cli {

namespace {

using Status = CodeSetImportResult::Status;

int runImportCodeset(const QStringList &arguments, Console &console)
{
    CommandParser command(u"codeset import"_s,
                          u"Import an official code set file into the library: icd10cm (the order file or the "
                          "tabular XML), hcpcs (the annual Level II file), pfs (the RVU CSV), pos (JSON or CSV)."_s);
    command.addPositional(u"kind"_s, u"icd10cm, hcpcs, pfs or pos."_s);
    command.addPositional(u"file"_s, u"The file to import."_s);
    int exitCode = Success;
    if (!command.parse(arguments, console, &exitCode, 2, 2))
        return exitCode;
    const QString kindName = command.positional().at(0);
    const QString file = command.positional().at(1);
    const auto kind = codeSetKindFromName(kindName);
    if (!kind)
        return command.usageError(console, u"unknown code set '%1' (icd10cm, hcpcs, pfs or pos)"_s.arg(kindName));

    LibraryDatabase database;
    if (!database.open()) {
        console.problem(database.errorString());
        return Failure;
    }
    const CodeSetImportResult result = CodeSetImporter(database).importFile(*kind, file);
    for (const ImportProblem &problem : result.problems)
        console.problem(file, problem.line, problem.message);
    if (!result.ok()) {
        console.problem(file, result.error);
        return Failure;
    }
    const CodeSetVersion &version = result.version;
    QTextStream &out = console.out();
    out << "status\t" << (result.status == Status::Unchanged ? "unchanged (already imported)" : "imported") << '\n';
    out << "kind\t" << codeSetKindName(*kind) << '\n';
    out << "part\t" << codeSetPartName(version.part) << '\n';
    out << "file\t" << version.fileName << '\n';
    out << "sha256\t" << version.sha256 << '\n';
    out << "year\t" << version.statedYear << '\n';
    out << "entries\t" << version.entries << '\n';
    out << "billable\t" << version.billable << '\n';
    out << "notes\t" << version.notes << '\n';
    if (version.part == CodeSetPart::Hcpcs && result.status == Status::Imported)
        out << "modifiers\t" << result.modifiers << '\n';
    out << "skipped\t" << result.problems.size() << '\n';
    // ICD-10-CM comes in two files; one alone makes half a code set.
    if (version.part == CodeSetPart::Icd10CmOrder && !CodeSetStore(database).version(CodeSetPart::Icd10CmTabular))
        out << "missing\ttabular list (XML): pages have no notes, chapters or seventh characters until it is imported\n";
    if (version.part == CodeSetPart::Icd10CmTabular && !CodeSetStore(database).version(CodeSetPart::Icd10CmOrder))
        out << "missing\torder file: search finds nothing and seventh-character codes are unknown until it is imported\n";
    return Success;
}

int runSearchCodeset(const QStringList &arguments, Console &console)
{
    CommandParser command(u"codeset search"_s,
                          u"Search an imported code set by code (with or without the dot), words or word prefixes."_s);
    command.addPositional(u"kind"_s, u"icd10cm or hcpcs."_s);
    command.addPositional(u"query"_s, u"A code, a code prefix or words (\"sec mal liv\")."_s);
    command.addOption(QCommandLineOption(u"json"_s, u"Print a JSON array of {kind, code, title, score}."_s));
    command.addOption(QCommandLineOption(u"limit"_s, u"At most N hits (default 20)."_s, u"N"_s, u"20"_s));
    int exitCode = Success;
    if (!command.parse(arguments, console, &exitCode, 2, -1))
        return exitCode;
    const QString kindName = command.positional().at(0);
    const auto kind = codeSetKindFromName(kindName);
    if (!kind || (*kind != CodeSetKind::Icd10Cm && *kind != CodeSetKind::Hcpcs))
        return command.usageError(console, u"cannot search '%1' (icd10cm or hcpcs)"_s.arg(kindName));
    bool limitOk = false;
    const int limit = command.value(u"limit"_s).toInt(&limitOk);
    if (!limitOk || limit <= 0)
        return command.usageError(console, u"--limit needs a positive number"_s);
    const QString query = command.positional().mid(1).join(u' ');

    LibraryDatabase database;
    if (!database.open()) {
        console.problem(database.errorString());
        return Failure;
    }
    CodeSetSearch search(database);
    const QList<CodeSetHit> hits = search.search(*kind, query, limit);
    if (hits.isEmpty() && !search.preload(*kind))
        console.problem(u"no %1 code set imported yet (codedesk codeset import %1 FILE)"_s.arg(kindName));
    if (command.isSet(u"json"_s)) {
        QJsonArray array;
        for (const CodeSetHit &hit : hits) {
            array.append(QJsonObject{{u"kind"_s, codeSetKindName(hit.kind)},
                                     {u"code"_s, hit.code},
                                     {u"title"_s, hit.title},
                                     {u"score"_s, hit.score}});
        }
        console.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    for (const CodeSetHit &hit : hits)
        console.out() << hit.code << '\t' << hit.title << '\n';
    return Success;
}

} // namespace

int runCodeset(const QStringList &arguments, Console &console)
{
    const QString action = arguments.value(0);
    if (action == u"import"_s)
        return runImportCodeset(arguments.mid(1), console);
    if (action == u"search"_s)
        return runSearchCodeset(arguments.mid(1), console);
    CommandParser command(u"codeset"_s, u"Official code sets: codeset import KIND FILE | codeset search KIND QUERY"_s);
    command.addPositional(u"action"_s, u"import or search."_s, u"(import|search) ..."_s);
    int exitCode = Success;
    if (!command.parse(arguments, console, &exitCode, 0, -1))
        return exitCode; // --help, or an unknown option
    if (action.isEmpty())
        return command.usageError(console, u"missing action (import or search)"_s);
    return command.usageError(console, u"unknown action '%1' (import or search)"_s.arg(action));
}

} // namespace codedesk::cli
