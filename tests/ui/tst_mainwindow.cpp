#include "MainWindow.h"
#include "TestHome.h"
#include "core/AppIdentity.h"
#include "library/Workspace.h"

#include <QAbstractItemView>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using codedesk::Workspace;
using codedesk::ui::MainWindow;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { codedesk::setApplicationIdentity(); }
    void init() { m_home = std::make_unique<codedesk::test::TestHome>(); }
    void cleanup() { m_home.reset(); }

    void window_hasItsFinalShape()
    {
        Workspace workspace;
        QVERIFY(workspace.load());
        MainWindow window(workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList menus;
        for (QAction *action : window.menuBar()->actions())
            menus << action->text().remove(u'&');
        QCOMPARE(menus, (QStringList{u"File"_s, u"Edit"_s, u"View"_s, u"Tools"_s, u"Help"_s}));
        QVERIFY(window.findChild<QAbstractItemView *>(u"codeList"_s));
        QVERIFY(window.findChild<QLineEdit *>(u"searchField"_s));
        QVERIFY(window.statusBar()->isVisible());
    }

    void firstStart_fitsTheAvailableScreen()
    {
        // The offscreen screen is 800x600: smaller than the comfortable 1200x760, as 1366x768 with
        // a panel or 150 % scaling is.
        Workspace workspace;
        workspace.load();
        MainWindow window(workspace);
        const QSize available = window.screen()->availableGeometry().size();
        QVERIFY(available.width() < 1200 || available.height() < 760);
        QVERIFY(window.startsMaximized());
        QVERIFY2(window.width() <= available.width() && window.height() <= available.height(),
                 qPrintable(u"%1x%2"_s.arg(window.width()).arg(window.height())));
        const QSize least = window.minimumSizeHint();
        QVERIFY2(least.width() <= available.width() && least.height() <= available.height(),
                 qPrintable(u"minimum %1x%2"_s.arg(least.width()).arg(least.height())));
        window.showMaximized();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.screen()->availableGeometry().contains(window.frameGeometry()));
    }

    void find_focusesSearchField()
    {
        Workspace workspace;
        workspace.load();
        MainWindow window(workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.findChild<QAbstractItemView *>(u"codeList"_s)->setFocus();
        QTest::keySequence(&window, QKeySequence::Find);
        QTRY_VERIFY(window.findChild<QLineEdit *>(u"searchField"_s)->hasFocus());
    }

    void layout_isRememberedAcrossRestarts()
    {
        Workspace workspace;
        workspace.load();
        QList<int> sizes;
        {
            MainWindow window(workspace);
            window.resize(1000, 700);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *splitter = window.findChild<QSplitter *>(u"mainSplitter"_s);
            splitter->setSizes({400, 600});
            sizes = splitter->sizes();
            window.close();
        }
        MainWindow window(workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), QSize(1000, 700));
        QCOMPARE(window.findChild<QSplitter *>(u"mainSplitter"_s)->sizes(), sizes);
    }

private:
    std::unique_ptr<codedesk::test::TestHome> m_home;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
