#include "cli/CommandParser.h"
#include "cli/Commands.h"
#include "codesets/CodeSetImporter.h"
#include "codesets/CodeSetSearch.h"
#include "codesets/CodeSetStore.h"
#include "core/LibraryDatabase.h"
#include "library/LibrarySearch.h"
#include "library/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>
#include <csignal>

using namespace Qt::Literals::StringLiterals;

// `codeset import KIND FILE` and `codeset search KIND QUERY`. Both open only the library database
// (the search also the modifier dictionary), no catalog: a search is one short process
// (benchmarked against sqlite3).
namespace codedesk::cli {

namespace {

using Status = CodeSetImportResult::Status;

std::atomic_bool signalCancel{false};

void cancelImport(int)
{
    signalCancel.store(true);
}

// While it lives, SIGINT and SIGTERM cancel the import (its transaction is rolled back) instead of
// killing the process; a second signal kills as usual.
class CancelOnSignal final
{
public:
    CancelOnSignal()
    {
        signalCancel.store(false);
        struct sigaction action = {};
        action.sa_handler = cancelImport;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESETHAND | SA_RESTART;
        sigaction(SIGINT, &action, &m_previousInt);
        sigaction(SIGTERM, &action, &m_previousTerm);
    }
    ~CancelOnSignal()
    {
        sigaction(SIGINT, &m_previousInt, nullptr);
        sigaction(SIGTERM, &m_previousTerm, nullptr);
    }
    Q_DISABLE_COPY_MOVE(CancelOnSignal)

    const std::atomic_bool *flag() const { return &signalCancel; }

private:
    struct sigaction m_previousInt = {};
    struct sigaction m_previousTerm = {};
};

int runImportCodeset(const QStringList &arguments, Console &console)
{
    CommandParser command(u"codeset import"_s,
                          u"Import an official code set file into the library: icd10cm (the order file or the "
                          "tabular XML), hcpcs (the annual Level II file), pfs (the RVU CSV), pos (JSON or CSV), "
                          "ncci-ptp and mue (the CMS practitioner NCCI files, tab-delimited text)."_s);
    command.addPositional(u"kind"_s, u"icd10cm, hcpcs, pfs, pos, ncci-ptp or mue."_s);
    command.addPositional(u"file"_s, u"The file to import."_s);
    command.addOption(QCommandLineOption(u"quarter"_s,
                                         u"The quarter an NCCI file is for (2026Q1), when its name does not say."_s,
                                         u"QUARTER"_s));
    int exitCode = Success;
    if (!command.parse(arguments, console, &exitCode, 2, 2))
        return exitCode;
    const QString kindName = command.positional().at(0);
    const QString file = command.positional().at(1);
    const auto kind = codeSetKindFromName(kindName);
    if (!kind)
        return command.usageError(
            console, u"unknown code set '%1' (icd10cm, hcpcs, pfs, pos, ncci-ptp or mue)"_s.arg(kindName));

    LibraryDatabase database;
    if (!database.open()) {
        console.problem(database.errorString());
        return Failure;
    }
    CodeSetImportResult result;
    {
        const CancelOnSignal cancel;
        ImportControl control;
        control.cancel = cancel.flag();
        CodeSetImporter importer(database);
        importer.setQuarter(command.value(u"quarter"_s));
        result = importer.importFile(*kind, file, control);
    }
    if (result.status == Status::Cancelled) {
        console.problem(file, u"import cancelled: nothing was imported and the set in force is kept"_s);
        return Failure;
    }
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
    if (version.part == CodeSetPart::NcciPtp || version.part == CodeSetPart::Mue)
        out << "version\t" << version.label << '\n';
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
                          u"Search an imported code set, the modifiers or the places of service by code (with or "
                          "without the dot), words, word prefixes or abbreviations."_s);
    command.addPositional(u"kind"_s, u"icd10cm, hcpcs (with the Level II modifiers), modifier or pos."_s);
    command.addPositional(u"query"_s, u"A code, a code prefix or words (\"sec mal liv\", \"E0601 RR\", \"CHF\")."_s);
    command.addOption(QCommandLineOption(u"json"_s, u"Print a JSON array of {kind, code, title, score}."_s));
    command.addOption(QCommandLineOption(u"limit"_s, u"At most N hits (default 20)."_s, u"N"_s, u"20"_s));
    int exitCode = Success;
    if (!command.parse(arguments, console, &exitCode, 2, -1))
        return exitCode;
    const QString kindName = command.positional().at(0);
    static const QStringList searchable{u"icd10cm"_s, u"hcpcs"_s, u"modifier"_s, u"pos"_s};
    if (!searchable.contains(kindName))
        return command.usageError(console, u"cannot search '%1' (icd10cm, hcpcs, modifier or pos)"_s.arg(kindName));
    bool limitOk = false;
    const int limit = command.value(u"limit"_s).toInt(&limitOk);
    if (!limitOk || limit <= 0)
        return command.usageError(console, u"--limit needs a positive number"_s);
    const QString query = command.positional().mid(1).join(u' ');

    // A search is one short process: the modifier dictionary is read only for the kinds that hold
    // modifiers (the HCPCS file's Level II modifiers are searched with it).
    Workspace workspace;
    const bool withModifiers = kindName == u"hcpcs"_s || kindName == u"modifier"_s;
    if (!(withModifiers ? workspace.loadCodeSets() : workspace.openLibrary())) {
        console.problem(workspace.errorString());
        return Failure;
    }
    const QList<SearchHit> hits = LibrarySearch(workspace).search(query, {kindName}, limit).hits;
    const auto codeSet = codeSetKindFromName(kindName);
    if (hits.isEmpty() && codeSet && !workspace.codeSetSearch().preload(*codeSet)) {
        // Nothing searchable although an import is recorded: the stored codes are damaged.
        const CodeSetStore store(workspace.database());
        for (const CodeSetVersion &version : store.versions()) {
            if (codeSetKindOf(version.part) == *codeSet && version.entries > 0 &&
                version.part != CodeSetPart::Icd10CmTabular) {
                console.problem(workspace.database().path(),
                                u"the imported %1 code set (%2, %3 codes) is damaged in the library "
                                "and cannot be searched: import it again (codedesk codeset import "
                                "%1 FILE)"_s.arg(kindName, version.fileName)
                                    .arg(version.entries));
                return Failure;
            }
        }
        console.problem(u"no %1 code set imported yet (codedesk codeset import %1 FILE)"_s.arg(kindName));
    }
    if (command.isSet(u"json"_s)) {
        QJsonArray array;
        for (const SearchHit &hit : hits) {
            // Every hit is of the code set searched; the HCPCS file's modifiers say they are one.
            QJsonObject object{{u"kind"_s, kindName}, {u"code"_s, hit.code}, {u"title"_s, hit.title},
                               {u"score"_s, hit.score}};
            if (hit.kind != kindName)
                object.insert(hit.kind, true);
            if (!hit.matched.isEmpty())
                object.insert(u"matched"_s, hit.matched);
            array.append(object);
        }
        console.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    for (const SearchHit &hit : hits) {
        console.out() << hit.code << '\t' << hit.title;
        if (hit.kind != kindName)
            console.out() << '\t' << hit.kind;
        if (!hit.matched.isEmpty())
            console.out() << '\t' << hit.matched;
        console.out() << '\n';
    }
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
