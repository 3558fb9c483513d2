#pragma once

#include "worksheet/ClaimFinding.h"

#include <QTreeWidget>

namespace codedesk::ui {

// Every finding of the last check, most serious first: rule, line, field, message and source.
// Activating one (double-click or Enter) asks to go to its cell.
class FindingsPanel final : public QTreeWidget
{
    Q_OBJECT

public:
    explicit FindingsPanel(QWidget *parent = nullptr);

    void setFindings(const ClaimFindings &findings);
    int errorCount() const { return m_errors; }
    int warningCount() const { return m_warnings; }

Q_SIGNALS:
    void findingActivated(int line, const QString &field);

private:
    int m_errors = 0;
    int m_warnings = 0;
};

} // namespace codedesk::ui
