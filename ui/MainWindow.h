#pragma once

#include <QMainWindow>

class QLabel;
class QLineEdit;
class QListView;
class QSplitter;
class QStackedWidget;

namespace codedesk {
class Workspace;
}

namespace codedesk::ui {

// The reference browser's frame: the code list and search on the left, the detail pane on the
// right, menus and status bar. It wires views to the workspace; the views do the work.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Workspace &workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createCentralArea();
    void restoreLayout();
    void saveLayout() const;
    void showAbout();

    Workspace &m_workspace;
    QSplitter *m_splitter = nullptr;
    QLineEdit *m_searchField = nullptr;
    QListView *m_codeList = nullptr;
    QStackedWidget *m_detailPane = nullptr;
    QLabel *m_statusLabel = nullptr;
};

} // namespace codedesk::ui
