#include "MainWindow.h"

#include "Setting.h"
#include "core/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace codedesk::ui {

namespace {
const Setting<QByteArray> geometrySetting{u"mainWindow/geometry"_s};
const Setting<QByteArray> dockStateSetting{u"mainWindow/state"_s};
const Setting<QByteArray> splitterSetting{u"mainWindow/splitter"_s};
} // namespace

MainWindow::MainWindow(Workspace &workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(u"CodeDesk"_s);
    createCentralArea();
    createActions();
    m_statusLabel = new QLabel(this);
    m_statusLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_statusLabel, 1);
    if (!m_workspace.errorString().isEmpty())
        m_statusLabel->setText(m_workspace.errorString());
    else
        m_statusLabel->setText(tr("Ready"));
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::createCentralArea()
{
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);
    m_searchField = new QLineEdit(left);
    m_searchField->setObjectName(u"searchField"_s);
    m_searchField->setPlaceholderText(tr("Search codes, titles and text (Ctrl+F)"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->setAccessibleName(tr("Search"));
    m_codeList = new QListView(left);
    m_codeList->setObjectName(u"codeList"_s);
    m_codeList->setAccessibleName(tr("Procedure codes"));
    m_codeList->setUniformItemSizes(true);
    leftLayout->addWidget(m_searchField);
    leftLayout->addWidget(m_codeList);

    m_detailPane = new QStackedWidget(this);
    m_detailPane->setObjectName(u"detailPane"_s);
    m_detailPane->setAccessibleName(tr("Procedure details"));
    auto *emptyPage = new QLabel(tr("Select a code on the left to read its reference page."), m_detailPane);
    emptyPage->setTextFormat(Qt::PlainText);
    emptyPage->setAlignment(Qt::AlignCenter);
    emptyPage->setEnabled(false);
    m_detailPane->addWidget(emptyPage);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_detailPane);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({300, 900});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(u"actionQuit"_s);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *find = editMenu->addAction(tr("&Find Code"), this, [this] {
        m_searchField->setFocus(Qt::ShortcutFocusReason);
        m_searchField->selectAll();
    });
    find->setObjectName(u"actionFind"_s);
    find->setShortcut(QKeySequence::Find);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *fullScreen = viewMenu->addAction(tr("&Full Screen"), this, [this](bool on) {
        on ? showFullScreen() : showNormal();
    });
    fullScreen->setObjectName(u"actionFullScreen"_s);
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence::FullScreen);

    menuBar()->addMenu(tr("&Tools"))->setObjectName(u"toolsMenu"_s);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About CodeDesk"), this, &MainWindow::showAbout);
    about->setObjectName(u"actionAbout"_s);
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::showAbout()
{
    QMessageBox box(QMessageBox::Information, tr("About CodeDesk"),
                    tr("CodeDesk %1\nProcedure code reference and claim worksheet for medical coders.")
                        .arg(QCoreApplication::applicationVersion()),
                    QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(geometrySetting.value()))
        resize(1200, 760);
    restoreState(dockStateSetting.value());
    m_splitter->restoreState(splitterSetting.value());
}

void MainWindow::saveLayout() const
{
    geometrySetting.setValue(saveGeometry());
    dockStateSetting.setValue(saveState());
    splitterSetting.setValue(m_splitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

} // namespace codedesk::ui
