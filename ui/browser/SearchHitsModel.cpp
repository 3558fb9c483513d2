#include "browser/SearchHitsModel.h"

#include "core/VisibleText.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace codedesk::ui {

namespace {

QString kindLabel(const QString &kind)
{
    if (kind == u"icd10cm")
        return u"ICD-10-CM"_s;
    if (kind == u"hcpcs")
        return u"HCPCS"_s;
    if (kind == u"modifier")
        return SearchHitsModel::tr("modifier");
    if (kind == u"pos")
        return SearchHitsModel::tr("place of service");
    if (kind == u"pfs")
        return SearchHitsModel::tr("fee schedule");
    return SearchHitsModel::tr("procedure");
}

} // namespace

SearchHitsModel::SearchHitsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void SearchHitsModel::setQuery(const QString &query, const QStringList &kinds)
{
    beginResetModel();
    m_query = query;
    m_kinds = kinds;
    m_hits.clear();
    m_total = 0;
    m_complete = true;
    m_problem.clear();
    if (m_search) {
        Page page = m_search(query, kinds, pageSize, 0);
        m_hits = std::move(page.hits);
        m_total = std::max(page.total, int(m_hits.size()));
        m_complete = page.complete;
        m_problem = page.problem;
    }
    endResetModel();
    Q_EMIT totalChanged();
}

int SearchHitsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchHitsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QString text = u"%1  %2  (%3)"_s.arg(hit.code, hit.title, kindLabel(hit.kind));
        if (!hit.matched.isEmpty())
            text += u"  \u2014 "_s + hit.matched;
        return VisibleText::withVisibleControls(text); // a code set's text may hold control characters
    }
    case Qt::ToolTipRole:
        return VisibleText::withVisibleControls(hit.matched.isEmpty() ? hit.title : hit.title + u"\n"_s + hit.matched);
    case KindRole:
        return hit.kind;
    case CodeRole:
        return hit.code;
    default:
        return {};
    }
}

bool SearchHitsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_search && (m_hits.size() < m_total || !m_complete);
}

void SearchHitsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    Page page = m_search(m_query, m_kinds, pageSize, int(m_hits.size()));
    const int total = std::max(page.total, int(m_hits.size() + page.hits.size()));
    if (!page.hits.isEmpty()) {
        beginInsertRows({}, int(m_hits.size()), int(m_hits.size() + page.hits.size()) - 1);
        m_hits.append(page.hits);
        endInsertRows();
    }
    m_complete = page.complete || page.hits.isEmpty();
    m_total = page.hits.isEmpty() ? int(m_hits.size()) : total;
    Q_EMIT totalChanged();
}

} // namespace codedesk::ui
