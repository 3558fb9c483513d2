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
#include <QListWidget>
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
        filters->addWidget(box, i / 2, i % 2);
        m_facetBoxes << box;
    }
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

    m_codeSetHits = new QListWidget(this);
    m_codeSetHits->setObjectName(u"codeSetHits"_s);
    m_codeSetHits->setAccessibleName(tr("Code set entries"));
    m_codeSetHits->setUniformItemSizes(true);
    m_codeSetHits->hide();
    layout->addWidget(m_codeSetHits, 2);
    connect(m_codeSetHits, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT codeSetHitActivated(item->data(Qt::UserRole).toString(), item->data(Qt::UserRole + 1).toString());
    });

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

void CodeBrowser::updateCodeSetHits(const QString &query)
{
    m_codeSetHits->clear();
    if (!m_codeSetSearch || query.size() < 2) {
        m_codeSetHits->hide();
        return;
    }
    const QList<SearchHit> hits = m_codeSetSearch(query);
    for (const SearchHit &hit : hits.mid(0, codeSetHitLimit)) {
        const QString label = hit.kind == u"icd10cm"_s ? u"ICD-10-CM"_s : u"HCPCS"_s;
        auto *item = new QListWidgetItem(u"%1  %2  (%3)"_s.arg(hit.code, hit.title, label), m_codeSetHits);
        item->setData(Qt::UserRole, hit.kind);
        item->setData(Qt::UserRole + 1, hit.code);
        item->setToolTip(hit.title);
    }
    m_codeSetHits->setVisible(!hits.isEmpty());
}

void CodeBrowser::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? tr("%1 codes").arg(total) : tr("%1 of %2 codes").arg(shown).arg(total));
}

bool CodeBrowser::eventFilter(QObject *watched, QEvent *event)
{
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
            if (m_list->currentIndex().isValid())
                Q_EMIT codeActivated(currentCode());
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
