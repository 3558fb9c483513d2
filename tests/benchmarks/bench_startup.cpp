// Start-up benchmark: runs `codedesk --quit-when-ready` and a bare Qt Widgets program side by side,
// alternating, and prints the medians and their ratio.
// usage: bench_startup CODEDESK BARE [RUNS]
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

double runOnce(const QString &program, const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    process.waitForFinished(60000);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        std::fprintf(stderr, "bench_startup: %s failed: %s\n", qPrintable(program),
                     process.readAllStandardError().constData());
        std::exit(1);
    }
    return ms;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: bench_startup CODEDESK BARE [RUNS]\n");
        return 2;
    }
    const int runs = args.size() > 3 ? args.at(3).toInt() : 20;
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    if (env.value(QStringLiteral("DISPLAY")).isEmpty() && env.value(QStringLiteral("QT_QPA_PLATFORM")).isEmpty())
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));

    // One warm-up each (page cache, font cache, first-run library creation).
    runOnce(args.at(1), {QStringLiteral("--quit-when-ready")}, env);
    runOnce(args.at(2), {}, env);
    QList<double> codedesk;
    QList<double> bare;
    for (int i = 0; i < runs; ++i) {
        codedesk << runOnce(args.at(1), {QStringLiteral("--quit-when-ready")}, env);
        bare << runOnce(args.at(2), {}, env);
    }
    const double c = median(codedesk);
    const double b = median(bare);
    std::printf("startup (platform %s, %d runs each, median)\n", qPrintable(env.value(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("default"))), runs);
    std::printf("  codedesk --quit-when-ready  %8.1f ms (worst %.1f)\n", c, *std::max_element(codedesk.begin(), codedesk.end()));
    std::printf("  bare Qt label window        %8.1f ms (worst %.1f)\n", b, *std::max_element(bare.begin(), bare.end()));
    std::printf("  ratio                       %8.2fx (goal: within 2x)\n", c / b);
    return 0;
}
