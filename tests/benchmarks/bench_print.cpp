// Print benchmark: a procedure worksheet PDF for each bundled report and claim worksheet PDFs of
// 300 (the goal: under 1 s) and more lines, median of several runs, building the document and
// rendering the PDF timed apart and together. Goals: procedure < 200 ms, 300 lines < 1 s.
// usage: bench_print [RUNS]
#include "library/Workspace.h"
#include "export/ClaimWorksheetDocument.h"
#include "export/PdfExport.h"
#include "export/ProcedureWorksheetDocument.h"
#include "worksheet/ClaimValidator.h"
#include "library/WorkspaceValidation.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace codedesk;

namespace {

double cpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// Median wall-clock and CPU milliseconds; on a busy machine the CPU time is the fairer figure
// (the work is single-threaded, so on an idle machine the two agree).
struct Median
{
    double wall = 0;
    double cpu = 0;
};

Median medianMs(int runs, const std::function<void()> &work)
{
    QList<double> walls;
    QList<double> cpus;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        const double cpuStart = cpuMs();
        timer.start();
        work();
        walls.append(double(timer.nsecsElapsed()) / 1e6);
        cpus.append(cpuMs() - cpuStart);
    }
    std::sort(walls.begin(), walls.end());
    std::sort(cpus.begin(), cpus.end());
    return {walls.at(walls.size() / 2), cpus.at(cpus.size() / 2)};
}

WorksheetContent generatedClaim(int lines)
{
    WorksheetContent content;
    content.claim.patientAccount = u"BENCH-1"_s;
    content.claim.payer = u"Medicare"_s;
    content.claim.placeOfService = u"22"_s;
    content.claim.renderingNpi = u"1234567893"_s;
    content.claim.dateOfService = QDate(2026, 11, 2);
    content.diagnoses = {u"C78.7"_s, u"Z85.038"_s};
    const QStringList codes{u"47382"_s, u"76940"_s, u"47383"_s, u"77013"_s};
    for (int i = 0; i < lines; ++i) {
        ClaimLine line;
        line.code = codes.at(i % codes.size());
        if (i % 7 == 0)
            line.modifiers = {u"26"_s};
        line.pointers = {0, 1};
        line.charge = Money::fromCents(100000 + i);
        content.lines << line;
    }
    return content;
}

struct Timing
{
    Median build;
    Median render;
    Median total;
    int pages = 0;
};

Timing measure(int runs, const std::function<PrintDocument()> &build, const QPageSize &pageSize)
{
    PdfExport::Options options;
    options.pageSize = pageSize;
    PdfExport pdf(options);
    Timing timing;
    timing.build = medianMs(runs, [&] { build(); });
    const PrintDocument document = build();
    timing.render = medianMs(runs, [&] { pdf.render(document); });
    timing.total = medianMs(runs, [&] { pdf.render(build()); });
    timing.pages = pdf.pageCount();
    return timing;
}

void report(const QString &name, const QString &paper, const Timing &timing, double goalMs)
{
    std::printf("%-34s %-6s %3d pages  build %7.1f  render %7.1f  total %7.1f ms wall, %7.1f ms CPU %s\n",
                qPrintable(name), qPrintable(paper), timing.pages, timing.build.wall, timing.render.wall,
                timing.total.wall, timing.total.cpu,
                goalMs <= 0 ? "" : (timing.total.cpu < goalMs ? "(goal met)" : "(GOAL MISSED)"));
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 9;
    QTemporaryDir home;
    Workspace workspace(home.filePath(u"library.sqlite"_s));
    workspace.load();

    const QList<std::pair<QString, QPageSize>> papers{{u"letter"_s, QPageSize(QPageSize::Letter)},
                                                      {u"a4"_s, QPageSize(QPageSize::A4)}};
    std::printf("median of %d runs; goals: procedure worksheet < 200 ms, 300-line claim worksheet < 1000 ms\n", runs);
    for (const Procedure *procedure : workspace.catalog().procedures()) {
        for (const auto &[paper, size] : papers) {
            const Timing timing = measure(
                runs, [&] { return ProcedureWorksheetDocument::build(*procedure, workspace.medicare()); }, size);
            report(u"procedure "_s + procedure->code, paper, timing, 200);
        }
    }
    // A clean worksheet (no findings) and the same lines with every finding the rules make of
    // them (this generator repeats codes, so most lines draw unit and bundling findings).
    const ValidationContext context = validationContext(workspace);
    for (const auto &[lines, withFindings] : QList<std::pair<int, bool>>{{300, false}, {300, true}, {1000, true}}) {
        const WorksheetContent claim = generatedClaim(lines);
        const ClaimFindings findings = withFindings ? ClaimValidator().validate(claim, context) : ClaimFindings{};
        for (const auto &[paper, size] : papers) {
            const Timing timing = measure(
                lines > 300 ? std::max(1, runs / 3) : runs,
                [&] {
                    return ClaimWorksheetDocument::build(claim, findings, context.diagnosis,
                                                         {u"bench.codedesk"_s, QString(64, u'0')});
                },
                size);
            report(u"claim, %1 lines, %2 findings"_s.arg(lines).arg(findings.size()), paper, timing,
                   lines == 300 ? 1000 : 0);
        }
    }
    return 0;
}
