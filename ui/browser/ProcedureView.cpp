#include "browser/ProcedureView.h"

#include "browser/ModifierTableModel.h"
#include "browser/PageZoom.h"
#include "browser/SeverityStyle.h"
#include "browser/TextBlock.h"
#include "catalog/CodeShape.h"
#include "library/FeeScheduleJson.h"
#include "reference/PfsIndicatorMeanings.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace codedesk::ui {

namespace {

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

// Fixed words of the page (headings, fact names): no wrapping, nothing to select. A wrapping,
// selectable label lays its text out for every width the page layout asks about.
QLabel *captionLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    return label;
}

// Shows every row of a table without its own scroll bar: the page scrolls instead.
void fitTableHeight(QTableView *table)
{
    table->resizeRowsToContents();
    int height = table->horizontalHeader()->height() + 2 * table->frameWidth();
    for (int row = 0; row < table->model()->rowCount(); ++row)
        height += table->rowHeight(row);
    if (table->horizontalScrollBar()->isVisible())
        height += table->horizontalScrollBar()->height();
    table->setFixedHeight(height);
}

QTableView *makeTable(QWidget *parent, const QString &objectName)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setHighlightSections(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return table;
}

} // namespace

ProcedureView::ProcedureView(QWidget *parent)
    : QScrollArea(parent)
{
    setObjectName(u"procedureView"_s);
    setAccessibleName(tr("Procedure reference page"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    // A page is nearly always taller than the window; a scroll bar that came and went would
    // narrow the page and lay all its text out again.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_modifierModel = new ModifierTableModel(this);
    m_zoom = new PageZoom(this);
    connect(m_zoom, &PageZoom::changed, this, &ProcedureView::rebuildAtZoom);
}

ProcedureView::~ProcedureView() = default;

bool ProcedureView::eventFilter(QObject *watched, QEvent *event)
{
    if (m_modifierTable && watched == m_modifierTable->viewport() && event->type() == QEvent::Wheel) {
        QCoreApplication::sendEvent(viewport(), event);
        return true;
    }
    if (m_modifierTable && watched == m_modifierTable && event->type() == QEvent::Resize) {
        auto *resize = static_cast<QResizeEvent *>(event);
        if (resize->size().width() != resize->oldSize().width())
            fitTableHeight(m_modifierTable);
    }
    return QScrollArea::eventFilter(watched, event);
}

void ProcedureView::setProcedure(const Procedure &procedure, const QList<MedicareIndicatorRow> &medicare,
                                 const QString &medicareLabel)
{
    m_code = procedure.code;
    m_content = PageContent{procedure, medicare, medicareLabel};
    // Laying a page out is most of its cost, and a hidden view does not have its real width yet
    // (at start-up the window is not shown): the page is built when it is shown.
    m_pending = !isVisible();
    if (!m_pending)
        rebuild();
}

void ProcedureView::showEvent(QShowEvent *event)
{
    QScrollArea::showEvent(event);
    // Once the window around it has settled its geometry (several resizes while it is shown).
    if (m_pending)
        QMetaObject::invokeMethod(this, &ProcedureView::buildPending, Qt::QueuedConnection);
}

void ProcedureView::buildPending()
{
    if (!m_pending || !isVisible())
        return;
    m_pending = false;
    rebuild();
}

void ProcedureView::wheelEvent(QWheelEvent *event)
{
    if (!m_zoom->zoomByWheel(event))
        QScrollArea::wheelEvent(event);
}

// The page again in the new size, at the same place in it.
void ProcedureView::rebuildAtZoom()
{
    if (!m_content)
        return;
    if (!isVisible()) {
        m_pending = true;
        return;
    }
    QScrollBar *bar = verticalScrollBar();
    const double place = bar->maximum() > 0 ? double(bar->value()) / bar->maximum() : 0.0;
    rebuild();
    QMetaObject::invokeMethod(
        this, [bar, place] { bar->setValue(int(place * bar->maximum())); }, Qt::QueuedConnection);
}

void ProcedureView::setHighlightTerms(const QStringList &terms)
{
    m_terms = terms;
    for (TextBlock *block : std::as_const(m_textBlocks))
        block->setHighlightTerms(terms);
}

void ProcedureView::rebuild()
{
    const Procedure &procedure = m_content->procedure;
    const QList<MedicareIndicatorRow> &medicare = m_content->medicare;
    const QString &medicareLabel = m_content->medicareLabel;
    m_textBlocks.clear();
    m_modifierTable = nullptr;
    m_page = new QWidget;
    m_page->setObjectName(u"procedurePage"_s);
    // Every font on the page derives from the page's: the zoom is one size change here.
    QFont base = font();
    if (base.pointSizeF() > 0)
        base.setPointSizeF(std::max(4.0, base.pointSizeF() + m_zoom->steps()));
    else
        base.setPixelSize(std::max(6, base.pixelSize() + m_zoom->steps()));
    m_page->setFont(base);
    m_layout = new QVBoxLayout(m_page);
    m_layout->setContentsMargins(18, 14, 18, 18);
    m_layout->setSpacing(6);

    addHeader(procedure);
    addFacts(procedure);
    addHeading(tr("Summary"), u"summaryHeading"_s);
    if (procedure.summary.isEmpty())
        addMissing(tr("The report has no summary."));
    else
        addText(procedure.summary.join(u"\n\n"_s), u"summaryText"_s);
    if (!procedure.missingDataNotes.isEmpty()) {
        for (const QString &note : procedure.missingDataNotes)
            addMissing(note);
    }
    addHeading(tr("Billing code overview"), u"billingHeading"_s);
    if (procedure.billingOverview.isEmpty())
        addMissing(tr("The report has no billing code overview."));
    else
        addText(procedure.billingOverview, u"billingText"_s);
    addHeading(tr("Clinical context"), u"clinicalHeading"_s);
    if (procedure.clinicalContext.isEmpty())
        addMissing(tr("The report has no clinical context."));
    else
        addText(procedure.clinicalContext, u"clinicalText"_s);
    addModifierTable(procedure);
    addMedicare(procedure.code, medicare, medicareLabel);
    for (const Section &section : procedure.sections) {
        addHeading(section.title, u"sectionHeading"_s);
        addText(section.text, u"sectionText"_s);
    }
    addDiagnostics(procedure.diagnostics);
    m_layout->addStretch(1);

    setWidget(m_page); // deletes the previous page
    setHighlightTerms(m_terms);
    verticalScrollBar()->setValue(0);
}

void ProcedureView::addHeader(const Procedure &procedure)
{
    auto *row = new QHBoxLayout;
    auto *code = plainLabel(procedure.code, m_page);
    code->setObjectName(u"codeLabel"_s);
    code->setWordWrap(false);
    QFont codeFont = code->font();
    codeFont.setPointSizeF(codeFont.pointSizeF() * 1.9);
    codeFont.setBold(true);
    code->setFont(codeFont);
    row->addWidget(code);

    auto *system = captionLabel(codeSystemName(procedure.codeSystem) + u"  ·  "_s
                                    + (procedure.source.origin == Origin::Imported ? tr("imported") : tr("bundled")),
                                m_page);
    system->setObjectName(u"codeSystemLabel"_s);
    system->setForegroundRole(QPalette::PlaceholderText);
    row->addWidget(system, 0, Qt::AlignBottom);
    row->addStretch(1);
    auto *add = new QPushButton(tr("Add to Worksheet"), m_page);
    add->setObjectName(u"addToWorksheetButton"_s);
    add->setToolTip(tr("Add a claim line for this code to the current worksheet (Ctrl+Shift+A)"));
    const QString codeText = procedure.code;
    connect(add, &QPushButton::clicked, this, [this, codeText] { Q_EMIT addToWorksheetRequested(codeText); });
    row->addWidget(add, 0, Qt::AlignVCenter);
    m_layout->addLayout(row);

    auto *title = plainLabel(procedure.title.isEmpty() ? tr("(the report gives no title)") : procedure.title, m_page);
    title->setObjectName(u"titleLabel"_s);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    title->setFont(titleFont);
    m_layout->addWidget(title);
}

void ProcedureView::addFacts(const Procedure &procedure)
{
    auto *form = new QFormLayout;
    form->setContentsMargins(0, 8, 0, 4);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto addFact = [&](const QString &name, const QString &value, const QString &objectName) {
        auto *label = plainLabel(value.isEmpty() ? tr("Not in the report") : value, m_page);
        label->setObjectName(objectName);
        if (value.isEmpty())
            label->setEnabled(false);
        auto *key = captionLabel(name, m_page);
        key->setForegroundRole(QPalette::PlaceholderText);
        form->addRow(key, label);
    };
    addFact(tr("Service type"), procedure.serviceType, u"serviceTypeLabel"_s);
    addFact(tr("Typical site of service"), procedure.siteOfService, u"siteLabel"_s);
    addFact(tr("Payers"), procedure.payers.join(u", "_s), u"payersLabel"_s);
    addFact(tr("Source"),
            u"%1 · SHA-256 %2 · %3 bytes"_s.arg(procedure.source.file, procedure.source.sha256.left(12))
                .arg(procedure.source.bytes),
            u"sourceLabel"_s);
    m_layout->addLayout(form);
}

void ProcedureView::addHeading(const QString &text, const QString &objectName)
{
    // The report's own section titles may be long and wrap; CodeDesk's headings are short.
    const bool fromReport = objectName == u"sectionHeading"_s;
    auto *heading = fromReport ? plainLabel(text, m_page) : captionLabel(text, m_page);
    heading->setObjectName(objectName);
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.12);
    heading->setFont(font);
    heading->setContentsMargins(0, 10, 0, 0);
    m_layout->addWidget(heading);
}

TextBlock *ProcedureView::addText(const QString &text, const QString &objectName)
{
    auto *block = new TextBlock(m_page);
    block->setObjectName(objectName);
    block->setPlainContent(text);
    m_layout->addWidget(block);
    m_textBlocks << block;
    return block;
}

void ProcedureView::addMissing(const QString &text)
{
    auto *label = plainLabel(tr("Missing data: %1").arg(text), m_page);
    label->setObjectName(u"missingDataLabel"_s);
    label->setEnabled(false);
    m_layout->addWidget(label);
}

void ProcedureView::addModifierTable(const Procedure &procedure)
{
    addHeading(tr("Modifiers (%1 rows in the report)").arg(procedure.modifiers.size()), u"modifiersHeading"_s);
    if (procedure.modifiers.isEmpty()) {
        addMissing(tr("The report lists no modifiers."));
        return;
    }
    m_modifierModel->setRows(procedure.modifiers);
    auto *proxy = new QSortFilterProxyModel(m_page);
    proxy->setSourceModel(m_modifierModel);
    proxy->setSortRole(ModifierTableModel::SortRole);
    m_modifierTable = makeTable(m_page, u"modifierTable"_s);
    m_modifierTable->setAccessibleName(tr("Modifier table"));
    m_modifierTable->setModel(proxy);
    m_modifierTable->setSortingEnabled(true);
    m_modifierTable->sortByColumn(ModifierTableModel::LineColumn, Qt::AscendingOrder);
    m_modifierTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    QHeaderView *header = m_modifierTable->horizontalHeader();
    header->setSectionResizeMode(ModifierTableModel::ModifierColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ModifierTableModel::DescriptionColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ModifierTableModel::WhenToUseColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ModifierTableModel::FindingsColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ModifierTableModel::LineColumn, QHeaderView::ResizeToContents);
    auto *copy = new QAction(tr("Copy Rows"), m_modifierTable);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &ProcedureView::copySelectedModifierRows);
    m_modifierTable->addAction(copy);
    m_modifierTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_layout->addWidget(m_modifierTable);
    fitTableHeight(m_modifierTable);
    connect(header, &QHeaderView::sectionResized, m_modifierTable, [table = m_modifierTable] { fitTableHeight(table); });
    // The table has no scroll bar of its own: the wheel scrolls the page, and its rows are
    // measured again once it has its real width (measured before layout they wrap every word).
    m_modifierTable->viewport()->installEventFilter(this);
    m_modifierTable->installEventFilter(this);
}

void ProcedureView::copySelectedModifierRows() const
{
    if (!m_modifierTable)
        return;
    QList<int> rows;
    const auto *proxy = static_cast<const QSortFilterProxyModel *>(m_modifierTable->model());
    for (const QModelIndex &index : m_modifierTable->selectionModel()->selectedRows())
        rows << proxy->mapToSource(index).row();
    std::sort(rows.begin(), rows.end());
    QGuiApplication::clipboard()->setText(m_modifierModel->rowsAsText(rows));
}

void ProcedureView::addMedicare(const QString &code, const QList<MedicareIndicatorRow> &rows, const QString &label)
{
    addHeading(tr("Medicare indicators"), u"medicareHeading"_s);
    if (rows.isEmpty()) {
        addMissing(tr("No Medicare indicators on file (%1) for %2.").arg(label, code));
        return;
    }
    const QStringList headers{tr("Row"),      tr("Status"),  tr("Work RVU"), tr("Facility total"),
                              tr("Non-facility total"), tr("Global"), tr("PC/TC"),   tr("Mult"),
                              tr("Bilat"),    tr("Asst"),    tr("Co-surg"),  tr("Team"),
                              tr("Facility payment"), tr("Non-facility payment")};
    auto *model = new QStandardItemModel(0, int(headers.size()), m_page);
    model->setHorizontalHeaderLabels(headers);
    auto number = [](int value) { return value < 0 ? u"?"_s : QString::number(value); };
    QStringList legend; // the global row's values in words: no bare indicator numbers
    for (const MedicareIndicatorRow &row : rows) {
        const QStringList cells{row.modifier.isEmpty() ? tr("global") : u"-"_s + row.modifier,
                                row.status,
                                row.workRvu,
                                row.facilityTotal,
                                row.nonFacilityTotal,
                                row.globalDays,
                                number(row.pcTc),
                                number(row.multipleProcedure),
                                number(row.bilateral),
                                number(row.assistant),
                                number(row.coSurgeon),
                                number(row.team)};
        // Each indicator says what it means: the value in the cell, the words beside it.
        const PfsIndicatorMeanings &meanings = PfsIndicatorMeanings::bundled();
        const QStringList meaningOf{
            {},
            meanings.meaning(u"status"_s, row.status),
            {},
            {},
            {},
            meanings.meaning(u"globalDays"_s, row.globalDays),
            meanings.meaning(u"pcTc"_s, number(row.pcTc)),
            meanings.meaning(u"multipleProcedure"_s, number(row.multipleProcedure)),
            meanings.meaning(u"bilateral"_s, number(row.bilateral)),
            meanings.meaning(u"assistant"_s, number(row.assistant)),
            meanings.meaning(u"coSurgeon"_s, number(row.coSurgeon)),
            meanings.meaning(u"team"_s, number(row.team))};
        const auto money = [](const QJsonValue &value) {
            return value.isDouble() ? u"$"_s + QString::number(value.toDouble(), 'f', 2) : tr("NA");
        };
        QList<QStandardItem *> items;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const QString meaning = meaningOf.value(i);
            auto *item = new QStandardItem(cells.at(i));
            item->setToolTip((meaning.isEmpty() ? QString() : headers.value(i) + u" "_s + cells.at(i) + u": "_s +
                                                                  meaning + u"\n"_s) +
                             u"%1 (%2)"_s.arg(row.source, row.sourceDate));
            items << item;
            if (!meaning.isEmpty() && &row == &rows.constFirst())
                legend << headers.value(i) + u" "_s + cells.at(i) + u": "_s + meaning;
        }
        items << new QStandardItem(money(FeeScheduleJson::payment(row.facilityTotal, row.conversionFactor)));
        items << new QStandardItem(money(FeeScheduleJson::payment(row.nonFacilityTotal, row.conversionFactor)));
        model->appendRow(items);
    }
    auto *table = makeTable(m_page, u"medicareTable"_s);
    table->setModel(model);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_layout->addWidget(table);
    fitTableHeight(table);
    addText(legend.join(u'\n'), u"medicareMeanings"_s);
    const MedicareIndicatorRow &first = rows.constFirst();
    auto *source = plainLabel(tr("Source: %1, %2. Conversion factor %3.")
                                  .arg(first.source, first.sourceDate, first.conversionFactor),
                              m_page);
    source->setObjectName(u"medicareSourceLabel"_s);
    source->setForegroundRole(QPalette::PlaceholderText);
    m_layout->addWidget(source);
}

void ProcedureView::addDiagnostics(const QList<Diagnostic> &diagnostics)
{
    addHeading(tr("About this report"), u"diagnosticsHeading"_s);
    if (diagnostics.isEmpty()) {
        m_layout->addWidget(plainLabel(tr("The report parsed without problems."), m_page));
        return;
    }
    for (const Diagnostic &diagnostic : diagnostics) {
        auto *row = new QHBoxLayout;
        auto *icon = new QLabel(m_page);
        icon->setTextFormat(Qt::PlainText);
        icon->setPixmap(severityIcon(diagnostic.severity).pixmap(16, 16));
        row->addWidget(icon, 0, Qt::AlignTop);
        auto *text = plainLabel(tr("Line %1: %2").arg(diagnostic.line).arg(diagnostic.message), m_page);
        text->setObjectName(u"diagnosticLabel"_s);
        row->addWidget(text, 1);
        m_layout->addLayout(row);
    }
}

} // namespace codedesk::ui
