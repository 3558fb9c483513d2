#pragma once

#include "catalog/SearchHit.h"

#include <QAbstractListModel>
#include <QStringList>

#include <functional>

namespace codedesk::ui {

// The code-set hits of the browser's search, a page at a time: the list asks for more as it
// scrolls (canFetchMore/fetchMore), so every hit can be reached, and the count says how many
// there are (or that there are more than it has seen).
class SearchHitsModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        KindRole = Qt::UserRole,
        CodeRole
    };

    struct Page
    {
        QList<SearchHit> hits;
        int total = 0;
        bool complete = true; // total counts every hit, not only those seen so far
        QString problem;      // why a search found nothing that should have (a damaged code set)
    };
    using Search = std::function<Page(const QString &query, const QStringList &kinds, int limit, int offset)>;

    explicit SearchHitsModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SearchHitsModel)

    void setSearch(Search search) { m_search = std::move(search); }
    void setQuery(const QString &query, const QStringList &kinds);
    int total() const { return m_total; }
    bool isComplete() const { return m_complete; }
    QString problem() const { return m_problem; } // the last query's

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static constexpr int pageSize = 50;

Q_SIGNALS:
    void totalChanged();

private:
    Search m_search;
    QString m_query;
    QStringList m_kinds;
    QList<SearchHit> m_hits;
    int m_total = 0;
    bool m_complete = true;
    QString m_problem;
};

} // namespace codedesk::ui
