// Report parser benchmark: parse time for each bundled seed report and for a generated
// 20,000-row report (median of several runs), plus loading the bundled catalog and a search.
// usage: bench_parser [RUNS] [EXTRA_REPORT...]
#include "catalog/Catalog.h"
#include "catalog/ReportParser.h"
#include "reference/MedicareIndicators.h"
#include "reference/ModifierDictionary.h"
#include "GeneratedReport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace codedesk;

namespace {

double medianMs(int runs, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

void report(const QString &name, qint64 bytes, qsizetype rows, double ms)
{
    std::printf("%-28s %9lld bytes %6lld rows %9.3f ms\n", qPrintable(name), bytes, qint64(rows), ms);
}

void benchParse(const QString &name, const QByteArray &bytes, int runs)
{
    qsizetype rows = 0;
    const double ms = medianMs(runs, [&] { rows = ReportParser::parse(bytes, name).procedure.modifiers.size(); });
    report(name, bytes.size(), rows, ms);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments().mid(1);
    const int runs = arguments.isEmpty() ? 21 : qMax(1, arguments.constFirst().toInt());
    std::printf("parse time, median of %d runs\n", runs);

    const QString folder = u":/codedesk/procedures"_s;
    for (const QString &name : QDir(folder).entryList({u"*.txt"_s}, QDir::Files, QDir::Name)) {
        QFile file(folder + u'/' + name);
        file.open(QIODevice::ReadOnly);
        benchParse(u"seed "_s + name, file.readAll(), runs);
    }
    benchParse(u"generated 20,000 rows"_s, test::generatedReport(20000), qMax(3, runs / 3));
    for (const QString &path : arguments.mid(1)) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            benchParse(QFileInfo(path).fileName(), file.readAll(), runs);
    }

    const ModifierDictionary modifiers = ModifierDictionary::bundled();
    const MedicareIndicators medicare = MedicareIndicators::bundled();
    Catalog catalog;
    catalog.setReference(&modifiers, &medicare);
    const double load = medianMs(runs, [&] { catalog.loadBundled(); });
    std::printf("%-28s %9.3f ms\n", "catalog: load 5 seeds", load);
    const double search = medianMs(runs, [&] { catalog.search(u"percutaneous liver"_s, 20); });
    std::printf("%-28s %9.3f ms\n", "catalog: search", search);
    return 0;
}
