// Code pages and the browser at real scale: imports the official files from DATA_DIR (the
// ICD-10-CM order file and tabular list, HCPCS, the PFS RVU file, places of service, laid out as
// in the project's shared data folder), then times opening pages in process and typing in the
// browser of the real main window (offscreen): keystroke to repainted list. Also the window's
// start-up with all of it imported against an empty library.
// Each timing is given twice: the wall clock, and the CPU time of the GUI thread (the same work
// without the waits of a machine busy with other processes).
// usage: bench_codepages DATA_DIR
#include "MainWindow.h"
#include "browser/CodeBrowser.h"
#include "browser/ReferencePane.h"
#include "codesets/CodeSetImporter.h"
#include "core/AppIdentity.h"
#include "core/LibraryDatabase.h"
#include "library/CodePages.h"
#include "library/Workspace.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <algorithm>
#include <ctime>
#include <optional>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace codedesk;

namespace {

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, int(p * values.size())));
}

void report(const char *what, const QList<double> &values)
{
    std::printf("%-44s median %7.2f ms  p90 %7.2f ms  worst %7.2f ms  (n=%lld)\n", what, percentile(values, 0.5),
                percentile(values, 0.9), percentile(values, 1.0), qlonglong(values.size()));
}

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// Times `work` on the wall clock and in the thread's CPU time.
struct Timing
{
    QList<double> wall;
    QList<double> cpu;

    template<typename Work>
    void measure(Work work)
    {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuMs();
        work();
        cpu << threadCpuMs() - cpuStart;
        wall << timer.nsecsElapsed() / 1e6;
    }
    void report(const char *what) const
    {
        ::report(what, wall);
        ::report((QByteArray(what) + " (CPU)").constData(), cpu);
    }
};

double windowStartMs()
{
    QElapsedTimer timer;
    timer.start();
    Workspace workspace;
    workspace.load();
    ui::MainWindow window(workspace);
    window.resize(1366, 768);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        qWarning("bench_codepages: the window was not exposed; the start-up figure is incomplete");
    QCoreApplication::processEvents();
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir home;
    qputenv("HOME", home.path().toLocal8Bit());
    qputenv("XDG_DATA_HOME", (home.path() + u"/data"_s).toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", (home.path() + u"/config"_s).toLocal8Bit());
    QApplication app(argc, argv);
    setApplicationIdentity();
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_codepages DATA_DIR\n");
        return 2;
    }
    const QDir data(QString::fromLocal8Bit(argv[1]));

    QList<double> emptyStarts;
    for (int i = 0; i < 5; ++i)
        emptyStarts << windowStartMs();

    const QList<std::pair<CodeSetKind, QString>> files{
        {CodeSetKind::Icd10Cm, u"icd10cm-2021/icd10cm-order-Jan-2021.txt"_s},
        {CodeSetKind::Icd10Cm, u"icd10cm-2021/icd10cm_tabular_2021.xml"_s},
        {CodeSetKind::Hcpcs, u"hcpcs-2020/HCPC2020_ANWEB_w_disclaimer.txt"_s},
        {CodeSetKind::Pfs, u"pfs-rvu-2025-oct-excerpt.csv"_s},
        {CodeSetKind::PlaceOfService, u"pos/place_of_service_codes_2017.json"_s},
    };
    {
        LibraryDatabase database;
        if (!database.open())
            qFatal("%s", qPrintable(database.errorString()));
        for (const auto &[kind, file] : files) {
            const CodeSetImportResult result = CodeSetImporter(database).importFile(kind, data.filePath(file));
            if (!result.ok())
                qFatal("%s: %s", qPrintable(file), qPrintable(result.error));
            std::printf("imported %s: %d entries\n", qPrintable(file), result.version.entries);
        }
    }

    QList<double> fullStarts;
    for (int i = 0; i < 5; ++i)
        fullStarts << windowStartMs();

    Workspace workspace;
    workspace.load();
    const CodePages pages(workspace);
    const QList<std::pair<QString, QString>> codes{
        {u"icd10cm"_s, u"C22.0"_s},  {u"icd10cm"_s, u"S72.001A"_s}, {u"icd10cm"_s, u"S72.001"_s},
        {u"icd10cm"_s, u"E11"_s},    {u"icd10cm"_s, u"T36.0X1A"_s}, {u"hcpcs"_s, u"J9035"_s},
        {u"modifier"_s, u"26"_s},    {u"modifier"_s, u"JZ"_s},      {u"pos"_s, u"22"_s},
        {u"pfs"_s, u"76940"_s},      {u"procedure"_s, u"47382"_s},
    };
    Timing pageTimes;
    for (int round = 0; round < 20; ++round) {
        for (const auto &[kind, code] : codes) {
            std::optional<QJsonObject> page;
            pageTimes.measure([&] { page = pages.page(kind, code); });
            if (!page)
                qFatal("no %s page for %s", qPrintable(kind), qPrintable(code));
        }
    }

    ui::MainWindow window(workspace);
    window.resize(1366, 768);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        qFatal("the window was not shown");
    Timing shown;
    for (int round = 0; round < 5; ++round) {
        for (const auto &[kind, code] : codes) {
            shown.measure([&] {
                window.openPage(kind, code);
                window.repaint();
            });
        }
    }

    ui::CodeBrowser *browser = window.codeBrowser();
    QLineEdit *search = browser->searchField();
    auto *hits = window.findChild<QListView *>(u"codeSetHits"_s);
    search->setFocus();
    const QStringList queries{u"liver"_s, u"C22.0"_s, u"fracture of femur"_s, u"J9035"_s, u"diabetes type 2"_s,
                              u"injection bevacizumab"_s, u"S72.001A"_s, u"hepatocellular"_s};
    Timing keystrokes;
    for (const QString &query : queries) {
        search->clear();
        browser->waitForSearch();
        QCoreApplication::processEvents();
        for (const QChar ch : query) {
            keystrokes.measure([&] {
                QTest::keyClicks(search, QString(ch));
                browser->codeList()->viewport()->repaint();
                hits->viewport()->repaint();
            });
            browser->waitForSearch();
            QCoreApplication::processEvents();
        }
    }

    pageTimes.report("page data (CodePages::page)");
    shown.report("page opened and painted in the window");
    keystrokes.report("keystroke to repainted lists");
    report("window start-up, empty library", emptyStarts);
    report("window start-up, all code sets imported", fullStarts);
    return 0;
}
