// NCCI PTP benchmark (issue 16). Not a CTest test: tests/benchmarks/run.sh runs it.
//
// usage: bench_ncci [PAIRS] [--rounds N]
// Writes a synthetic practitioner PTP file in the CMS tab-delimited layout with PAIRS edits
// (default 2,000,000, the size of the real file), imports it into a fresh library and prints the
// import time, then the look-up time of the edits among a claim's codes (median and worst over
// N claims of 12 codes, default 500) and of one code's partners (for its page).
#include "codesets/CodeSetImporter.h"
#include "codesets/PayerEditStore.h"
#include "core/LibraryDatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Qt::Literals::StringLiterals;
using namespace codedesk;

namespace {

// 12,000 five-digit codes, like the CPT codes that carry PTP edits.
QByteArray codeAt(int index)
{
    return QByteArray::number(10000 + index * 7);
}

constexpr int codeCount = 12000;

bool writeFile(const QString &path, qint64 pairs)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const QByteArrayList rationales = {"Misuse of column two code with column one code",
                                       "Standards of medical / surgical practice", "Mutually exclusive procedures",
                                       "CPT Manual or CMS manual coding instruction", "HCPCS/CPT procedure code definition"};
    QByteArray out = "CPT codes, descriptions and other data only are copyright American Medical Association.\r\n"
                     "Synthetic file for bench_ncci\r\n\r\n"
                     "Column 1\tColumn 2\t*=in existence prior to 1996\tEffective Date\tDeletion Date *=no data\t"
                     "Modifier 0=not allowed 1=allowed 9=not applicable\tPTP Edit Rationale\r\n";
    QRandomGenerator random(16);
    const qint64 perCode = pairs / codeCount + 1;
    qint64 written = 0;
    for (int c = 0; c < codeCount && written < pairs; ++c) {
        for (qint64 p = 0; p < perCode && written < pairs; ++p, ++written) {
            out += codeAt(c) + '\t' + codeAt(int((c + 1 + p * 37) % codeCount)) + '\t' +
                   (random.bounded(10) == 0 ? "*" : "") + '\t' + QByteArray::number(19960101 + random.bounded(29) * 10000) +
                   '\t' + (random.bounded(8) == 0 ? "20230101" : "*") + '\t' + "019"[random.bounded(3)] + '\t' +
                   rationales.at(random.bounded(int(rationales.size()))) + "\r\n";
        }
        if (out.size() > (8 << 20)) {
            file.write(out);
            out.clear();
        }
    }
    file.write(out);
    return file.error() == QFileDevice::NoError;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(u"pairs"_s, u"PTP edits to generate (default 2000000)."_s);
    parser.addOption({u"rounds"_s, u"Claims to look up (default 500)."_s, u"N"_s, u"500"_s});
    parser.process(app);
    const qint64 pairs = parser.positionalArguments().isEmpty() ? 2000000 : parser.positionalArguments().first().toLongLong();
    const int rounds = std::max(1, parser.value(u"rounds"_s).toInt());

    QTemporaryDir dir;
    const QString path = dir.filePath(u"ncci-ptp-2026Q1.txt"_s);
    QElapsedTimer timer;
    timer.start();
    if (!writeFile(path, pairs)) {
        std::fprintf(stderr, "bench_ncci: cannot write %s\n", qPrintable(path));
        return 1;
    }
    std::printf("generated\t%lld pairs, %.1f MB in %.2f s\n", static_cast<long long>(pairs),
                double(QFile(path).size()) / 1e6, double(timer.elapsed()) / 1000.0);

    LibraryDatabase database(dir.filePath(u"library.sqlite"_s));
    if (!database.open()) {
        std::fprintf(stderr, "bench_ncci: %s\n", qPrintable(database.errorString()));
        return 1;
    }
    timer.restart();
    const std::clock_t cpuBefore = std::clock();
    const CodeSetImportResult result = CodeSetImporter(database).importFile(CodeSetKind::NcciPtp, path);
    const double importSeconds = double(timer.elapsed()) / 1000.0;
    // On a shared machine the wall clock measures the queue; the CPU time (all threads) the work.
    const double importCpu = double(std::clock() - cpuBefore) / CLOCKS_PER_SEC;
    if (!result.ok()) {
        std::fprintf(stderr, "bench_ncci: import failed: %s\n", qPrintable(result.error));
        return 1;
    }
    std::printf("import\t%.2f s wall, %.2f s CPU (%d edits, %s; budget 10 s)\n", importSeconds, importCpu,
                result.version.entries, qPrintable(result.version.label));

    PayerEditStore store(database);
    QRandomGenerator random(7);
    const std::clock_t lookupCpuBefore = std::clock();
    QList<qint64> claimNs;
    QList<qint64> pageNs;
    qsizetype found = 0;
    for (int r = 0; r < rounds; ++r) {
        QStringList claim;
        const int base = random.bounded(codeCount);
        for (int i = 0; i < 12; ++i)
            claim << QString::fromLatin1(codeAt((base + i * (i % 2 ? 1 : 37)) % codeCount));
        QElapsedTimer one;
        one.start();
        found += store.editsAmong(claim).size();
        claimNs << one.nsecsElapsed();
        one.restart();
        found += store.partners(claim.first()).size();
        pageNs << one.nsecsElapsed();
    }
    const double lookupCpu = double(std::clock() - lookupCpuBefore) / CLOCKS_PER_SEC;
    std::sort(claimNs.begin(), claimNs.end());
    std::sort(pageNs.begin(), pageNs.end());
    std::printf("claim lookup\tmedian %.3f ms, worst %.3f ms over %d claims of 12 codes (budget 1 ms)\n",
                double(claimNs.at(claimNs.size() / 2)) / 1e6, double(claimNs.constLast()) / 1e6, rounds);
    std::printf("code partners\tmedian %.3f ms, worst %.3f ms (%lld edits found in all)\n",
                double(pageNs.at(pageNs.size() / 2)) / 1e6, double(pageNs.constLast()) / 1e6,
                static_cast<long long>(found));
    std::printf("lookup CPU\t%.3f ms per claim and page, averaged\n", lookupCpu * 1000.0 / rounds);
    return 0;
}
