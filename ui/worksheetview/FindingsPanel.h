#pragma once

#include "worksheet/ClaimFinding.h"

#include <QTreeView>

namespace codedesk::ui {

class FindingsModel;

// Every finding of the last check, most serious first: severity, line, field, message, rule and
// source. Activating one (double-click or Enter) asks to go to its cell.
class FindingsPanel final : public QTreeView
{
    Q_OBJECT

public:
    explicit FindingsPanel(QWidget *parent = nullptr);

    void setFindings(const ClaimFindings &findings);
    FindingsModel *findingsModel() const { return m_model; }
    int errorCount() const;
    int warningCount() const;

Q_SIGNALS:
    void findingActivated(int line, const QString &field);

private:
    FindingsModel *m_model;
};

} // namespace codedesk::ui
