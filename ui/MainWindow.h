#pragma once

#include "core/RecoveryStore.h"
#include "export/PrintDocument.h"
#include "worksheet/ClaimFinding.h"

#include <optional>

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace codedesk {
class LibrarySearch;
class Workspace;
}

namespace codedesk::ui {

class CodeBrowser;
class PageToWorksheet;
class PrintController;
class ProcedureView;
class ReferencePane;
class ReportImporter;
class WorksheetManager;

// The frame: the code browser on the left; on the right the reference page and the open
// worksheets as tabs; menus, shortcuts and the status bar. It wires the parts together and keeps
// the window layout; the parts do the work.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Workspace &workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    CodeBrowser *codeBrowser() const { return m_browser; }
    ProcedureView *procedureView() const { return m_procedureView; }
    ReferencePane *referencePane() const { return m_referencePane; }
    WorksheetManager *worksheets() const { return m_worksheets; }
    ReportImporter *importer() const { return m_importer; }
    PrintController *printController() const { return m_print; }
    QTabWidget *tabs() const { return m_tabs; }

    void showProcedure(const QString &code);
    // First start on a screen too small for the comfortable size (1366x768, 150 % scaling).
    bool startsMaximized() const { return m_startMaximized; }
    // Any kind's page in the reference tab (kind empty: whichever kind holds the code), into the history.
    bool openPage(const QString &kind, const QString &code);
    void openFiles(const QStringList &paths); // worksheets open; anything else is imported as a report
    void offerRecovery();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createCentralArea();
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void createToolsAndHelpMenus();
    QAction *addAction(QMenu *menu, const QString &text, const QString &objectName, const QKeySequence &shortcut);
    void rebuildRecentMenu();
    void updateTitleAndActions();
    void exportCurrent(bool csv);
    bool confirmExportWithErrors(const ClaimFindings &findings);
    std::optional<PrintDocument> currentPrintDocument() const;
    void showCodeSets();
    void showShortcuts();
    void showAbout();
    void restoreLayout();
    void saveLayout() const;

    Workspace &m_workspace;
    RecoveryStore m_recovery;
    QSplitter *m_splitter = nullptr;
    CodeBrowser *m_browser = nullptr;
    QTabWidget *m_tabs = nullptr;
    QStackedWidget *m_referenceStack = nullptr;
    ReferencePane *m_referencePane = nullptr;
    ProcedureView *m_procedureView = nullptr;
    WorksheetManager *m_worksheets = nullptr;
    PageToWorksheet *m_pageToWorksheet = nullptr;
    std::shared_ptr<LibrarySearch> m_librarySearch; // kept: the browser searches on every keystroke
    ReportImporter *m_importer = nullptr;
    PrintController *m_print = nullptr;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_statusLabel = nullptr;
    QList<QAction *> m_worksheetActions; // enabled only while a worksheet tab is current
    QAction *m_removeImported = nullptr;
    QAction *m_addToWorksheet = nullptr;
    bool m_startMaximized = false;
};

} // namespace codedesk::ui
