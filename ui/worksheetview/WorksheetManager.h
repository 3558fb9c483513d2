#pragma once

#include "worksheetview/WorksheetView.h"

#include <QObject>
#include <QStringList>

#include <functional>

class QTabWidget;
class QUndoGroup;

namespace codedesk {
class RecoveryStore;
}

namespace codedesk::ui {

// The open worksheets: one tab each beside the reference page, one undo stack each (gathered in a
// QUndoGroup that follows the current tab), their files, recent files, recovery after a crash,
// and the questions asked before anything unsaved would be lost.
class WorksheetManager final : public QObject
{
    Q_OBJECT

public:
    WorksheetManager(QTabWidget *tabs, RecoveryStore *recovery, QObject *parent = nullptr);
    ~WorksheetManager() override;

    void setServicesProvider(std::function<WorksheetServices()> provider) { m_services = std::move(provider); }
    QUndoGroup *undoGroup() const { return m_undoGroup; }

    WorksheetView *currentView() const;
    WorksheetDocument *currentDocument() const;
    QList<WorksheetView *> views() const;
    QStringList recentFiles() const;

    WorksheetView *newWorksheet();
    bool openFile(const QString &path);
    void openWithDialog();
    bool save();
    bool saveAs();
    bool closeCurrent();
    bool closeView(WorksheetView *view);
    bool closeAll(); // false when the coder cancelled
    void addCode(const QString &code);
    void offerRecovery();

Q_SIGNALS:
    void currentDocumentChanged();
    void documentStateChanged(); // name, modified or read-only state of the current document
    void recentFilesChanged();
    void statusMessage(const QString &message);

private:
    WorksheetView *addView(std::unique_ptr<WorksheetDocument> document);
    bool saveDocument(WorksheetView *view, bool askForName);
    void updateTab(WorksheetView *view);
    void rememberRecent(const QString &path);
    int indexOf(WorksheetView *view) const;
    WorksheetView *viewFor(const QString &path) const;

    QTabWidget *m_tabs;
    RecoveryStore *m_recovery;
    QUndoGroup *m_undoGroup;
    std::function<WorksheetServices()> m_services;
};

} // namespace codedesk::ui
