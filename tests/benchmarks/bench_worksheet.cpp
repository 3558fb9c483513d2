// Times the worksheet at scale: a 10,000-line worksheet validated, saved and exported (CSV, JSON),
// median of several runs. Usage: bench_worksheet [LINES] [RUNS]. Not a CTest test.
#include "library/Workspace.h"
#include "export/WorksheetExport.h"
#include "worksheet/ClaimValidator.h"
#include "worksheet/WorksheetFile.h"
#include "library/WorkspaceValidation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace codedesk;

namespace {

// A plausible claim at scale: each date has an ablation, its guidance and now and then a visit,
// so that the cross-line rules have work to do and some lines have findings; all dates are past.
WorksheetContent makeWorksheet(int lineCount)
{
    WorksheetContent content;
    content.claim.patientAccount = u"A12345"_s;
    content.claim.payer = u"Medicare"_s;
    content.claim.placeOfService = u"22"_s;
    content.claim.renderingNpi = u"1234567893"_s;
    content.claim.dateOfService = QDate(2023, 1, 2);
    content.diagnoses = {u"C78.7"_s, u"Z85.038"_s, u"C22.0"_s, u"D13.4"_s};
    struct Template
    {
        QString code;
        QStringList modifiers;
        qint64 cents;
    };
    const QList<Template> templates = {
        {u"47382"_s, {}, 420000},        {u"76940"_s, {u"26"_s}, 31050}, {u"47383"_s, {u"XS"_s}, 380000},
        {u"77013"_s, {u"26"_s}, 29900},  {u"99213"_s, {u"25"_s}, 15000}, {u"0600T"_s, {}, 510000},
        {u"47370"_s, {u"62"_s}, 610000}, {u"99222"_s, {}, 25000},
    };
    content.lines.reserve(lineCount);
    for (int i = 0; i < lineCount; ++i) {
        const Template &t = templates.at(i % templates.size());
        ClaimLine line;
        line.from = QDate(2023, 1, 2).addDays(i / int(templates.size()));
        line.code = t.code;
        line.modifiers = t.modifiers;
        line.pointers = i % 5 == 0 ? QList<int>{0, 1} : QList<int>{0};
        line.charge = Money::fromCents(t.cents + i % 100);
        content.lines << line;
    }
    return content;
}

struct Timing
{
    double wallMs = 0;
    double cpuMs = 0; // process CPU time: what the work costs when the machine is busy with others
};

double cpuNowMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

Timing median(int runs, const std::function<void()> &work)
{
    QList<double> wall;
    QList<double> cpu;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        const double cpuStart = cpuNowMs();
        timer.start();
        work();
        wall << timer.nsecsElapsed() / 1e6;
        cpu << cpuNowMs() - cpuStart;
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall.at(wall.size() / 2), cpu.at(cpu.size() / 2)};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    const int lines = args.size() > 1 ? args.at(1).toInt() : 10000;
    const int runs = args.size() > 2 ? args.at(2).toInt() : 15;
    QTemporaryDir dir;
    Workspace workspace(dir.filePath(u"library.sqlite"_s));
    workspace.load();
    const ValidationContext context = validationContext(workspace, QDate(2026, 11, 23));
    const WorksheetContent content = makeWorksheet(lines);
    const QString worksheetPath = dir.filePath(u"bench.codedesk"_s);

    ClaimValidator validator;
    qsizetype findings = 0;
    const Timing validate = median(runs, [&] { findings = validator.validate(content, context).size(); });
    bool ok = true;
    const Timing save = median(runs, [&] { ok &= WorksheetFile(worksheetPath).write(content); });
    const Timing open = median(runs, [&] { ok &= WorksheetFile(worksheetPath).read().has_value(); });
    QString error;
    const Timing csv =
        median(runs, [&] { ok &= exportWorksheet(content, dir.filePath(u"bench.csv"_s), ExportFormat::Csv, &error); });
    const Timing json = median(
        runs, [&] { ok &= exportWorksheet(content, dir.filePath(u"bench.json"_s), ExportFormat::Json, &error); });
    if (!ok) {
        std::fprintf(stderr, "bench_worksheet: a run failed: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("worksheet with %d lines (%lld findings), median of %d runs (wall / process CPU):\n", lines,
                qlonglong(findings), runs);
    const auto row = [](const char *name, Timing timing) {
        std::printf("  %-12s %8.2f ms  %8.2f ms\n", name, timing.wallMs, timing.cpuMs);
    };
    row("validate", validate);
    row("save", save);
    row("open", open);
    row("export CSV", csv);
    row("export JSON", json);
    return 0;
}
