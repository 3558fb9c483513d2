#pragma once

#include <QObject>
#include <QStringList>

class QWidget;

namespace codedesk {
class Workspace;
}

namespace codedesk::ui {

// Imports report files chosen in a dialog or dropped on the window into the user's library and
// shows what became of each file (imported, or why not, with the report's diagnostics).
class ReportImporter final : public QObject
{
    Q_OBJECT

public:
    ReportImporter(Workspace &workspace, QWidget *dialogParent);

    void importWithDialog();
    // Returns the codes imported.
    QStringList importFiles(const QStringList &paths);
    // Removes an imported report (a bundled one of the same code comes back); asks first.
    bool removeImported(const QString &code);

Q_SIGNALS:
    void imported(const QStringList &codes);
    void statusMessage(const QString &message);

private:
    Workspace &m_workspace;
    QWidget *m_dialogParent;
};

} // namespace codedesk::ui
