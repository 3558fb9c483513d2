#pragma once

#include <QTimer>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace codedesk {
class Workspace;
}

namespace codedesk::ui {

class CodePageView;

// The reference tab: a toolbar (back, forward, history, favourite, add to worksheet, compare),
// the page stack (the procedure view for reports, CodePageView for every other kind) and the
// coder's note on the code. Every page opened goes into the history. The mouse's back and forward
// buttons anywhere over the pane go back and forward.
class ReferencePane final : public QWidget
{
    Q_OBJECT

public:
    // `stack` holds the empty page and the procedure view; the pane adds its CodePageView.
    ReferencePane(Workspace &workspace, QStackedWidget *stack, QWidget *parent = nullptr);
    ~ReferencePane() override;

    // Shows a procedure page in the stack's procedure view; false when the catalog lacks it.
    void setProcedureShower(std::function<bool(const QString &code)> shower) { m_showProcedure = std::move(shower); }

    // kind empty: the first kind that holds the code. False (and a status message) when none does.
    bool openPage(const QString &kind, const QString &code);
    bool back();
    bool forward();
    void compare(const QStringList &codes);

    QString currentKind() const { return m_kind; }
    QString currentCode() const { return m_code; }
    QStringList history() const; // "kind code", oldest first

    CodePageView *codePageView() const { return m_view; }
    QToolButton *favouriteButton() const { return m_favourite; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QPushButton *saveNoteButton() const { return m_saveNote; }
    QAction *backAction() const { return m_backAction; }
    QAction *forwardAction() const { return m_forwardAction; }
    QMenu *favouritesMenu() const { return m_favouritesMenu; }
    QMenu *historyMenu() const { return m_historyMenu; }
    QMenu *recentMenu() const { return m_recentMenu; }
    QStringList recentCodes() const; // "kind code", newest first, kept across sessions

Q_SIGNALS:
    void addToWorksheetRequested(const QString &kind, const QString &code);
    void statusMessage(const QString &message);
    void pageShown();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Entry
    {
        QString kind;
        QString code;
    };
    bool show(const Entry &entry);
    void updateActions();
    void rebuildFavouritesMenu();
    void rebuildHistoryMenu();
    void rebuildRecentMenu();
    void rememberRecent();
    void toggleFavourite(bool on);
    void saveNote();
    void askCompare();

    Workspace &m_workspace;
    QStackedWidget *m_stack;
    CodePageView *m_view = nullptr;
    QToolButton *m_favourite = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QPushButton *m_saveNote = nullptr;
    QLabel *m_noteLabel = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QMenu *m_favouritesMenu = nullptr;
    QMenu *m_historyMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    std::function<bool(const QString &)> m_showProcedure;
    QList<Entry> m_history;
    qsizetype m_position = -1;
    QString m_kind;
    QString m_code;
    QStringList m_recent; // newest first; written to the settings by m_saveRecent
    QTimer m_saveRecent;
};

} // namespace codedesk::ui
