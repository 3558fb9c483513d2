#include "worksheetview/FindingsPanel.h"

#include "browser/SeverityStyle.h"

#include <QHeaderView>

using namespace Qt::Literals::StringLiterals;

namespace codedesk::ui {

namespace {
constexpr int LineRole = Qt::UserRole + 1;
constexpr int FieldRole = Qt::UserRole + 2;
} // namespace

FindingsPanel::FindingsPanel(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(u"findingsPanel"_s);
    setAccessibleName(tr("Findings"));
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setHeaderLabels({tr("Severity"), tr("Line"), tr("Field"), tr("Finding"), tr("Rule"), tr("Source")});
    header()->setStretchLastSection(false);
    // Fixed widths: measuring every row's text after each keystroke costs more than the check.
    header()->setSectionResizeMode(QHeaderView::Interactive);
    header()->setSectionResizeMode(3, QHeaderView::Stretch);
    for (const auto &[column, width] : {std::pair{0, 90}, {1, 50}, {2, 110}, {4, 170}, {5, 260}})
        setColumnWidth(column, width);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT findingActivated(item->data(0, LineRole).toInt(), item->data(0, FieldRole).toString());
    });
}

void FindingsPanel::setFindings(const ClaimFindings &findings)
{
    ClaimFindings sorted = findings;
    std::stable_sort(sorted.begin(), sorted.end(), [](const ClaimFinding &a, const ClaimFinding &b) {
        return a.severity > b.severity;
    });
    m_errors = 0;
    m_warnings = 0;
    QList<QTreeWidgetItem *> items;
    items.reserve(sorted.size());
    for (const ClaimFinding &finding : std::as_const(sorted)) {
        m_errors += finding.severity == Severity::Error;
        m_warnings += finding.severity == Severity::Warning;
        auto *item = new QTreeWidgetItem({severityLabel(finding.severity),
                                          finding.line < 0 ? tr("claim") : QString::number(finding.line + 1),
                                          finding.field, finding.message, finding.rule, finding.source});
        item->setIcon(0, severityIcon(finding.severity));
        item->setToolTip(3, finding.message);
        item->setToolTip(5, finding.source);
        item->setData(0, LineRole, finding.line);
        item->setData(0, FieldRole, finding.field);
        items << item;
    }
    setUpdatesEnabled(false);
    clear();
    addTopLevelItems(items);
    setUpdatesEnabled(true);
}

} // namespace codedesk::ui
