// Typing in a cell of a large worksheet: every keystroke is an undoable edit that re-runs the
// claim checks and repaints the table and findings. Times edit -> checked -> repainted.
// usage: bench_worksheetview [LINES=1000]
#include "core/AppIdentity.h"
#include "core/RecoveryStore.h"
#include "library/Workspace.h"
#include "document/WorksheetDocument.h"
#include "worksheet/Money.h"
#include "worksheet/Worksheet.h"
#include "worksheetview/ClaimLinesTable.h"
#include "worksheetview/WorksheetServicesFactory.h"
#include "worksheetview/WorksheetView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir home;
    qputenv("HOME", home.path().toLocal8Bit());
    QApplication app(argc, argv);
    codedesk::setApplicationIdentity();
    const int lineCount = argc > 1 ? QByteArray(argv[1]).toInt() : 1000;

    codedesk::Workspace workspace;
    workspace.load();
    codedesk::RecoveryStore recovery;
    codedesk::WorksheetDocument document(&recovery);
    codedesk::WorksheetContent content;
    content.claim.payer = u"Medicare"_s;
    content.claim.placeOfService = u"22"_s;
    content.claim.renderingNpi = u"1234567893"_s;
    content.claim.dateOfService = QDate(2026, 11, 2);
    content.diagnoses = {u"C78.7"_s, u"Z85.038"_s};
    const QStringList codes{u"47382"_s, u"76940"_s, u"47383"_s, u"77013"_s};
    for (int i = 0; i < lineCount; ++i) {
        codedesk::ClaimLine line;
        line.code = codes.at(i % codes.size());
        line.pointers = {0};
        line.charge = codedesk::Money::fromCents(10000 + i);
        content.lines << line;
    }
    document.restore(content, {});
    document.setAutosaveDelay(0);

    codedesk::ui::WorksheetView view(&document, codedesk::ui::makeWorksheetServices(workspace));
    view.resize(1280, 800);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        qFatal("the view was not shown");

    QList<double> times;
    QList<double> checks;
    double warmWorst = 0; // after the first word typed: glyph and layout caches warm
    const QString typed = u"47383"_s;
    for (int round = 0; round < 20; ++round) {
        const int row = (round * 37) % lineCount;
        for (int i = 1; i <= typed.size(); ++i) {
            QElapsedTimer timer;
            timer.start();
            document.setLineField(row, codedesk::LineField::Code, typed.left(i));
            checks << timer.nsecsElapsed() / 1e6;
            view.repaint();
            times << timer.nsecsElapsed() / 1e6;
            if (round > 0)
                warmWorst = std::max(warmWorst, times.constLast());
            if (qEnvironmentVariableIsSet("BENCH_TRACE"))
                std::printf("round %d key %d: %.2f ms\n", round, i, times.constLast());
        }
    }
    std::sort(times.begin(), times.end());
    std::sort(checks.begin(), checks.end());
    std::printf("%d-line worksheet, %lld keystrokes in a code cell (edit -> all rules -> table, findings and "
                "summary repainted):\n",
                lineCount, times.size());
    std::printf("  median %.2f ms, p90 %.2f ms, worst %.2f ms (goal: < 16 ms), %lld findings\n",
                times.at(times.size() / 2), times.at(times.size() * 9 / 10), times.constLast(),
                document.findings().size());
    std::printf("  worst after the first word typed (caches warm): %.2f ms\n", warmWorst);
    std::printf("  of which edit -> all rules -> models updated: median %.2f ms, worst %.2f ms\n",
                checks.at(checks.size() / 2), checks.constLast());
    return 0;
}
