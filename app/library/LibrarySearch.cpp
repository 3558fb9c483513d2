#include "library/LibrarySearch.h"

#include "library/Workspace.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

LibrarySearch::LibrarySearch(Workspace &workspace)
    : m_workspace(workspace)
{
}

SearchPage LibrarySearch::search(const QString &query, const QStringList &kinds, int limit, int offset)
{
    const auto wanted = [&kinds](const QString &kind) { return kinds.isEmpty() || kinds.contains(kind); };
    const int needed = std::max(0, offset) + std::max(0, limit);
    QList<SearchHit> hits;
    if (wanted(u"procedure"_s))
        hits = m_workspace.catalog().search(query, needed);
    for (const CodeSetKind kind : {CodeSetKind::Icd10Cm, CodeSetKind::Hcpcs}) {
        const QString name = codeSetKindName(kind);
        if (!wanted(name))
            continue;
        for (const CodeSetHit &hit : m_workspace.codeSetSearch().search(kind, query, needed))
            hits.append({name, hit.code, hit.title, hit.score, hit.matched});
    }
    sortSearchHits(hits);
    SearchPage page;
    page.total = int(hits.size());
    const qsizetype from = std::min<qsizetype>(std::max(0, offset), hits.size());
    page.hits = hits.mid(from, std::max(0, limit));
    return page;
}

} // namespace codedesk
