#include "browser/PageToWorksheet.h"

#include "common/DialogSeams.h"
#include "worksheet/Worksheet.h"
#include "worksheetview/ClaimLinesTable.h"
#include "worksheetview/WorksheetManager.h"

#include <QTabWidget>

using namespace Qt::Literals::StringLiterals;

namespace codedesk::ui {

PageToWorksheet::PageToWorksheet(WorksheetManager *worksheets, QTabWidget *tabs, QObject *parent)
    : QObject(parent)
    , m_worksheets(worksheets)
    , m_tabs(tabs)
{
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (auto *view = qobject_cast<WorksheetView *>(m_tabs->currentWidget()))
            m_lastWorkedOn = view;
    });
}

WorksheetView *PageToWorksheet::target() const
{
    if (WorksheetView *current = m_worksheets->currentView())
        return current;
    const QList<WorksheetView *> open = m_worksheets->views();
    if (m_lastWorkedOn && open.contains(m_lastWorkedOn.data()))
        return m_lastWorkedOn;
    return open.isEmpty() ? nullptr : open.constLast();
}

void PageToWorksheet::add(const QString &kind, const QString &code)
{
    if (code.isEmpty())
        return;
    WorksheetView *view = target();
    if (kind == u"modifier") {
        if (!view) {
            refuse(tr("Modifier %1 was not added: no worksheet is open. Open or start a worksheet, select the "
                      "claim line the modifier belongs on, then add it.")
                       .arg(code));
            return;
        }
        addModifier(view, code);
        return;
    }
    if (!view)
        view = m_worksheets->newWorksheet();
    if (kind == u"icd10cm")
        addDiagnosis(view, code);
    else
        addLine(view, code);
}

bool PageToWorksheet::writable(WorksheetView *view, const QString &code) const
{
    WorksheetDocument *document = view->document();
    if (!document->isReadOnly())
        return true;
    refuse(tr("%1 was not added: %2 is read-only (%3).").arg(code, document->displayName(), document->readOnlyReason()));
    return false;
}

void PageToWorksheet::addDiagnosis(WorksheetView *view, const QString &code)
{
    if (!writable(view, code))
        return;
    WorksheetDocument *document = view->document();
    const QStringList &diagnoses = document->worksheet()->diagnoses();
    const qsizetype existing = diagnoses.indexOf(code.toUpper());
    if (existing >= 0) {
        refuse(tr("%1 is already diagnosis %2 on %3.")
                   .arg(code, pointerLetter(int(existing)), document->displayName()));
        return;
    }
    document->insertDiagnosis(int(diagnoses.size()), code);
    m_tabs->setCurrentWidget(view);
    Q_EMIT statusMessage(tr("Added diagnosis %1 to %2").arg(code, document->displayName()));
}

void PageToWorksheet::addLine(WorksheetView *view, const QString &code)
{
    if (!writable(view, code))
        return;
    m_tabs->setCurrentWidget(view);
    view->addCodeLine(code);
    view->focusLine(view->document()->worksheet()->lineCount() - 1);
    Q_EMIT statusMessage(tr("Added %1 to %2").arg(code, view->document()->displayName()));
}

void PageToWorksheet::addModifier(WorksheetView *view, const QString &code)
{
    if (!writable(view, code))
        return;
    WorksheetDocument *document = view->document();
    const QList<ClaimLine> &lines = document->worksheet()->lines();
    const QString name = document->displayName();
    if (lines.isEmpty()) {
        refuse(tr("Modifier %1 was not added: %2 has no claim line yet. Add the procedure's line first.")
                   .arg(code, name));
        return;
    }
    const QModelIndex current = view->linesTable()->currentIndex();
    const int row = current.isValid() ? current.row() : (lines.size() == 1 ? 0 : -1);
    if (row < 0 || row >= lines.size()) {
        refuse(tr("Modifier %1 was not added: Select the claim line in %2 that it belongs on, then add it again.")
                   .arg(code, name));
        return;
    }
    const ClaimLine &line = lines.at(row);
    const QString lineName = tr("line %1 (%2)").arg(row + 1).arg(line.code.isEmpty() ? tr("no code") : line.code);
    if (line.modifiers.contains(code, Qt::CaseInsensitive)) {
        refuse(tr("%1 already has modifier %2.").arg(lineName, code));
        return;
    }
    if (line.modifiers.size() >= ClaimLine::maximumModifiers) {
        refuse(tr("Modifier %1 was not added: %2 already has %3 modifiers (%4), the most a claim line holds.")
                   .arg(code, lineName)
                   .arg(line.modifiers.size())
                   .arg(line.modifiers.join(u", "_s)));
        return;
    }
    document->setLineField(row, LineField::Modifiers, QStringList(line.modifiers) << code);
    m_tabs->setCurrentWidget(view);
    view->linesTable()->setCurrentIndex(current.isValid() ? current : view->linesTable()->model()->index(row, 0));
    Q_EMIT statusMessage(tr("Added modifier %1 to %2").arg(code, lineName));
}

void PageToWorksheet::refuse(const QString &text) const
{
    DialogSeams::inform(m_tabs->window(), QMessageBox::Information, tr("Add to Worksheet"), text);
}

} // namespace codedesk::ui
