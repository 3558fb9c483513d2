#include "worksheetview/FindingsPanel.h"

#include "worksheetview/FindingsModel.h"

#include <QHeaderView>

using namespace Qt::Literals::StringLiterals;

namespace codedesk::ui {

FindingsPanel::FindingsPanel(QWidget *parent)
    : QTreeView(parent)
    , m_model(new FindingsModel(this))
{
    setObjectName(u"findingsPanel"_s);
    setAccessibleName(tr("Findings"));
    setRootIsDecorated(false);
    setItemsExpandable(false);
    setUniformRowHeights(true);
    setAllColumnsShowFocus(true);
    setEditTriggers(NoEditTriggers);
    setModel(m_model);
    header()->setStretchLastSection(false);
    // Fixed widths: measuring every row's text after each keystroke costs more than the check.
    header()->setSectionResizeMode(QHeaderView::Interactive);
    header()->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Stretch);
    for (const auto &[column, width] : {std::pair{FindingsModel::SeverityColumn, 90},
                                        {FindingsModel::LineColumn, 50},
                                        {FindingsModel::FieldColumn, 110},
                                        {FindingsModel::RuleColumn, 170},
                                        {FindingsModel::SourceColumn, 260}})
        setColumnWidth(column, width);
    connect(this, &QTreeView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT findingActivated(index.data(FindingsModel::LineRole).toInt(),
                                index.data(FindingsModel::FieldRole).toString());
    });
}

void FindingsPanel::setFindings(const ClaimFindings &findings)
{
    m_model->setFindings(findings);
}

int FindingsPanel::errorCount() const
{
    return m_model->errorCount();
}

int FindingsPanel::warningCount() const
{
    return m_model->warningCount();
}

} // namespace codedesk::ui
