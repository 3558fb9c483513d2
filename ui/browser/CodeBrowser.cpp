#include "browser/CodeBrowser.h"

#include "catalog/Catalog.h"
#include "catalog/ProcedureListModel.h"
#include "catalog/ProcedureRoles.h"
#include "Setting.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QHBoxLayout>
#include <QListView>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QtConcurrent>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace codedesk::ui {

namespace {

using Facet = ProcedureFilterProxyModel::Facet;

const Setting<QString> searchSetting{u"browser/search"_s};
const Setting<QString> selectedCodeSetting{u"browser/selectedCode"_s};
const Setting<QStringList> facetSetting{u"browser/facets"_s};

constexpr int codeSetHitLimit = 30;

struct FacetSpec
{
    Facet facet;
    const char *any;
    const char *objectName;
};

const std::array<FacetSpec, 5> facetSpecs{{
    {Facet::Approach, QT_TRANSLATE_NOOP("codedesk::ui::CodeBrowser", "Any approach"), "approachFilter"},
    {Facet::Energy, QT_TRANSLATE_NOOP("codedesk::ui::CodeBrowser", "Any energy"), "energyFilter"},
    {Facet::Organ, QT_TRANSLATE_NOOP("codedesk::ui::CodeBrowser", "Any organ"), "organFilter"},
    {Facet::Site, QT_TRANSLATE_NOOP("codedesk::ui::CodeBrowser", "Any site of service"), "siteFilter"},
    {Facet::Payer, QT_TRANSLATE_NOOP("codedesk::ui::CodeBrowser", "Any payer"), "payerFilter"},
}};

} // namespace

CodeBrowser::CodeBrowser(Catalog *catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
{
    setObjectName(u"codeBrowser"_s);
    m_model = new ProcedureListModel(catalog, this);
    m_proxy = new ProcedureFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 6);
    layout->setSpacing(4);

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"searchField"_s);
    m_search->setPlaceholderText(tr("Search codes, titles and text (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    m_search->installEventFilter(this);
    layout->addWidget(m_search);

    auto *filters = new QGridLayout;
    filters->setSpacing(4);
    for (int i = 0; i < int(facetSpecs.size()); ++i) {
        const FacetSpec &spec = facetSpecs.at(size_t(i));
        auto *box = new QComboBox(this);
        box->setObjectName(QString::fromLatin1(spec.objectName));
        box->setAccessibleName(tr(spec.any));
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
        connect(box, &QComboBox::currentIndexChanged, this, [this, box, facet = spec.facet] {
            m_proxy->setFacet(facet, box->currentIndex() <= 0 ? QString() : box->currentText());
            updateCount();
            saveState();
        });
        // A filter changes only on purpose: not by the wheel passing over it, nor by PageUp/PageDown.
        box->setFocusPolicy(Qt::StrongFocus);
        box->installEventFilter(this);
        filters->addWidget(box, i / 2, i % 2);
        m_facetBoxes << box;
    }
    auto *clear = new QPushButton(tr("Clear filters"), this);
    clear->setObjectName(u"clearFiltersButton"_s);
    clear->setToolTip(tr("Show every code again: reset the approach, energy, organ, site and payer filters"));
    connect(clear, &QPushButton::clicked, this, &CodeBrowser::clearFilters);
    filters->addWidget(clear, int(facetSpecs.size()) / 2, int(facetSpecs.size()) % 2);
    layout->addLayout(filters);

    // A one-column tree view, not a list view: its column follows the pane's width and long
    // titles are elided instead of scrolling sideways.
    m_list = new QTreeView(this);
    m_list->setObjectName(u"codeList"_s);
    m_list->setAccessibleName(tr("Procedure codes"));
    m_list->setUniformRowHeights(true);
    m_list->setRootIsDecorated(false);
    m_list->setItemsExpandable(false);
    m_list->setHeaderHidden(true);
    m_list->header()->setStretchLastSection(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setModel(m_proxy);
    m_list->setDragEnabled(true);
    m_list->setDragDropMode(QAbstractItemView::DragOnly);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setTextElideMode(Qt::ElideRight);
    layout->addWidget(m_list, 3);

    m_count = new QLabel(this);
    m_count->setObjectName(u"codeCountLabel"_s);
    m_count->setTextFormat(Qt::PlainText);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_count);

    // Every other kind of code: one list, fetched a page at a time as it scrolls.
    auto *hitsHeader = new QHBoxLayout;
    m_kindFilter = new QComboBox(this);
    m_kindFilter->setObjectName(u"kindFilter"_s);
    m_kindFilter->setAccessibleName(tr("Kind of code"));
    m_kindFilter->setFocusPolicy(Qt::StrongFocus);
    m_kindFilter->installEventFilter(this);
    const QList<std::pair<QString, QString>> kinds{
        {tr("All code sets"), QString()},      {tr("ICD-10-CM"), u"icd10cm"_s}, {tr("HCPCS Level II"), u"hcpcs"_s},
        {tr("Modifiers"), u"modifier"_s},      {tr("Places of service"), u"pos"_s},
        {tr("Fee schedule only"), u"pfs"_s}};
    for (const auto &[label, kind] : kinds)
        m_kindFilter->addItem(label, kind);
    hitsHeader->addWidget(m_kindFilter);
    m_hitCount = new QLabel(this);
    m_hitCount->setObjectName(u"hitCountLabel"_s);
    m_hitCount->setTextFormat(Qt::PlainText);
    m_hitCount->setForegroundRole(QPalette::PlaceholderText);
    hitsHeader->addWidget(m_hitCount, 1);
    layout->addLayout(hitsHeader);
    // A search that cannot work (a damaged code set) says so above the empty list.
    m_codeSetProblem = new QLabel(this);
    m_codeSetProblem->setObjectName(u"codeSetProblemLabel"_s);
    m_codeSetProblem->setTextFormat(Qt::PlainText);
    m_codeSetProblem->setWordWrap(true);
    m_codeSetProblem->setMargin(6);
    m_codeSetProblem->setAutoFillBackground(true);
    m_codeSetProblem->setBackgroundRole(QPalette::ToolTipBase);
    m_codeSetProblem->setForegroundRole(QPalette::ToolTipText);
    m_codeSetProblem->hide();
    layout->addWidget(m_codeSetProblem);
    m_hitsModel = new SearchHitsModel(this);
    m_codeSetHits = new QListView(this);
    m_codeSetHits->setObjectName(u"codeSetHits"_s);
    m_codeSetHits->setAccessibleName(tr("Code set entries"));
    m_codeSetHits->setUniformItemSizes(true);
    m_codeSetHits->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_codeSetHits->setModel(m_hitsModel);
    m_codeSetHits->hide();
    layout->addWidget(m_codeSetHits, 2);
    const auto activateHit = [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT codeSetHitActivated(index.data(SearchHitsModel::KindRole).toString(),
                                       index.data(SearchHitsModel::CodeRole).toString());
    };
    connect(m_codeSetHits, &QListView::activated, this, activateHit);
    connect(m_codeSetHits, &QListView::clicked, this, activateHit);
    connect(m_hitsModel, &SearchHitsModel::totalChanged, this, &CodeBrowser::updateHitCount);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this,
            [this] { updateCodeSetHits(m_search->text().trimmed()); });

    connect(m_search, &QLineEdit::textChanged, this, &CodeBrowser::queryEdited);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &CodeBrowser::currentChanged);
    m_settleTimer.setSingleShot(true);
    m_settleTimer.setInterval(settleDelayMs);
    connect(&m_settleTimer, &QTimer::timeout, this, &CodeBrowser::settled);
    connect(m_list, &QTreeView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT codeActivated(index.data(CodeRole).toString()); });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &CodeBrowser::fullTextSearchFinished);
    connect(catalog, &Catalog::aboutToChange, this, &CodeBrowser::waitForSearch);
    connect(catalog, &Catalog::changed, this, &CodeBrowser::refreshFacets);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CodeBrowser::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &CodeBrowser::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &CodeBrowser::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &CodeBrowser::updateCount);

    refreshFacets();
    restoreState();
    updateCount();
}

CodeBrowser::~CodeBrowser()
{
    waitForSearch();
    if (m_settleTimer.isActive())
        saveState();
}

void CodeBrowser::currentChanged()
{
    if (currentCode().isEmpty())
        return;
    if (m_filtering) {
        // Each keystroke may move the current row; rebuilding the detail page for every
        // intermediate match would slow typing down, so it follows once typing pauses.
        m_selectionPending = true;
    } else {
        m_selectionPending = false;
        Q_EMIT codeSelected(currentCode());
    }
    m_settleTimer.start();
}

void CodeBrowser::settled()
{
    if (m_searchPending) {
        m_searchPending = false;
        Q_EMIT searchChanged(m_proxy->query());
    }
    if (m_selectionPending) {
        m_selectionPending = false;
        if (!currentCode().isEmpty())
            Q_EMIT codeSelected(currentCode());
    }
    saveState();
}

QComboBox *CodeBrowser::facetBox(Facet facet) const
{
    for (size_t i = 0; i < facetSpecs.size(); ++i) {
        if (facetSpecs.at(i).facet == facet)
            return m_facetBoxes.at(qsizetype(i));
    }
    return nullptr;
}

void CodeBrowser::refreshFacets()
{
    for (size_t i = 0; i < facetSpecs.size(); ++i) {
        QComboBox *box = m_facetBoxes.at(qsizetype(i));
        const QString current = box->currentIndex() > 0 ? box->currentText() : QString();
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(tr(facetSpecs.at(i).any));
        box->addItems(m_proxy->facetValues(facetSpecs.at(i).facet));
        const int index = current.isEmpty() ? 0 : box->findText(current);
        box->setCurrentIndex(qMax(0, index));
        m_proxy->setFacet(facetSpecs.at(i).facet, index > 0 ? current : QString());
    }
    updateCount();
}

QString CodeBrowser::currentCode() const
{
    return m_list->currentIndex().data(CodeRole).toString();
}

bool CodeBrowser::selectCode(const QString &code)
{
    // Through the source row: a scan of the proxy would map every row on each keystroke.
    const int sourceRow = m_model->rowOf(code);
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
    return true;
}

void CodeBrowser::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CodeBrowser::queryEdited(const QString &text)
{
    const QScopedValueRollback filtering(m_filtering, true);
    const QString code = currentCode();
    m_proxy->setQuery(text);
    ++m_generation;
    const QString query = text.trimmed();
    if (!query.isEmpty() && !m_watcher.isRunning()) {
        m_watcherGeneration = m_generation;
        const Catalog *catalog = m_catalog;
        const int limit = int(catalog->size());
        m_watcher.setFuture(QtConcurrent::run([catalog, query, limit] {
            QHash<QString, double> scores;
            for (const SearchHit &hit : catalog->search(query, limit))
                scores.insert(hit.code.toUpper(), hit.score);
            return scores;
        }));
    }
    // A search still running for an older query is not waited for: when it finishes, the
    // newest query starts (intermediate keystrokes are skipped).
    updateCodeSetHits(query);
    if (!code.isEmpty() && !selectCode(code) && m_proxy->rowCount() > 0)
        m_list->setCurrentIndex(m_proxy->index(0, 0));
    updateCount();
    m_searchPending = true;
    m_settleTimer.start();
}

void CodeBrowser::fullTextSearchFinished()
{
    if (m_watcherGeneration != m_generation) {
        queryEdited(m_search->text()); // the query changed meanwhile: search the newest one
        return;
    }
    const QHash<QString, double> scores = m_watcher.result();
    const QScopedValueRollback filtering(m_filtering, true);
    const QString code = currentCode();
    m_proxy->setTextMatches(scores);
    if (!code.isEmpty())
        selectCode(code);
    else if (m_proxy->rowCount() > 0)
        m_list->setCurrentIndex(m_proxy->index(0, 0));
    updateCount();
}

void CodeBrowser::waitForSearch()
{
    m_watcher.waitForFinished();
}

void CodeBrowser::setCodeSetSearch(CodeSetSearch search)
{
    m_hitsModel->setSearch(std::move(search));
    updateCodeSetHits(m_search->text().trimmed());
}

void CodeBrowser::updateCodeSetHits(const QString &query)
{
    const QString kind = m_kindFilter->currentData().toString();
    // One character matches too much to be useful, except in a short list such as the modifiers.
    if (query.size() < 2 && kind != u"modifier" && kind != u"pos") {
        m_hitsModel->setQuery({}, {});
        m_codeSetHits->hide();
        m_hitCount->clear();
        m_codeSetProblem->hide();
        return;
    }
    m_hitsModel->setQuery(query, kind.isEmpty() ? QStringList() : QStringList{kind});
    m_codeSetHits->setVisible(m_hitsModel->rowCount() > 0 || !query.isEmpty());
}

void CodeBrowser::updateHitCount()
{
    const int total = m_hitsModel->total();
    if (m_hitsModel->isComplete())
        m_hitCount->setText(total == 1 ? tr("1 hit") : tr("%1 hits").arg(total));
    else
        m_hitCount->setText(tr("%1+ hits").arg(total)); // the list fetches more as it scrolls
    m_codeSetProblem->setText(m_hitsModel->problem());
    m_codeSetProblem->setVisible(!m_hitsModel->problem().isEmpty());
}

void CodeBrowser::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? tr("%1 codes").arg(total) : tr("%1 of %2 codes").arg(shown).arg(total));
}

void CodeBrowser::clearFilters()
{
    for (QComboBox *box : std::as_const(m_facetBoxes))
        box->setCurrentIndex(0);
}

bool CodeBrowser::eventFilter(QObject *watched, QEvent *event)
{
    if (auto *box = qobject_cast<QComboBox *>(watched); box && (m_facetBoxes.contains(box) || box == m_kindFilter)) {
        if (event->type() == QEvent::Wheel && !box->hasFocus())
            return true;
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_PageUp || key == Qt::Key_PageDown || key == Qt::Key_Home || key == Qt::Key_End)
                return true;
        }
    }
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown: {
            if (!m_list->currentIndex().isValid() && m_proxy->rowCount() > 0) {
                m_list->setCurrentIndex(m_proxy->index(0, 0));
                return true;
            }
            QKeyEvent forwarded(key->type(), key->key(), key->modifiers());
            QCoreApplication::sendEvent(m_list, &forwarded);
            return true;
        }
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_list->currentIndex().isValid()) {
                Q_EMIT codeActivated(currentCode());
            } else if (m_hitsModel->rowCount() > 0) {
                // No procedure matches: Enter opens the best code-set hit.
                const QModelIndex first = m_hitsModel->index(0, 0);
                Q_EMIT codeSetHitActivated(first.data(SearchHitsModel::KindRole).toString(),
                                           first.data(SearchHitsModel::CodeRole).toString());
            }
            return true;
        case Qt::Key_Escape:
            if (!m_search->text().isEmpty()) {
                m_search->clear();
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CodeBrowser::restoreState()
{
    const QStringList facets = facetSetting.value();
    for (int i = 0; i < m_facetBoxes.size() && i < facets.size(); ++i) {
        const int index = m_facetBoxes.at(i)->findText(facets.at(i));
        if (index > 0)
            m_facetBoxes.at(i)->setCurrentIndex(index);
    }
    const QString code = selectedCodeSetting.value();
    m_search->setText(searchSetting.value());
    if (!selectCode(code) && m_proxy->rowCount() > 0)
        m_list->setCurrentIndex(m_proxy->index(0, 0));
}

void CodeBrowser::saveState() const
{
    QStringList facets;
    for (QComboBox *box : m_facetBoxes)
        facets << (box->currentIndex() > 0 ? box->currentText() : QString());
    facetSetting.setValue(facets);
    searchSetting.setValue(m_search->text());
    if (!currentCode().isEmpty())
        selectedCodeSetting.setValue(currentCode());
}

} // namespace codedesk::ui
