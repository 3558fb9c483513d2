#pragma once

#include "browser/ProcedureFilterProxyModel.h"
#include "browser/SearchHitsModel.h"
#include "catalog/SearchHit.h"

#include <QFutureWatcher>
#include <QHash>
#include <QTimer>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeView;
class QListView;

namespace codedesk {
class Catalog;
class ProcedureListModel;
} // namespace codedesk

namespace codedesk::ui {

// The left pane: search as you type over the catalog, facet filters, the code list, and the
// code-set entries that match the same search. Up/Down in the search field move in the list,
// Enter opens, Escape clears.
class CodeBrowser final : public QWidget
{
    Q_OBJECT

public:
    using CodeSetSearch = SearchHitsModel::Search;

    CodeBrowser(Catalog *catalog, QWidget *parent = nullptr);
    ~CodeBrowser() override;

    void setCodeSetSearch(CodeSetSearch search);
    QListView *hitList() const { return m_codeSetHits; }
    SearchHitsModel *hitsModel() const { return m_hitsModel; }
    QComboBox *kindFilter() const { return m_kindFilter; }
    QLabel *hitCountLabel() const { return m_hitCount; }
    QLabel *codeSetProblemLabel() const { return m_codeSetProblem; }

    QLineEdit *searchField() const { return m_search; }
    QTreeView *codeList() const { return m_list; }
    ProcedureFilterProxyModel *proxy() const { return m_proxy; }
    QComboBox *facetBox(ProcedureFilterProxyModel::Facet facet) const;

    QString currentCode() const;
    bool selectCode(const QString &code);
    void focusSearch();
    void refreshFacets();
    void clearFilters(); // every facet back to "any"

    // Blocks until the running full-text search (if any) is done; for tests and benchmarks.
    void waitForSearch();

    // How long typing must pause before the detail page follows a selection that the filter
    // moved, and before the search is remembered.
    static constexpr int settleDelayMs = 150;

Q_SIGNALS:
    // A code chosen in the list; while the coder types, only once typing settles.
    void codeSelected(const QString &code);
    void codeActivated(const QString &code);
    void codeSetHitActivated(const QString &kind, const QString &code);
    void searchChanged(const QString &query); // once typing settles

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void queryEdited(const QString &text);
    void fullTextSearchFinished();
    void updateCodeSetHits(const QString &query);
    void updateCount();
    void updateHitCount();
    void restoreState();
    void saveState() const;
    void currentChanged();
    void settled();

    Catalog *m_catalog;
    ProcedureListModel *m_model = nullptr;
    ProcedureFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QTreeView *m_list = nullptr;
    QLabel *m_count = nullptr;
    QListView *m_codeSetHits = nullptr;
    SearchHitsModel *m_hitsModel = nullptr;
    QComboBox *m_kindFilter = nullptr;
    QLabel *m_hitCount = nullptr;
    QLabel *m_codeSetProblem = nullptr;
    QList<QComboBox *> m_facetBoxes;
    // Full-text scores by upper-case code, made on the worker: the GUI thread never copies or
    // frees the hits themselves.
    QFutureWatcher<QHash<QString, double>> m_watcher;
    quint64 m_generation = 0;
    quint64 m_watcherGeneration = 0;
    QTimer m_settleTimer;
    bool m_filtering = false; // the list's current row moves because the filter changed
    bool m_selectionPending = false;
    bool m_searchPending = false;
};

} // namespace codedesk::ui
