#include "MainWindow.h"

#include "browser/CodeBrowser.h"
#include "browser/PageZoom.h"
#include "browser/ProcedureView.h"
#include "browser/CodePageView.h"
#include "browser/PageToWorksheet.h"
#include "browser/ReferencePane.h"
#include "browser/ReportImporter.h"
#include "codesets/CodeSetSearch.h"
#include "codesets/CodeSetStore.h"
#include "codesetview/CodeSetsDialog.h"
#include "common/DialogSeams.h"
#include "common/PlainToolTips.h"
#include "core/VisibleText.h"
#include "library/CodePages.h"
#include "library/CodeSetHealth.h"
#include "library/LibrarySearch.h"
#include "library/Workspace.h"
#include "export/ClaimWorksheetDocument.h"
#include "export/ProcedureWorksheetDocument.h"
#include "export/WorksheetExport.h"
#include "print/PrintController.h"
#include "Setting.h"
#include "worksheet/Worksheet.h"
#include "worksheet/WorksheetFile.h"
#include "worksheet/WorksheetFields.h"
#include "document/WorksheetDocument.h"
#include "worksheetview/ClaimLinesTable.h"
#include "worksheetview/WorksheetView.h"
#include "library/WorkspaceValidation.h"
#include "worksheetview/WorksheetManager.h"
#include "worksheetview/WorksheetServicesFactory.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QUndoGroup>

using namespace Qt::Literals::StringLiterals;

namespace codedesk::ui {

namespace {
const Setting<QByteArray> geometrySetting{u"mainWindow/geometry"_s};
const Setting<QByteArray> dockStateSetting{u"mainWindow/state"_s};
const Setting<QByteArray> splitterSetting{u"mainWindow/splitter"_s};
constexpr int statusTimeoutMs = 6000;

// A search that found nothing in a code set whose stored codes cannot be read says so (issue 12).
QString damagedCodeSetsMessage(Workspace &workspace, const QStringList &kinds)
{
    QStringList messages;
    for (const QString &name : kinds) {
        const auto kind = codeSetKindFromName(name);
        const auto damaged = kind ? CodeSetHealth::damaged(workspace, *kind) : std::nullopt;
        if (!damaged)
            continue;
        messages << MainWindow::tr("The imported %1 code set (%2, %3 codes) is damaged in the library and cannot be "
                                   "searched. Import it again: Tools > Code Sets.")
                        .arg(damaged->kind == CodeSetKind::Icd10Cm ? u"ICD-10-CM"_s : u"HCPCS"_s, damaged->fileName)
                        .arg(damaged->entries);
    }
    return messages.join(u'\n');
}

// A search that finds nothing in a library where none of the code sets asked for is imported:
// say so, and where they come from, rather than a bare "0 hits".
QString missingCodeSetsMessage(Workspace &workspace, const QStringList &kinds)
{
    if (!workspace.database().isOpen())
        return {};
    const CodeSetStore store(workspace.database());
    QStringList asked;
    const std::pair<CodeSetKind, QString> codeSets[] = {{CodeSetKind::Icd10Cm, u"ICD-10-CM"_s},
                                                        {CodeSetKind::Hcpcs, u"HCPCS"_s}};
    for (const auto &[kind, label] : codeSets) {
        if (!kinds.contains(codeSetKindName(kind)))
            continue;
        if (store.entryCount(kind) > 0)
            return {}; // one of them is there: it found nothing
        asked << label;
    }
    if (asked.isEmpty())
        return {};
    return MainWindow::tr("No %1 code set is imported yet: Tools > Code Sets imports the official files.")
        .arg(asked.join(MainWindow::tr(" or ")));
}
} // namespace

MainWindow::MainWindow(Workspace &workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
{
    setObjectName(u"mainWindow"_s);
    setAcceptDrops(true);
    qApp->installEventFilter(new PlainToolTips(this)); // removed again with the window
    createCentralArea();
    createFileMenu();
    createEditMenu();
    createViewMenu();
    createToolsAndHelpMenus();

    m_statusLabel = new QLabel(this);
    m_statusLabel->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_statusLabel);
    m_statusLabel->setText(tr("%1 procedures in the library").arg(m_workspace.catalog().size()));
    if (!m_workspace.errorString().isEmpty())
        statusBar()->showMessage(m_workspace.errorString());

    restoreLayout();
    if (!m_browser->currentCode().isEmpty())
        m_referencePane->openPage(u"procedure"_s, m_browser->currentCode());
    updateTitleAndActions();
}

MainWindow::~MainWindow()
{
    // The documents use the recovery store, a member: they go first.
    qDeleteAll(m_worksheets->views());
}

void MainWindow::createCentralArea()
{
    m_browser = new CodeBrowser(&m_workspace.catalog(), this);
    Workspace *searched = &m_workspace;
    m_librarySearch = std::make_shared<LibrarySearch>(m_workspace);
    m_browser->setCodeSetSearch([searched, search = m_librarySearch](const QString &query, const QStringList &kinds,
                                                                    int limit, int offset) {
        // The one library search; procedures have the list above.
        const QStringList wanted =
            kinds.isEmpty() ? QStringList{u"icd10cm"_s, u"hcpcs"_s, u"modifier"_s, u"pos"_s, u"pfs"_s} : kinds;
        if (query.isEmpty() && wanted.size() == 1) {
            // The Modifiers (or places of service) view: the whole list, by code.
            const QList<CodePageRef> all = CodePages(*searched).listAll(wanted.constFirst());
            QList<SearchHit> hits;
            for (const CodePageRef &ref : all.mid(offset, limit))
                hits.append({ref.kind, ref.code, ref.title, 0, {}});
            return SearchHitsModel::Page{hits, int(all.size()), true, {}};
        }
        if (query.trimmed().isEmpty())
            return SearchHitsModel::Page{}; // nothing typed (as at start-up): nothing to search
        const SearchPage page = search->search(query, wanted, limit, offset);
        QString problem;
        if (page.hits.isEmpty() && offset == 0) {
            problem = damagedCodeSetsMessage(*searched, wanted);
            if (problem.isEmpty())
                problem = missingCodeSetsMessage(*searched, wanted);
        }
        return SearchHitsModel::Page{page.hits, page.total, page.complete, problem};
    });

    m_procedureView = new ProcedureView(this);
    auto *empty = new QLabel(tr("Select a code on the left to read its reference page."), this);
    empty->setTextFormat(Qt::PlainText);
    empty->setAlignment(Qt::AlignCenter);
    empty->setEnabled(false);
    m_referenceStack = new QStackedWidget(this);
    m_referenceStack->setObjectName(u"detailPane"_s);
    m_referenceStack->setAccessibleName(tr("Procedure details"));
    m_referenceStack->addWidget(empty);
    m_referenceStack->addWidget(m_procedureView);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"documentTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_referencePane = new ReferencePane(m_workspace, m_referenceStack, this);
    // One zoom for both kinds of reference page.
    PageZoom *procedureZoom = m_procedureView->zoom();
    PageZoom *codePageZoom = m_referencePane->codePageView()->zoom();
    connect(procedureZoom, &PageZoom::changed, codePageZoom, &PageZoom::setSteps);
    connect(codePageZoom, &PageZoom::changed, procedureZoom, &PageZoom::setSteps);
    m_referencePane->setProcedureShower([this](const QString &code) {
        if (!m_workspace.catalog().find(code))
            return false;
        showProcedure(code);
        return true;
    });
    m_tabs->addTab(m_referencePane, tr("Reference"));
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr); // the reference stays

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(m_browser);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({320, 900});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    m_worksheets = new WorksheetManager(m_tabs, &m_recovery, this);
    Workspace *workspace = &m_workspace;
    m_worksheets->setServicesProvider([workspace] { return makeWorksheetServices(*workspace); });
    m_importer = new ReportImporter(m_workspace, this);

    connect(m_browser, &CodeBrowser::codeSelected, this,
            [this](const QString &code) { m_referencePane->openPage(u"procedure"_s, code); });
    connect(m_browser, &CodeBrowser::codeActivated, this, [this](const QString &code) {
        m_referencePane->openPage(u"procedure"_s, code);
        m_tabs->setCurrentWidget(m_referencePane);
        m_procedureView->setFocus();
    });
    connect(m_browser, &CodeBrowser::codeSetHitActivated, this, [this](const QString &kind, const QString &code) {
        if (openPage(kind, code))
            m_referencePane->codePageView()->setFocus();
    });
    m_pageToWorksheet = new PageToWorksheet(m_worksheets, m_tabs, this);
    connect(m_referencePane, &ReferencePane::addToWorksheetRequested, m_pageToWorksheet, &PageToWorksheet::add);
    connect(m_pageToWorksheet, &PageToWorksheet::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, statusTimeoutMs); });
    connect(m_referencePane, &ReferencePane::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, statusTimeoutMs); });
    connect(m_referencePane, &ReferencePane::pageShown, this, &MainWindow::updateTitleAndActions);
    connect(m_browser, &CodeBrowser::searchChanged, m_procedureView,
            [this] { m_procedureView->setHighlightTerms(m_browser->proxy()->terms()); });
    connect(m_procedureView, &ProcedureView::addToWorksheetRequested, m_pageToWorksheet,
            [this](const QString &code) { m_pageToWorksheet->add(u"procedure"_s, code); });
    connect(m_worksheets, &WorksheetManager::documentStateChanged, this, &MainWindow::updateTitleAndActions);
    connect(m_worksheets, &WorksheetManager::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, statusTimeoutMs); });
    connect(m_importer, &ReportImporter::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, statusTimeoutMs); });
    connect(m_importer, &ReportImporter::imported, this, [this](const QStringList &codes) {
        m_browser->selectCode(codes.constLast());
        showProcedure(codes.constLast());
    });
    connect(&m_workspace.catalog(), &Catalog::changed, this, [this] {
        m_statusLabel->setText(tr("%1 procedures in the library").arg(m_workspace.catalog().size()));
        if (!m_procedureView->code().isEmpty())
            showProcedure(m_procedureView->code());
    });
}

QAction *MainWindow::addAction(QMenu *menu, const QString &text, const QString &objectName,
                               const QKeySequence &shortcut)
{
    QAction *action = menu->addAction(text);
    action->setObjectName(objectName);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    return action;
}

void MainWindow::createFileMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&File"));
    connect(addAction(menu, tr("&New Worksheet"), u"actionNewWorksheet"_s, QKeySequence::New), &QAction::triggered,
            m_worksheets, &WorksheetManager::newWorksheet);
    connect(addAction(menu, tr("&Open Worksheet…"), u"actionOpenWorksheet"_s, QKeySequence::Open), &QAction::triggered,
            m_worksheets, &WorksheetManager::openWithDialog);
    m_recentMenu = menu->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(u"recentMenu"_s);
    connect(m_worksheets, &WorksheetManager::recentFilesChanged, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();
    QAction *save = addAction(menu, tr("&Save"), u"actionSave"_s, QKeySequence::Save);
    connect(save, &QAction::triggered, m_worksheets, &WorksheetManager::save);
    QAction *saveAs = addAction(menu, tr("Save &As…"), u"actionSaveAs"_s, QKeySequence::SaveAs);
    connect(saveAs, &QAction::triggered, m_worksheets, &WorksheetManager::saveAs);
    QAction *close = addAction(menu, tr("&Close Worksheet"), u"actionCloseWorksheet"_s, QKeySequence::Close);
    connect(close, &QAction::triggered, m_worksheets, &WorksheetManager::closeCurrent);
    menu->addSeparator();
    QAction *exportCsv = addAction(menu, tr("Export Claim as &CSV…"), u"actionExportCsv"_s,
                                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(exportCsv, &QAction::triggered, this, [this] { exportCurrent(true); });
    QAction *exportJson = addAction(menu, tr("Export Claim as &JSON…"), u"actionExportJson"_s, {});
    connect(exportJson, &QAction::triggered, this, [this] { exportCurrent(false); });
    m_worksheetActions = {save, saveAs, close, exportCsv, exportJson};
    menu->addSeparator();
    m_print = new PrintController(this);
    m_print->setDocumentSource([this] { return currentPrintDocument(); });
    connect(m_print, &PrintController::failed, this, [this](const QString &message) {
        DialogSeams::inform(this, QMessageBox::Critical, tr("Printing failed"), message);
    });
    connect(m_print, &PrintController::exported, this, [this](const QString &path, int pages) {
        statusBar()->showMessage(tr("Wrote %1 (%2 pages)").arg(QFileInfo(path).fileName()).arg(pages), statusTimeoutMs);
    });
    connect(
        addAction(menu, tr("Print Pre&view…"), u"actionPrintPreview"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)),
        &QAction::triggered, m_print, &PrintController::printPreview);
    connect(addAction(menu, tr("&Print…"), u"actionPrint"_s, QKeySequence::Print), &QAction::triggered, m_print,
            &PrintController::print);
    connect(addAction(menu, tr("Export P&DF…"), u"actionExportPdf"_s, {}), &QAction::triggered, m_print,
            &PrintController::exportPdf);
    menu->addSeparator();
    connect(addAction(menu, tr("&Import Reports…"), u"actionImportReports"_s, QKeySequence(Qt::CTRL | Qt::Key_I)),
            &QAction::triggered, m_importer, &ReportImporter::importWithDialog);
    m_removeImported = addAction(menu, tr("&Remove Imported Report"), u"actionRemoveImported"_s, {});
    connect(m_removeImported, &QAction::triggered, this,
            [this] { m_importer->removeImported(m_procedureView->code()); });
    menu->addSeparator();
    connect(addAction(menu, tr("&Quit"), u"actionQuit"_s, QKeySequence::Quit), &QAction::triggered, this,
            &QWidget::close);
}

void MainWindow::createEditMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_worksheets->undoGroup()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(u"actionUndo"_s);
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_worksheets->undoGroup()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(u"actionRedo"_s);
    // The platform's redo keys plus both that coders know; one action may not list a key twice
    // ("Ambiguous shortcut overload").
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &known :
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}) {
        if (!redoKeys.contains(known))
            redoKeys << known;
    }
    redo->setShortcuts(redoKeys);
    menu->addAction(undo);
    menu->addAction(redo);
    menu->addSeparator();
    connect(addAction(menu, tr("&Find Code"), u"actionFind"_s, QKeySequence::Find), &QAction::triggered, m_browser,
            &CodeBrowser::focusSearch);
    m_addToWorksheet = addAction(menu, tr("&Add Code to Worksheet"), u"actionAddToWorksheet"_s,
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(m_addToWorksheet, &QAction::triggered, this, [this] {
        const QString code = m_browser->currentCode();
        if (!code.isEmpty())
            m_pageToWorksheet->add(u"procedure"_s, code);
    });
}

void MainWindow::createViewMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&View"));
    connect(addAction(menu, tr("&Reference Page"), u"actionShowReference"_s, QKeySequence(Qt::CTRL | Qt::Key_1)),
            &QAction::triggered, this, [this] { m_tabs->setCurrentWidget(m_referencePane); });
    menu->addAction(m_referencePane->backAction());
    menu->addAction(m_referencePane->forwardAction());
    menu->addMenu(m_referencePane->historyMenu());
    menu->addMenu(m_referencePane->recentMenu());
    menu->addMenu(m_referencePane->favouritesMenu());
    connect(addAction(menu, tr("&Next Tab"), u"actionNextTab"_s, QKeySequence::NextChild), &QAction::triggered, this,
            [this] { m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count()); });
    connect(addAction(menu, tr("&Previous Tab"), u"actionPreviousTab"_s, QKeySequence::PreviousChild),
            &QAction::triggered, this,
            [this] { m_tabs->setCurrentIndex((m_tabs->currentIndex() + m_tabs->count() - 1) % m_tabs->count()); });
    menu->addSeparator();
    QAction *fullScreen = addAction(menu, tr("&Full Screen"), u"actionFullScreen"_s, QKeySequence::FullScreen);
    fullScreen->setCheckable(true);
    connect(fullScreen, &QAction::toggled, this, [this](bool on) { on ? showFullScreen() : showNormal(); });
}

void MainWindow::createToolsAndHelpMenus()
{
    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->setObjectName(u"toolsMenu"_s);
    connect(addAction(tools, tr("&Code Sets…"), u"actionCodeSets"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K)),
            &QAction::triggered, this, &MainWindow::showCodeSets);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    connect(addAction(help, tr("&Keyboard Shortcuts"), u"actionShortcuts"_s, QKeySequence::HelpContents),
            &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(addAction(help, tr("&About CodeDesk"), u"actionAbout"_s, {}), &QAction::triggered, this,
            &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_worksheets->recentFiles();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        QAction *action = m_recentMenu->addAction(u"&%1 %2"_s.arg(i + 1).arg(QFileInfo(path).fileName()));
        action->setToolTip(path);
        connect(action, &QAction::triggered, m_worksheets, [this, path] { m_worksheets->openFile(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::showProcedure(const QString &code)
{
    const Procedure *procedure = m_workspace.catalog().complete(code);
    if (!procedure) {
        m_referenceStack->setCurrentIndex(0);
        return;
    }
    m_procedureView->setProcedure(*procedure, m_workspace.medicare().rowsFor(procedure->code),
                                  m_workspace.medicare().label());
    m_procedureView->setHighlightTerms(m_browser->proxy()->terms());
    m_referenceStack->setCurrentWidget(m_procedureView);
    updateTitleAndActions();
}

bool MainWindow::openPage(const QString &kind, const QString &code)
{
    if (!m_referencePane->openPage(kind, code))
        return false;
    m_tabs->setCurrentWidget(m_referencePane);
    return true;
}

void MainWindow::updateTitleAndActions()
{
    WorksheetDocument *document = m_worksheets->currentDocument();
    for (QAction *action : std::as_const(m_worksheetActions))
        action->setEnabled(document != nullptr);
    if (document) {
        setWindowTitle(document->displayName() + (document->isReadOnly() ? tr(" (read-only)") : QString()) +
                       u"[*] — CodeDesk"_s);
        setWindowModified(document->isModified());
    } else {
        const QString code = m_referenceStack->currentWidget() == m_procedureView ? m_procedureView->code()
                                                                                   : m_referencePane->currentCode();
        setWindowTitle(code.isEmpty() ? u"CodeDesk"_s : code + u" — CodeDesk"_s);
        setWindowModified(false);
    }
    m_removeImported->setEnabled(m_workspace.catalog().findImported(m_procedureView->code()) != nullptr);
}

void MainWindow::exportCurrent(bool csv)
{
    WorksheetDocument *document = m_worksheets->currentDocument();
    if (!document || !confirmExportWithErrors(document->findings()))
        return;
    const QString base = QFileInfo(document->displayName()).completeBaseName();
    const QString path = DialogSeams::saveFileName(this, csv ? tr("Export Claim as CSV") : tr("Export Claim as JSON"),
                                                   base + (csv ? u".csv"_s : u".json"_s),
                                                   csv ? tr("CSV files (*.csv)") : tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportWorksheet(document->worksheet()->content(), path, csv ? ExportFormat::Csv : ExportFormat::Json,
                         &error)) {
        DialogSeams::inform(this, QMessageBox::Critical, tr("Export failed"), error);
        return;
    }
    statusBar()->showMessage(tr("Exported %1").arg(QFileInfo(path).fileName()), statusTimeoutMs);
}

// The same question `codedesk export` answers with --allow-errors. Warnings never block.
bool MainWindow::confirmExportWithErrors(const ClaimFindings &findings)
{
    QStringList errors;
    for (const ClaimFinding &finding : findings) {
        if (finding.severity == Severity::Error)
            errors << u"• "_s + VisibleText::withVisibleControls(findingSummary(finding));
    }
    if (errors.isEmpty())
        return true;
    constexpr qsizetype shown = 12;
    const qsizetype count = errors.size();
    if (count > shown) {
        errors.resize(shown);
        errors << tr("… and %1 more").arg(count - shown);
    }
    const auto answer = DialogSeams::ask(
        this, QMessageBox::Warning, tr("Export a claim with errors?"),
        (count == 1 ? tr("This claim has an error a payer would reject:")
                    : tr("This claim has %1 errors a payer would reject:").arg(count)) +
            u"\n\n"_s + errors.join(u'\n') + u"\n\n"_s + tr("Export it anyway?"),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel, {}, {{QMessageBox::Yes, tr("Export Anyway")}});
    return answer == QMessageBox::Yes;
}

std::optional<PrintDocument> MainWindow::currentPrintDocument() const
{
    if (WorksheetDocument *document = m_worksheets->currentDocument()) {
        const WorksheetContent &content = document->worksheet()->content();
        const QByteArray bytes = WorksheetFile::toJson(content);
        const ClaimWorksheetDocument::Source source{
            document->displayName(),
            QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())};
        return ClaimWorksheetDocument::build(content, document->findings(), validationContext(m_workspace).diagnosis,
                                             source);
    }
    const Procedure *procedure = m_workspace.catalog().complete(m_procedureView->code());
    if (!procedure)
        return std::nullopt;
    return ProcedureWorksheetDocument::build(*procedure, m_workspace.medicare());
}

void MainWindow::openFiles(const QStringList &paths)
{
    QStringList reports;
    for (const QString &path : paths) {
        if (path.endsWith(u".codedesk"_s, Qt::CaseInsensitive))
            m_worksheets->openFile(path);
        else
            reports << path;
    }
    if (!reports.isEmpty())
        m_importer->importFiles(reports);
}

void MainWindow::offerRecovery()
{
    m_worksheets->offerRecovery();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        openFiles(paths);
    }
}

void MainWindow::showCodeSets()
{
    auto *dialog = findChild<CodeSetsDialog *>();
    if (!dialog) {
        dialog = new CodeSetsDialog(m_workspace.database(), this);
        connect(dialog, &CodeSetsDialog::codeSetsChanged, this, [this] {
            m_workspace.reloadCodeSets();
            m_librarySearch->invalidate();
            statusBar()->showMessage(tr("Code sets updated"), statusTimeoutMs);
        });
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::showShortcuts()
{
    QStringList lines;
    for (QAction *menuAction : menuBar()->actions()) {
        for (QAction *action : menuAction->menu()->actions()) {
            if (!action->shortcut().isEmpty())
                lines << u"%1\t%2"_s.arg(action->shortcut().toString(QKeySequence::NativeText),
                                         action->text().remove(u'&'));
        }
    }
    lines << tr("In the code list\tUp/Down move, Enter opens, Escape clears the search")
          << tr("In the claim lines\tEnter adds a line, Ctrl+D duplicates, Delete removes, Alt+Up/Down moves");
    DialogSeams::inform(this, QMessageBox::Information, tr("Keyboard Shortcuts"), lines.join(u'\n'));
}

void MainWindow::showAbout()
{
    DialogSeams::inform(this, QMessageBox::Information, tr("About CodeDesk"),
                        tr("CodeDesk %1\nProcedure code reference and claim worksheet for medical coders.\n\n"
                           "Every fact shown beside a report names its source and date.")
                            .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(geometrySetting.value())) {
        // First start: room for every claim-line column where the screen has it (up to
        // 1600x900 with the window's frame); on a screen smaller than 1200x760 with its frame
        // (1366x768, or 150 % scaling) the whole screen.
        const QSize least(1200, 760);
        const QSize frame(16, 48); // borders and a title bar, before the window manager says
        const QSize available = screen() ? screen()->availableGeometry().size() : least;
        m_startMaximized =
            available.width() < least.width() + frame.width() || available.height() < least.height() + frame.height();
        resize(m_startMaximized ? (available - frame).expandedTo(minimumSizeHint())
                                : (available - frame).boundedTo(QSize(1600, 900)));
    }
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
    if (!m_worksheets->closeAll()) {
        event->ignore();
        return;
    }
    saveLayout();
    event->accept();
}

} // namespace codedesk::ui
