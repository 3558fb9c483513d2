#pragma once

#include "codesets/CodeSetTypes.h"

#include <QDialog>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace codedesk {
class CodeSetImportJob;
class LibraryDatabase;
struct CodeSetImportResult;
}

namespace codedesk::ui {

// Tools > Code Sets: what is loaded (with file, SHA-256, stated year, counts and import date) and
// imports of new annual files, off the GUI thread with progress and cancel.
class CodeSetsDialog final : public QDialog
{
    Q_OBJECT

public:
    CodeSetsDialog(LibraryDatabase &database, QWidget *parent = nullptr);
    ~CodeSetsDialog() override;

    // Starts importing `path` as `kind` (the buttons ask for the file through DialogSeams).
    void startImport(CodeSetKind kind, const QString &path);
    bool isImporting() const;
    void waitForImport();
    QTreeWidget *versionsView() const { return m_versions; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void codeSetsChanged();

protected:
    void reject() override;

private:
    void refresh();
    void importFinished(const CodeSetImportResult &result);
    void setBusy(bool busy);

    LibraryDatabase &m_database;
    QTreeWidget *m_versions = nullptr;
    QTreeWidget *m_problems = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QList<QPushButton *> m_importButtons;
    std::unique_ptr<CodeSetImportJob> m_job;
};

} // namespace codedesk::ui
