// Code-set benchmark and real-file check (issue 8). Not a CTest test: tests/benchmarks/run.sh runs it.
//
// usage: bench_codesets [ORDER_FILE] [--tabular XML] [--hcpcs FILE] [--pfs CSV] [--codedesk BINARY]
//                       [--fts-db PATH] [--rounds N]
// ORDER_FILE defaults to ../shared/data's ICD-10-CM order file when it exists, else synthetic rows.
// Prints: import time of the order file, index load ("start-up with it loaded"), search latency over
// 100 realistic queries for the purpose-built index and for SQLite FTS5 through QtSql over the same
// rows, side by side in one run, and memory. With --codedesk, also whole-process figures.
#include "codesets/CodeSetImporter.h"
#include "codesets/CodeSetIndex.h"
#include "codesets/CodeSetSearch.h"
#include "codesets/CodeSetStore.h"
#include "codesets/CodeSetWriter.h"
#include "codesets/Icd10OrderImporter.h"
#include "core/LibraryDatabase.h"
#include "reference/MedicareIndicators.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QThread>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace codedesk;

namespace {

const QString defaultOrderFile = u"/work/shared/data/icd10cm-2021/icd10cm-order-Jan-2021.txt"_s;

// 100 queries a coder types: codes with and without the dot, code prefixes, words, word prefixes.
const QStringList queries = {
    u"C78.7"_s,
    u"C787"_s,
    u"C22.0"_s,
    u"C220"_s,
    u"E11.9"_s,
    u"E119"_s,
    u"I10"_s,
    u"J18.9"_s,
    u"S52.521A"_s,
    u"Z85.038"_s,
    u"K70.30"_s,
    u"M54.5"_s,
    u"F32.9"_s,
    u"N18.6"_s,
    u"R10.9"_s,
    u"Z00.00"_s,
    u"I25.10"_s,
    u"E78.5"_s,
    u"J44.9"_s,
    u"C34.90"_s,
    u"I48.91"_s,
    u"N39.0"_s,
    u"K21.9"_s,
    u"E66.9"_s,
    u"D64.9"_s,
    u"A41.9"_s,
    u"U07.1"_s,
    u"Z79.4"_s,
    u"G43.909"_s,
    u"L03.115"_s,
    u"C7"_s,
    u"E11"_s,
    u"S52.5"_s,
    u"T36.0X"_s,
    u"O09"_s,
    u"Z3"_s,
    u"C22"_s,
    u"K7"_s,
    u"M17"_s,
    u"I50"_s,
    u"liver"_s,
    u"diabetes"_s,
    u"hypertension"_s,
    u"pneumonia"_s,
    u"fracture femur"_s,
    u"malignant neoplasm liver"_s,
    u"secondary malignant liver"_s,
    u"type 2 diabetes without complications"_s,
    u"chronic kidney disease stage 4"_s,
    u"asthma"_s,
    u"migraine"_s,
    u"malignant neoplasm breast"_s,
    u"atrial fibrillation"_s,
    u"heart failure"_s,
    u"depression"_s,
    u"anemia"_s,
    u"obesity"_s,
    u"sepsis"_s,
    u"urinary tract infection"_s,
    u"cholera"_s,
    u"torus fracture radius"_s,
    u"alcoholic cirrhosis"_s,
    u"hepatitis c"_s,
    u"covid"_s,
    u"pregnancy"_s,
    u"history of malignant neoplasm"_s,
    u"low back pain"_s,
    u"osteoarthritis knee"_s,
    u"cellulitis leg"_s,
    u"myocardial infarction"_s,
    u"hepatocellular"_s,
    u"bile duct"_s,
    u"sec mal liv"_s,
    u"frac fem"_s,
    u"diab mel"_s,
    u"hypert"_s,
    u"pneum"_s,
    u"chr kid dis"_s,
    u"mal neo"_s,
    u"alc cirr"_s,
    u"inj"_s,
    u"hist mal neo"_s,
    u"atr fib"_s,
    u"ost knee"_s,
    u"hep"_s,
    u"lac"_s,
    u"burn"_s,
    u"open wound"_s,
    u"dis"_s,
    u"unsp"_s,
    u"init enc"_s,
    u"subs enc"_s,
    u"mal neo liv"_s,
    u"liv cell car"_s,
    u"sec"_s,
    u"cirr"_s,
    u"fx rad"_s,
    u"metast"_s,
};

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5)));
}

long residentKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

QByteArray syntheticOrderFile(int rows)
{
    static const char *words[] = {"malignant", "neoplasm",    "secondary", "liver",         "fracture",
                                  "femur",     "diabetes",    "mellitus",  "chronic",       "kidney",
                                  "disease",   "unspecified", "left",      "right",         "initial",
                                  "encounter", "with",        "without",   "complications", "of"};
    QRandomGenerator random(8);
    QByteArray bytes;
    for (int i = 0; i < rows; ++i) {
        const QByteArray code = QByteArray(1, char('A' + i % 26)) + QByteArray::number(10 + (i / 26) % 90) +
                                QByteArray::number(i / 2340).rightJustified(3, '0');
        QByteArray title;
        for (int w = 0; w < 6 + int(random.bounded(6)); ++w)
            title += QByteArray(words[random.bounded(20)]) + ' ';
        title.chop(1);
        bytes += QByteArray::number(i + 1).rightJustified(5, '0').right(5) + ' ' + code.leftJustified(7, ' ') + ' ' +
                 (i % 4 ? '1' : '0') + ' ' + title.left(60).leftJustified(60, ' ') + ' ' + title + "\r\n";
    }
    return bytes;
}

QString ftsQuery(const QString &query)
{
    QStringList parts;
    for (const QByteArray &word : CodeSetIndex::words(query))
        parts << u"\"%1\"*"_s.arg(QString::fromUtf8(word));
    QString expression = parts.join(u" AND "_s);
    const QString key = codeKey(query);
    bool codeLike = !key.isEmpty() && !query.trimmed().contains(u' ');
    for (const QChar c : key)
        codeLike = codeLike && (c.isDigit() || (c >= u'A' && c <= u'Z'));
    if (codeLike)
        expression = expression.isEmpty() ? u"code_key : \"%1\"*"_s.arg(key)
                                          : u"(code_key : \"%1\"*) OR (%2)"_s.arg(key, expression);
    return expression;
}

struct ProcessTiming
{
    QList<double> runs;
    bool ok = true;
};

ProcessTiming timeProcess(const QString &program, const QStringList &arguments, const QProcessEnvironment &env,
                          int runs)
{
    ProcessTiming timing;
    for (int i = 0; i < runs + 1; ++i) { // the first run warms the page cache and is not counted
        QProcess process;
        process.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        process.start(program, arguments);
        process.waitForFinished(60000);
        if (i > 0)
            timing.runs << msSince(timer);
        timing.ok = timing.ok && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }
    return timing;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(u"order-file"_s, u"ICD-10-CM order file"_s);
    const QCommandLineOption tabularOption(u"tabular"_s, u"ICD-10-CM tabular XML to check"_s, u"XML"_s);
    const QCommandLineOption hcpcsOption(u"hcpcs"_s, u"HCPCS annual file to check"_s, u"FILE"_s);
    const QCommandLineOption pfsOption(u"pfs"_s, u"PFS RVU CSV to check"_s, u"CSV"_s);
    const QCommandLineOption codedeskOption(u"codedesk"_s, u"codedesk binary for whole-process figures"_s, u"BINARY"_s);
    const QCommandLineOption ftsDbOption(u"fts-db"_s, u"also write the FTS5 baseline database here"_s, u"PATH"_s);
    const QCommandLineOption roundsOption(u"rounds"_s, u"search rounds over the 100 queries"_s, u"N"_s, u"5"_s);
    parser.addOptions({tabularOption, hcpcsOption, pfsOption, codedeskOption, ftsDbOption, roundsOption});
    parser.process(app);

    QTemporaryDir work;
    QStandardPaths::setTestModeEnabled(true);
    QString orderPath = parser.positionalArguments().value(0);
    if (orderPath.isEmpty() && QFile::exists(defaultOrderFile))
        orderPath = defaultOrderFile;
    if (orderPath.isEmpty()) {
        orderPath = work.filePath(u"icd10cm-order-synthetic-2021.txt"_s);
        QFile file(orderPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(syntheticOrderFile(95000)) < 0)
            return 1;
        std::printf("no order file given: using 95,000 synthetic rows\n");
    }
    QFile orderFile(orderPath);
    if (!orderFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_codesets: %s: %s\n", qPrintable(orderPath), qPrintable(orderFile.errorString()));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    const QByteArray orderBytes = orderFile.readAll();
    const double readMs = msSince(timer);
    timer.restart();
    const Icd10OrderResult parsed = Icd10OrderImporter::parse(orderBytes);
    const double parseMs = msSince(timer);
    QList<IndexInput> inputs;
    for (const CodeSetEntry &entry : parsed.entries)
        inputs.append({entry.code, entry.billable, entry.longDescription, {}});
    timer.restart();
    const QByteArray blob = CodeSetIndex::build(inputs);
    const double buildMs = msSince(timer);

    std::printf("== ICD-10-CM order file: %s\n", qPrintable(orderPath));
    std::printf("  entries %lld, billable %d, skipped lines %lld\n", qlonglong(parsed.entries.size()), parsed.billable,
                qlonglong(parsed.problems.size()));
    std::printf("  read %.1f ms, parse %.1f ms, index build %.1f ms (index %.2f MB)\n", readMs, parseMs, buildMs,
                double(blob.size()) / 1048576.0);

    {
        LibraryDatabase scratch(work.filePath(u"library-write.sqlite"_s));
        if (!scratch.open())
            return 1;
        CodeSetVersion version;
        version.fileName = u"write-only"_s;
        timer.restart();
        CodeSetWriter(scratch).writeIcd10Order(parsed.entries, version);
        std::printf("  write to the library (index build, rows, commit) %.1f ms\n", msSince(timer));
    }

    // Import: read + hash + parse + index + write in one transaction, into a fresh library each run.
    QList<double> importRuns;
    std::unique_ptr<LibraryDatabase> library;
    for (int run = 0; run < 3; ++run) {
        library = std::make_unique<LibraryDatabase>(work.filePath(u"library-%1.sqlite"_s.arg(run)));
        if (!library->open())
            return 1;
        timer.restart();
        const CodeSetImportResult result = CodeSetImporter(*library).importFile(CodeSetKind::Icd10Cm, orderPath);
        importRuns << msSince(timer);
        if (result.status != CodeSetImportResult::Status::Imported) {
            std::fprintf(stderr, "bench_codesets: import failed: %s\n", qPrintable(result.error));
            return 1;
        }
    }
    timer.restart();
    const auto again = CodeSetImporter(*library).importFile(CodeSetKind::Icd10Cm, orderPath);
    const double noOpMs = msSince(timer);
    std::printf("  import (3 fresh libraries) median %.0f ms [%.0f, %.0f, %.0f]  (goal < 600 ms)\n",
                percentile(importRuns, 0.5), importRuns[0], importRuns[1], importRuns[2]);
    std::printf("  re-import of the same file: %s in %.1f ms\n",
                again.status == CodeSetImportResult::Status::Unchanged ? "no-op" : "NOT a no-op", noOpMs);

    // "Start-up with it loaded": nothing is read at start-up; the first search loads the index blob.
    const long rssBefore = residentKb();
    timer.restart();
    CodeSetSearch search(*library);
    search.preload(CodeSetKind::Icd10Cm);
    const double loadMs = msSince(timer);
    const long rssAfter = residentKb();
    std::printf("  index load on first search: %.1f ms; resident memory +%ld kB (index %lld kB)\n", loadMs,
                rssAfter - rssBefore, qlonglong(blob.size() / 1024));

    // FTS5 baseline over the same rows, through QtSql, in its own database file.
    const QString ftsPath = parser.isSet(ftsDbOption) ? parser.value(ftsDbOption) : work.filePath(u"fts.sqlite"_s);
    QFile::remove(ftsPath);
    double ftsBuildMs = 0;
    {
        QSqlDatabase fts = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fts"_s);
        fts.setDatabaseName(ftsPath);
        if (!fts.open())
            return 1;
        QSqlQuery query(fts);
        timer.restart();
        if (!query.exec(u"CREATE VIRTUAL TABLE fts USING fts5(code_key, code UNINDEXED, title)"_s)) {
            std::fprintf(stderr, "bench_codesets: FTS5: %s\n", qPrintable(query.lastError().text()));
            return 1;
        }
        fts.transaction();
        query.prepare(u"INSERT INTO fts (code_key, code, title) VALUES (?, ?, ?)"_s);
        for (const CodeSetEntry &entry : parsed.entries) {
            query.bindValue(0, codeKey(entry.code));
            query.bindValue(1, entry.code);
            query.bindValue(2, entry.longDescription);
            query.exec();
        }
        fts.commit();
        ftsBuildMs = msSince(timer);
    }
    QSqlDatabase fts = QSqlDatabase::database(u"fts"_s);
    std::printf("  FTS5 table of the same rows built in %.0f ms\n", ftsBuildMs);

    const int rounds = std::max(1, parser.value(roundsOption).toInt());
    CodeSetIndex index;
    index.load(blob);
    QList<double> ours;
    QList<double> oursIndexOnly;
    QList<double> baseline;
    qsizetype oursHits = 0;
    qsizetype ftsHits = 0;
    for (int round = 0; round < rounds; ++round) {
        for (const QString &q : queries) {
            timer.restart();
            const QList<CodeSetHit> hits = search.search(CodeSetKind::Icd10Cm, q, 20);
            ours << msSince(timer);
            timer.restart();
            const QList<IndexHit> raw = index.search(q, 20);
            oursIndexOnly << msSince(timer);
            timer.restart();
            QSqlQuery query(fts);
            query.prepare(u"SELECT code, title FROM fts WHERE fts MATCH ? ORDER BY rank LIMIT 20"_s);
            query.addBindValue(ftsQuery(q));
            query.exec();
            qsizetype n = 0;
            while (query.next()) {
                query.value(0).toString();
                query.value(1).toString();
                ++n;
            }
            baseline << msSince(timer);
            if (round == 0) {
                oursHits += hits.size();
                ftsHits += n;
            }
            Q_UNUSED(raw)
        }
    }
    std::printf("== search latency, %lld queries x %d rounds, limit 20, in process\n", qlonglong(queries.size()),
                rounds);
    std::printf(
        "  CodeSetSearch (index + titles from SQLite)  median %.3f ms  p95 %.3f ms  worst %.3f ms  (%lld hits)\n",
        percentile(ours, 0.5), percentile(ours, 0.95), percentile(ours, 1.0), qlonglong(oursHits));
    std::printf("  CodeSetIndex alone (ids and scores)         median %.3f ms  p95 %.3f ms  worst %.3f ms\n",
                percentile(oursIndexOnly, 0.5), percentile(oursIndexOnly, 0.95), percentile(oursIndexOnly, 1.0));
    std::printf(
        "  FTS5 through QtSql (baseline)               median %.3f ms  p95 %.3f ms  worst %.3f ms  (%lld hits)\n",
        percentile(baseline, 0.5), percentile(baseline, 0.95), percentile(baseline, 1.0), qlonglong(ftsHits));
    const QList<CodeSetHit> example = search.search(CodeSetKind::Icd10Cm, u"sec mal liv"_s, 3);
    for (const CodeSetHit &hit : example)
        std::printf("  'sec mal liv' -> %s  %s\n", qPrintable(hit.code), qPrintable(hit.title));

    if (parser.isSet(tabularOption)) {
        timer.restart();
        const auto result = CodeSetImporter(*library).importFile(CodeSetKind::Icd10Cm, parser.value(tabularOption));
        std::printf("== tabular list: %s in %.0f ms: %d codes, %d notes\n", result.ok() ? "imported" : "FAILED",
                    msSince(timer), result.version.entries, result.version.notes);
        const CodeSetStore store(*library);
        const auto c22 = store.entry(CodeSetKind::Icd10Cm, u"C22"_s);
        for (const CodeNote &note : c22 ? c22->notesOf(NoteKind::Excludes1) : QList<CodeNote>{})
            std::printf("  C22 excludes1 (%s): %s\n", qPrintable(note.origin), qPrintable(note.text));
        if (const auto conflict = store.excludes1Conflict(u"C22.0"_s, u"C78.7"_s))
            std::printf("  C22.0 with C78.7: %s\n", qPrintable(conflict->message()));
    }
    if (parser.isSet(hcpcsOption)) {
        timer.restart();
        const auto result = CodeSetImporter(*library).importFile(CodeSetKind::Hcpcs, parser.value(hcpcsOption));
        std::printf("== HCPCS: %s in %.0f ms: %d procedure codes (%d billable in %d), %d modifiers, %lld bad lines\n",
                    result.ok() ? "imported" : "FAILED", msSince(timer), result.version.entries,
                    result.version.billable, result.version.statedYear, result.modifiers,
                    qlonglong(result.problems.size()));
    }
    if (parser.isSet(pfsOption)) {
        const auto result = CodeSetImporter(*library).importFile(CodeSetKind::Pfs, parser.value(pfsOption));
        std::printf("== PFS RVU: %s: %d rows (%s)\n", result.ok() ? "imported" : "FAILED", result.version.entries,
                    qPrintable(result.version.label));
        MedicareIndicators medicare;
        CodeSetStore(*library).applyTo(nullptr, &medicare);
        std::printf("  code  status work  facility nonfac global pctc mult bilat asst cosurg team\n");
        for (const QString &code : {u"47370"_s, u"47381"_s, u"47382"_s, u"47383"_s, u"47384"_s}) {
            const MedicareIndicatorRow *row = medicare.find(code);
            if (!row) {
                std::printf("  %s  no Medicare indicators on file (%s)\n", qPrintable(code),
                            qPrintable(medicare.label()));
                continue;
            }
            std::printf("  %s %s %6s %8s %6s %6s %4d %4d %5d %4d %6d %4d\n", qPrintable(code), qPrintable(row->status),
                        qPrintable(row->workRvu), qPrintable(row->facilityTotal), qPrintable(row->nonFacilityTotal),
                        qPrintable(row->globalDays), row->pcTc, row->multipleProcedure, row->bilateral, row->assistant,
                        row->coSurgeon, row->team);
        }
    }

    if (parser.isSet(codedeskOption)) {
        const QString codedesk = parser.value(codedeskOption);
        QProcessEnvironment withSet = QProcessEnvironment::systemEnvironment();
        QProcessEnvironment without = withSet;
        withSet.insert(u"HOME"_s, work.filePath(u"home-with"_s));
        without.insert(u"HOME"_s, work.filePath(u"home-without"_s));
        for (QProcessEnvironment *env : {&withSet, &without}) {
            for (const QString &name : {u"XDG_DATA_HOME"_s, u"XDG_CONFIG_HOME"_s, u"XDG_CACHE_HOME"_s})
                env->remove(name);
            if (env->value(u"DISPLAY"_s).isEmpty() && env->value(u"QT_QPA_PLATFORM"_s).isEmpty())
                env->insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        }
        if (!timeProcess(codedesk, {u"codeset"_s, u"import"_s, u"icd10cm"_s, orderPath}, withSet, 0).ok)
            std::fprintf(stderr, "bench_codesets: codedesk codeset import failed\n");
        QList<double> startWith;
        QList<double> startWithout;
        for (int i = 0; i < 10; ++i) {
            startWith += timeProcess(codedesk, {u"--quit-when-ready"_s}, withSet, 1).runs;
            startWithout += timeProcess(codedesk, {u"--quit-when-ready"_s}, without, 1).runs;
        }
        std::printf("== whole process (%s)\n", qPrintable(codedesk));
        std::printf("  start-up with the code set imported  median %.1f ms\n", percentile(startWith, 0.5));
        std::printf("  start-up without it                  median %.1f ms  ratio %.2fx (goal <= 1.5x)\n",
                    percentile(startWithout, 0.5), percentile(startWith, 0.5) / percentile(startWithout, 0.5));
        // The two commands alternate, so that a busy moment of the machine falls on both alike.
        const QStringList cliArguments{u"codeset"_s, u"search"_s, u"icd10cm"_s, u"sec mal liv"_s};
        const QString sqlite3 = QStandardPaths::findExecutable(u"sqlite3"_s);
        const QStringList sqliteArguments{
            ftsPath, u"SELECT code, title FROM fts WHERE fts MATCH '%1' ORDER BY rank LIMIT 20"_s.arg(
                         ftsQuery(u"sec mal liv"_s))};
        // Once as a process of its own, once answered by the search service (docs/command-line.md),
        // which the first search starts; it quits 10 s after the last.
        QProcessEnvironment alone = withSet;
        alone.insert(u"CODEDESK_SEARCH_SERVICE"_s, u"0"_s);
        QProcessEnvironment served = withSet;
        served.remove(u"CODEDESK_SEARCH_SERVICE"_s);
        served.insert(u"CODEDESK_SEARCH_SERVICE_IDLE"_s, u"10"_s);
        timeProcess(codedesk, cliArguments, served, 1);
        QThread::msleep(1000); // the service starts beside the first search
        ProcessTiming cli;
        ProcessTiming viaService;
        ProcessTiming baselineCli;
        for (int round = 0; round < 100; ++round) {
            for (auto [timing, env] : {std::pair{&cli, &alone}, std::pair{&viaService, &served}}) {
                const ProcessTiming one = timeProcess(codedesk, cliArguments, *env, 1);
                timing->runs += one.runs;
                timing->ok = timing->ok && one.ok;
            }
            if (!sqlite3.isEmpty())
                baselineCli.runs += timeProcess(sqlite3, sqliteArguments, withSet, 1).runs;
        }
        const auto show = [](const char *what, const ProcessTiming &timing) {
            std::printf("  %-47s median %.1f ms  p10 %.1f ms  worst %.1f ms%s\n", what, percentile(timing.runs, 0.5),
                        percentile(timing.runs, 0.1), percentile(timing.runs, 1.0), timing.ok ? "" : "  (FAILED)");
        };
        show("codedesk codeset search icd10cm 'sec mal liv'", cli);
        show("  the same, answered by the search service", viaService);
        if (!sqlite3.isEmpty()) {
            show("sqlite3 FTS5 query, same rows", baselineCli);
            for (auto [what, timing] : {std::pair{"own process", &cli}, std::pair{"search service", &viaService}}) {
                std::printf("  ratio, %-14s (100 alternating runs)   median %.2fx  p10 %.2fx (goal <= 2x)\n", what,
                            percentile(timing->runs, 0.5) / percentile(baselineCli.runs, 0.5),
                            percentile(timing->runs, 0.1) / percentile(baselineCli.runs, 0.1));
            }
        }
    }
    return 0;
}
