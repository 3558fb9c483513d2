#pragma once

#include "document/WorksheetDocument.h"

#include <QStringList>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QListView;
class QSplitter;
class QStringListModel;

namespace codedesk {
class ClaimLineTableModel;
}

namespace codedesk::ui {

class ClaimHeaderForm;
class ClaimLinesTable;
class DiagnosisListModel;
class FindingsPanel;

// What the worksheet view needs from the rest of the app, so it knows nothing of the workspace.
struct WorksheetServices
{
    QStringList codeEntries;           // "47382 — Percutaneous RFA …"
    QStringList modifierEntries;       // "26 — Professional component"
    QStringList placeOfServiceEntries; // "22 — On campus outpatient hospital"
    std::function<QString(const QString &)> describeDiagnosis;
    std::function<QStringList(const QString &)> searchDiagnoses; // "C78.7 — …", billable codes only
    WorksheetDocument::Validator validator;
};

// One worksheet: the claim header, the diagnoses A–L, the claim lines and the findings.
class WorksheetView final : public QWidget
{
    Q_OBJECT

public:
    WorksheetView(WorksheetDocument *document, const WorksheetServices &services, QWidget *parent = nullptr);
    ~WorksheetView() override;

    WorksheetDocument *document() const { return m_document; }
    ClaimLinesTable *linesTable() const { return m_table; }
    QListView *diagnosisList() const { return m_diagnosisList; }
    FindingsPanel *findingsPanel() const { return m_findings; }
    ClaimHeaderForm *headerForm() const { return m_header; }
    QLineEdit *diagnosisField() const { return m_diagnosisField; }

    // Adds a line for `code` at `row` (-1: at the end) with the claim's date and place of service.
    void addCodeLine(const QString &code, int row = -1);
    void goToFinding(int line, const QString &field);
    // Where a coder starts typing: the first empty header field, else the diagnosis entry while
    // there is no diagnosis, else the first claim line.
    void focusFirstEmptyField();
    void focusLine(int row); // the line's current column (the code at first)

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createDiagnosisPanel();
    void createLinesTable(const WorksheetServices &services);
    void addLineAfter(int row);
    void addDiagnosisFromField();
    void updateDiagnosisCompletions(const QString &text);
    void moveCurrentDiagnosis(int delta);
    void findingsChanged();
    void readOnlyChanged(bool readOnly);
    void restoreLayout();
    void saveLayout() const;

    WorksheetDocument *m_document;
    std::function<QStringList(const QString &)> m_searchDiagnoses;
    ClaimHeaderForm *m_header = nullptr;
    QLabel *m_readOnlyBanner = nullptr;
    QLabel *m_summary = nullptr;
    QListView *m_diagnosisList = nullptr;
    DiagnosisListModel *m_diagnosisModel = nullptr;
    QLineEdit *m_diagnosisField = nullptr;
    QStringListModel *m_diagnosisCompletions = nullptr;
    ClaimLinesTable *m_table = nullptr;
    ClaimLineTableModel *m_linesModel = nullptr;
    FindingsPanel *m_findings = nullptr;
    QSplitter *m_topSplitter = nullptr;
    QSplitter *m_verticalSplitter = nullptr;
    bool m_defaultSplit = true; // no arrangement saved or dragged yet: the split follows the width
};

} // namespace codedesk::ui
