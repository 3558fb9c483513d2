#include "worksheetview/WorksheetView.h"

#include "Setting.h"
#include "worksheet/ClaimLineRoles.h"
#include "worksheet/ClaimLineTableModel.h"
#include "worksheet/Worksheet.h"
#include "worksheetview/CellDelegate.h"
#include "worksheetview/ClaimHeaderForm.h"
#include "worksheetview/ClaimLinesTable.h"
#include "worksheetview/CompletingDelegate.h"
#include "worksheetview/CompletionPopup.h"
#include "worksheetview/DiagnosisListModel.h"
#include "worksheetview/EmptyViewHint.h"
#include "worksheetview/FindingsPanel.h"

#include <QAction>
#include <QCompleter>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QResizeEvent>
#include <QSplitter>
#include <QStringListModel>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace codedesk::ui {

namespace {
const Setting<QByteArray> topSplitterSetting{u"worksheet/topSplitter"_s};
const Setting<QByteArray> verticalSplitterSetting{u"worksheet/findingsSplitter"_s};
const Setting<QByteArray> lineColumnsSetting{u"worksheet/lineColumns"_s};
} // namespace

WorksheetView::WorksheetView(WorksheetDocument *document, const WorksheetServices &services, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_searchDiagnoses(services.searchDiagnoses)
{
    setObjectName(u"worksheetView"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);

    m_readOnlyBanner = new QLabel(this);
    m_readOnlyBanner->setObjectName(u"readOnlyBanner"_s);
    m_readOnlyBanner->setTextFormat(Qt::PlainText);
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setAutoFillBackground(true);
    m_readOnlyBanner->setMargin(6);
    m_readOnlyBanner->setBackgroundRole(QPalette::ToolTipBase);
    m_readOnlyBanner->setForegroundRole(QPalette::ToolTipText);
    layout->addWidget(m_readOnlyBanner);

    m_header = new ClaimHeaderForm(document, services.placeOfServiceEntries, this);
    layout->addWidget(m_header);

    createLinesTable(services);
    m_diagnosisModel = new DiagnosisListModel(document, services.describeDiagnosis, this);

    auto *top = m_topSplitter = new QSplitter(Qt::Horizontal, this);
    top->setObjectName(u"worksheetTopSplitter"_s);
    top->addWidget(createDiagnosisPanel());
    top->addWidget(m_table);
    top->setStretchFactor(1, 1);
    top->setSizes({240, 900});

    m_findings = new FindingsPanel(this);
    connect(m_findings, &FindingsPanel::findingActivated, this, &WorksheetView::goToFinding);
    auto *vertical = m_verticalSplitter = new QSplitter(Qt::Vertical, this);
    vertical->setObjectName(u"worksheetSplitter"_s);
    vertical->addWidget(top);
    vertical->addWidget(m_findings);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);
    layout->addWidget(vertical, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"worksheetSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);

    connect(document, &WorksheetDocument::findingsChanged, this, &WorksheetView::findingsChanged);
    connect(document, &WorksheetDocument::readOnlyChanged, this, &WorksheetView::readOnlyChanged);
    document->setValidator(services.validator);
    findingsChanged();
    readOnlyChanged(document->isReadOnly());
    restoreLayout();

    new EmptyViewHint(m_diagnosisList, tr("No diagnoses yet: type a code or words in the field below."));
    new EmptyViewHint(m_table,
                      tr("No claim lines yet: press Enter here, or Add Code to Worksheet from a reference page."));
    new EmptyViewHint(m_findings, tr("No findings."));

    // Tab goes the way a claim is filled in: header, diagnoses, lines, then the findings.
    QWidget *previous = m_header->field(ClaimField::Notes);
    for (QWidget *next : {static_cast<QWidget *>(m_diagnosisField), static_cast<QWidget *>(m_diagnosisList),
                          static_cast<QWidget *>(m_table), static_cast<QWidget *>(m_findings)}) {
        setTabOrder(previous, next);
        previous = next;
    }
}

void WorksheetView::focusFirstEmptyField()
{
    const Worksheet *worksheet = m_document->worksheet();
    for (auto field : {ClaimField::PatientAccount, ClaimField::Payer, ClaimField::DateOfService,
                       ClaimField::PlaceOfService, ClaimField::RenderingNpi}) {
        if (m_header->field(field)->text().isEmpty()) {
            m_header->field(field)->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    if (worksheet->diagnoses().isEmpty()) {
        m_diagnosisField->setFocus(Qt::OtherFocusReason);
        return;
    }
    focusLine(0);
}

void WorksheetView::focusLine(int row)
{
    if (row >= 0 && row < m_linesModel->rowCount()) {
        const QModelIndex current = m_table->currentIndex();
        const QModelIndex index =
            m_linesModel->index(row, current.isValid() ? current.column() : int(ClaimLineColumn::Code));
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
    }
    m_table->setFocus(Qt::OtherFocusReason);
}

WorksheetView::~WorksheetView()
{
    saveLayout();
    // The document is a child of this view and goes after it; what it says on its way out
    // (modified, read-only) must not reach this half-destroyed view or slots bound to it.
    m_document->disconnect(this);
}

// One arrangement for every worksheet: the coder's last one, saved when a worksheet closes.
void WorksheetView::restoreLayout()
{
    m_defaultSplit = !m_topSplitter->restoreState(topSplitterSetting.value());
    m_topSplitter->installEventFilter(this);
    connect(m_topSplitter, &QSplitter::splitterMoved, this, [this] { m_defaultSplit = false; });
    m_verticalSplitter->restoreState(verticalSplitterSetting.value());
    m_table->horizontalHeader()->restoreState(lineColumnsSetting.value());
}

// Until the coder arranges it, the diagnoses take at most 240 pixels and less in a narrow window
// (1366x768 at 150 %), so the claim lines keep the room for their most used columns. Done on the
// splitter's own resize, with its new width: the view's resize comes before its layout has
// resized the splitter, and a stale width squeezed the diagnoses in a wide window.
bool WorksheetView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_topSplitter && event->type() == QEvent::Resize && m_defaultSplit) {
        const int total = static_cast<QResizeEvent *>(event)->size().width() - m_topSplitter->handleWidth();
        const int diagnoses = std::clamp(total * 3 / 10, std::min(160, total / 2), 240);
        m_topSplitter->setSizes({diagnoses, total - diagnoses});
    }
    return QWidget::eventFilter(watched, event);
}

void WorksheetView::saveLayout() const
{
    topSplitterSetting.setValue(m_topSplitter->saveState());
    verticalSplitterSetting.setValue(m_verticalSplitter->saveState());
    lineColumnsSetting.setValue(m_table->horizontalHeader()->saveState());
}

void WorksheetView::createLinesTable(const WorksheetServices &services)
{
    m_table = new ClaimLinesTable(this);
    m_linesModel = new ClaimLineTableModel(m_document->worksheet(), this);
    m_linesModel->setEditHandler([this](int row, LineField field, const QVariant &value) {
        if (m_document->isReadOnly())
            return false;
        m_document->setLineField(row, field, value);
        return true;
    });
    m_table->setModel(m_linesModel);
    m_table->setItemDelegate(new CellDelegate(m_table));
    auto *codeDelegate = new CompletingDelegate(services.codeEntries, m_table);
    m_table->setItemDelegateForColumn(int(ClaimLineColumn::Code), codeDelegate);
    auto *modifierDelegate = new CompletingDelegate(services.modifierEntries, m_table);
    for (auto column : {ClaimLineColumn::Modifier1, ClaimLineColumn::Modifier2, ClaimLineColumn::Modifier3,
                        ClaimLineColumn::Modifier4})
        m_table->setItemDelegateForColumn(int(column), modifierDelegate);
    m_table->setItemDelegateForColumn(int(ClaimLineColumn::PlaceOfService),
                                      new CompletingDelegate(services.placeOfServiceEntries, m_table));
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setTextElideMode(Qt::ElideRight);
    m_table->sizeColumnsForValues();
    m_table->arrangeColumnsByUse();

    connect(m_table, &ClaimLinesTable::addLineRequested, this, &WorksheetView::addLineAfter);
    connect(m_table, &ClaimLinesTable::duplicateLineRequested, m_document, [this](int row) {
        m_document->duplicateLine(row);
        m_table->setCurrentIndex(m_linesModel->index(row + 1, m_table->currentIndex().column()));
    });
    connect(m_table, &ClaimLinesTable::removeLineRequested, m_document, [this](int row) {
        const int column = m_table->currentIndex().column();
        m_document->removeLine(row);
        const int count = m_linesModel->rowCount();
        if (count > 0)
            m_table->setCurrentIndex(m_linesModel->index(qMin(row, count - 1), column));
    });
    connect(m_table, &ClaimLinesTable::moveLineRequested, m_document, [this](int row, int to) {
        const int column = m_table->currentIndex().column();
        m_document->moveLine(row, to);
        m_table->setCurrentIndex(m_linesModel->index(to, column));
    });
    connect(m_table, &ClaimLinesTable::codeDropped, this,
            [this](const QString &code, int row) { addCodeLine(code, row); });
}

QWidget *WorksheetView::createDiagnosisPanel()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("D&iagnoses (A is primary; drag to reorder)"), panel);
    title->setWordWrap(true); // a narrow panel wraps it rather than taking the lines' room
    layout->addWidget(title);

    m_diagnosisList = new QListView(panel);
    m_diagnosisList->setObjectName(u"diagnosisList"_s);
    m_diagnosisList->setAccessibleName(tr("Diagnoses"));
    m_diagnosisList->setModel(m_diagnosisModel);
    m_diagnosisList->setDragDropMode(QAbstractItemView::InternalMove);
    m_diagnosisList->setDefaultDropAction(Qt::MoveAction);
    m_diagnosisList->setDragEnabled(true);
    m_diagnosisList->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_diagnosisList->setWordWrap(true);
    layout->addWidget(m_diagnosisList, 1);

    auto *moveUp = new QAction(tr("Move Diagnosis Up"), m_diagnosisList);
    moveUp->setShortcut(Qt::ALT | Qt::Key_Up);
    moveUp->setShortcutContext(Qt::WidgetShortcut);
    connect(moveUp, &QAction::triggered, this, [this] { moveCurrentDiagnosis(-1); });
    auto *moveDown = new QAction(tr("Move Diagnosis Down"), m_diagnosisList);
    moveDown->setShortcut(Qt::ALT | Qt::Key_Down);
    moveDown->setShortcutContext(Qt::WidgetShortcut);
    connect(moveDown, &QAction::triggered, this, [this] { moveCurrentDiagnosis(+1); });
    auto *remove = new QAction(tr("Remove Diagnosis"), m_diagnosisList);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, [this] {
        const QModelIndex current = m_diagnosisList->currentIndex();
        if (current.isValid())
            m_document->removeDiagnosis(current.row());
    });
    m_diagnosisList->addActions({moveUp, moveDown, remove});
    m_diagnosisList->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_diagnosisField = new QLineEdit(panel);
    m_diagnosisField->setObjectName(u"addDiagnosisField"_s);
    m_diagnosisField->setPlaceholderText(tr("Add diagnosis: code or words, Enter"));
    m_diagnosisField->setAccessibleName(tr("Add diagnosis"));
    m_diagnosisCompletions = new QStringListModel(this);
    auto *completer = new QCompleter(m_diagnosisCompletions, m_diagnosisField);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer->setMaxVisibleItems(12);
    m_diagnosisField->setCompleter(completer);
    CompletionPopup::install(completer, m_diagnosisField, &CompletingDelegate::leadingCode);
    connect(m_diagnosisField, &QLineEdit::textEdited, this, &WorksheetView::updateDiagnosisCompletions);
    connect(m_diagnosisField, &QLineEdit::returnPressed, this, &WorksheetView::addDiagnosisFromField);
    layout->addWidget(m_diagnosisField);
    title->setBuddy(m_diagnosisField);
    return panel;
}

void WorksheetView::updateDiagnosisCompletions(const QString &text)
{
    if (!m_searchDiagnoses || text.trimmed().size() < 2) {
        m_diagnosisCompletions->setStringList({});
        return;
    }
    m_diagnosisCompletions->setStringList(m_searchDiagnoses(text));
}

void WorksheetView::addDiagnosisFromField()
{
    const QString code = CompletingDelegate::leadingCode(m_diagnosisField->text());
    if (code.isEmpty())
        return;
    m_document->insertDiagnosis(int(m_document->worksheet()->diagnoses().size()), code);
    m_diagnosisField->clear();
    m_diagnosisCompletions->setStringList({}); // the next code starts from nothing
}

void WorksheetView::moveCurrentDiagnosis(int delta)
{
    const QModelIndex current = m_diagnosisList->currentIndex();
    if (!current.isValid())
        return;
    const int to = current.row() + delta;
    if (to < 0 || to >= m_diagnosisModel->rowCount())
        return;
    m_document->moveDiagnosis(current.row(), to);
    m_diagnosisList->setCurrentIndex(m_diagnosisModel->index(to));
}

void WorksheetView::addLineAfter(int row)
{
    if (m_document->isReadOnly())
        return;
    const int at = row < 0 ? m_linesModel->rowCount() : row + 1;
    ClaimLine line;
    if (!m_document->worksheet()->diagnoses().isEmpty())
        line.pointers = {0};
    m_document->insertLine(at, line);
    m_table->editCell(at, int(ClaimLineColumn::Code));
}

void WorksheetView::addCodeLine(const QString &code, int row)
{
    if (m_document->isReadOnly())
        return;
    const int at = row < 0 || row > m_linesModel->rowCount() ? m_linesModel->rowCount() : row;
    ClaimLine line;
    line.code = code.trimmed().toUpper();
    if (!m_document->worksheet()->diagnoses().isEmpty())
        line.pointers = {0};
    m_document->insertLine(at, line);
    m_table->setCurrentIndex(m_linesModel->index(at, int(ClaimLineColumn::Code)));
}

void WorksheetView::goToFinding(int line, const QString &field)
{
    if (line < 0) {
        if (field == u"diagnoses"_s) {
            m_diagnosisList->setFocus();
            return;
        }
        m_header->setFocus();
        return;
    }
    ClaimLineColumn column = ClaimLineTableModel::columnForField(field);
    if (column == ClaimLineColumn::Count)
        column = ClaimLineColumn::Code;
    const QModelIndex index = m_linesModel->index(line, int(column));
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    m_table->setFocus();
}

void WorksheetView::findingsChanged()
{
    m_linesModel->setFindings(m_document->findings());
    m_findings->setFindings(m_document->findings());
    const Worksheet *worksheet = m_document->worksheet();
    const int lines = worksheet->lineCount();
    const int errors = m_findings->errorCount();
    const int warnings = m_findings->warningCount();
    m_summary->setText(tr("%1 · total charge %2 · %3, %4")
                           .arg(lines == 1 ? tr("1 line") : tr("%1 lines").arg(lines),
                                worksheet->content().totalCharge().toString(),
                                errors == 1 ? tr("1 error") : tr("%1 errors").arg(errors),
                                warnings == 1 ? tr("1 warning") : tr("%1 warnings").arg(warnings)));
}

void WorksheetView::readOnlyChanged(bool readOnly)
{
    m_readOnlyBanner->setVisible(readOnly);
    m_readOnlyBanner->setText(m_document->readOnlyReason());
    m_header->setReadOnly(readOnly);
    m_diagnosisField->setEnabled(!readOnly);
    m_table->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                      : QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                                            QAbstractItemView::EditKeyPressed);
}

} // namespace codedesk::ui
