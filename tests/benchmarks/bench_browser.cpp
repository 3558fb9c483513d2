// Search-as-you-type benchmark: the bundled library plus N generated reports in the user's library,
// the real main window (offscreen), and a coder typing queries one key at a time. For every
// keystroke it times the synchronous part (key event -> proxy filtered -> list updated) and, apart,
// how long the full-text matches take to arrive from the worker thread.
// usage: bench_browser [REPORTS=10000]
#include "MainWindow.h"
#include "browser/CodeBrowser.h"
#include "core/AppIdentity.h"
#include "library/Workspace.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTreeView>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

const QStringList organs{u"Liver"_s, u"Kidney"_s, u"Lung"_s, u"Bone"_s, u"Thyroid"_s, u"Breast"_s, u"Prostate"_s};
const QStringList approaches{u"Percutaneous"_s, u"Laparoscopic"_s, u"Open"_s};
const QStringList energies{u"Radiofrequency"_s, u"Cryo"_s, u"Microwave"_s, u"Irreversible Electroporation"_s};

// Unique codes shaped like CPT Category III codes: 0000T-9999T, then 0000U-9999U and so on.
QString generatedCode(int i)
{
    return u"%1"_s.arg(i % 10000, 4, 10, QLatin1Char('0')) + QChar(u'T' + i / 10000);
}

QByteArray generatedReport(int i)
{
    const QString code = generatedCode(i);
    const QString title = u"%1 %2 Ablation of %3 Tumor Variant %4"_s.arg(approaches.at(i % 3), energies.at(i % 4),
                                                                             organs.at(i % 7))
                              .arg(i);
    QString text = u"Summary & Overview\nCPT %1: %2\n"_s.arg(code, title);
    for (int p = 0; p < 3; ++p)
        text += u"Paragraph %1 about %2 for case %3 with imaging guidance, consent and follow-up imaging. "
                "Key payers in this analysis include Aetna, Cigna Health, and Medicare.\n"_s.arg(p)
                    .arg(title)
                    .arg(i);
    text += u"Billing Code Overview\nThe code describes %1.\nService type: Tumor ablation\n"
            "Typical site of service: Hospital outpatient department\nClinical & Coding Specifications\n"
            "Clinical Context\nA patient with lesion number %2 is treated.\nCoding Specifications\n"
            "| Modifier | Description | When to Use |\n|---|---|---|\n| 59 | Distinct | When separate |\n"_s.arg(title)
                .arg(i);
    return text.toUtf8();
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, int(p * values.size())));
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir home;
    qputenv("HOME", home.path().toLocal8Bit());
    QApplication app(argc, argv);
    codedesk::setApplicationIdentity();
    const int reports = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;

    {
        codedesk::LibraryDatabase database;
        if (!database.open())
            qFatal("%s", qPrintable(database.errorString()));
        QSqlDatabase db = database.connection();
        db.transaction();
        QSqlQuery insert(db);
        insert.prepare(u"INSERT INTO imported_report (code, file_name, sha256, content, imported_at) VALUES (?, ?, ?, ?, ?)"_s);
        for (int i = 0; i < reports; ++i) {
            const QByteArray content = generatedReport(i);
            insert.addBindValue(generatedCode(i));
            insert.addBindValue(u"generated-%1.txt"_s.arg(i));
            insert.addBindValue(QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
            insert.addBindValue(content);
            insert.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            insert.exec();
        }
        db.commit();
    }

    QElapsedTimer load;
    load.start();
    codedesk::Workspace workspace;
    workspace.load();
    const double loadMs = load.nsecsElapsed() / 1e6;
    codedesk::ui::MainWindow window(workspace);
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        qFatal("the window was not shown");
    codedesk::ui::CodeBrowser *browser = window.codeBrowser();
    QLineEdit *search = browser->searchField();
    search->setFocus();

    const QStringList queries{u"liver"_s, u"percutaneous cryo"_s, u"kidney micro"_s, u"4738"_s, u"1234T"_s,
                              u"electroporation"_s, u"variant 777"_s, u"lung radio"_s, u"lesion number 42"_s,
                              u"thyroid"_s};
    QList<double> keystrokes;
    QList<double> fullText;
    for (const QString &query : queries) {
        search->clear();
        browser->waitForSearch();
        QCoreApplication::processEvents();
        for (const QChar ch : query) {
            QElapsedTimer timer;
            timer.start();
            QTest::keyClicks(search, QString(ch));
            browser->codeList()->viewport()->repaint();
            keystrokes << timer.nsecsElapsed() / 1e6;
            // The full-text search runs on a worker: how long until its matches are in the list.
            browser->waitForSearch();
            QCoreApplication::processEvents();
            fullText << timer.nsecsElapsed() / 1e6;
        }
    }
    // Choosing a code (arrow keys, a click, or typing settling on a new match) rebuilds the page.
    search->clear();
    browser->waitForSearch();
    QTest::qWait(codedesk::ui::CodeBrowser::settleDelayMs * 2);
    QList<double> pages;
    for (int i = 0; i < 30; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!browser->selectCode(i % 2 ? generatedCode(i * 311) : QStringList{u"47370"_s, u"47381"_s, u"47382"_s, u"47383"_s, u"47384"_s}.at(i % 5)))
            qFatal("code not listed");
        window.repaint();
        pages << timer.nsecsElapsed() / 1e6;
    }
    std::printf("library: %d bundled + %d imported reports, workspace load %.0f ms\n",
                int(workspace.catalog().size()) - reports, reports, loadMs);
    std::printf("keystroke -> list filtered and repainted (GUI thread), %lld keystrokes:\n", keystrokes.size());
    std::printf("  median %.2f ms, p90 %.2f ms, worst %.2f ms (goal: median < 16, worst < 50)\n",
                percentile(keystrokes, 0.5), percentile(keystrokes, 0.9), percentile(keystrokes, 1.0));
    std::printf("keystroke -> full-text matches merged (worker thread + merge):\n");
    std::printf("  median %.2f ms, p90 %.2f ms, worst %.2f ms\n", percentile(fullText, 0.5),
                percentile(fullText, 0.9), percentile(fullText, 1.0));
    std::printf("selection -> reference page rebuilt and window repainted (after typing pauses %d ms):\n",
                codedesk::ui::CodeBrowser::settleDelayMs);
    std::printf("  median %.2f ms, worst %.2f ms\n", percentile(pages, 0.5), percentile(pages, 1.0));
    return 0;
}
