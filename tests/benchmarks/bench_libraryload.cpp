// What every start and command pays for imported reports: loading the library (the Workspace)
// with none imported and with one report of SIZE bytes (generated here from a bundled report,
// its text repeated), then reading that report whole (Catalog::complete, as a page does).
// usage: bench_libraryload [SIZE] [ROUNDS]
#include "library/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace codedesk;

namespace {

double medianMs(QList<qint64> nanoseconds)
{
    std::sort(nanoseconds.begin(), nanoseconds.end());
    return double(nanoseconds.at(nanoseconds.size() / 2)) / 1e6;
}

double timeLoad(const QString &library, int rounds)
{
    QList<qint64> times;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        Workspace workspace(library);
        workspace.load();
        times << timer.nsecsElapsed();
    }
    return medianMs(times);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype size = args.size() > 1 ? args.at(1).toLongLong() : 3'900'000;
    const int rounds = args.size() > 2 ? args.at(2).toInt() : 15;
    QTemporaryDir folder;
    const QString empty = folder.filePath(u"empty.sqlite"_s);
    const QString withReport = folder.filePath(u"with-report.sqlite"_s);

    QFile seed(u":/codedesk/procedures/47382.txt"_s);
    if (!seed.open(QIODevice::ReadOnly))
        return 1;
    QByteArray report = seed.readAll().replace("47382", "47399");
    const QByteArray paragraph = QByteArray("The ablation zone is confirmed on imaging and documented. ").repeated(40) + "\n\n";
    while (report.size() + paragraph.size() < size)
        report += paragraph;
    {
        Workspace workspace(withReport);
        workspace.load();
        const ParseResult result = workspace.catalog().importReport(workspace.database(), report, u"big.txt"_s);
        if (!result.ok) {
            std::fprintf(stderr, "bench_libraryload: import failed: %s\n", qPrintable(result.error));
            return 1;
        }
    }
    const double emptyMs = timeLoad(empty, rounds);
    const double withMs = timeLoad(withReport, rounds);
    QList<qint64> completeTimes;
    for (int i = 0; i < rounds; ++i) {
        Workspace workspace(withReport);
        workspace.load();
        QElapsedTimer timer;
        timer.start();
        const Procedure *procedure = workspace.catalog().complete(u"47399"_s);
        completeTimes << timer.nsecsElapsed();
        if (!procedure || procedure->summary.isEmpty())
            return 1;
    }
    std::printf("library load (Workspace::load, median of %d)\n", rounds);
    std::printf("  nothing imported                       %8.2f ms\n", emptyMs);
    std::printf("  one imported report of %5.2f MB          %8.2f ms\n", double(report.size()) / 1e6, withMs);
    std::printf("  reading that report whole (complete)   %8.2f ms\n", medianMs(completeTimes));
    return 0;
}
