#include "library/LibrarySearch.h"

#include "library/CodeBookmarks.h"
#include "library/CodePages.h"
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
    bool complete = true;
    if (wanted(u"procedure"_s)) {
        hits = m_workspace.catalog().search(query, needed);
        complete = hits.size() < needed;
    }
    for (const CodeSetKind kind : {CodeSetKind::Icd10Cm, CodeSetKind::Hcpcs}) {
        const QString name = codeSetKindName(kind);
        if (!wanted(name))
            continue;
        const QList<CodeSetHit> found = m_workspace.codeSetSearch().search(kind, query, needed);
        complete = complete && found.size() < needed;
        for (const CodeSetHit &hit : found)
            hits.append({name, hit.code, hit.title, hit.score, hit.matched});
    }
    addExactCodeHits(query, kinds, &hits);
    addNoteHits(query, kinds, &hits);
    sortSearchHits(hits);
    SearchPage page;
    page.total = int(hits.size());
    page.complete = complete;
    const qsizetype from = std::min<qsizetype>(std::max(0, offset), hits.size());
    page.hits = hits.mid(from, std::max(0, limit));
    return page;
}

// Until the ranked search covers them, a modifier, place of service or fee-schedule-only code
// typed exactly is found (on the exact-code score), so that its page is one Enter away.
void LibrarySearch::addExactCodeHits(const QString &query, const QStringList &kinds, QList<SearchHit> *hits)
{
    const QString code = query.trimmed();
    if (code.isEmpty() || code.size() > 7 || code.contains(u' '))
        return;
    const CodePages pages(m_workspace);
    for (const QString &kind : {u"modifier"_s, u"pos"_s, u"pfs"_s}) {
        if (!kinds.isEmpty() && !kinds.contains(kind))
            continue;
        if (const auto page = pages.page(kind, code))
            hits->append({kind, page->value(u"code"_s).toString(),
                          page->value(u"title"_s).toString(u"(descriptor not in the imported file)"_s), 1000.0, {}});
    }
}

// A code whose personal note holds every word of the query is a hit, on the scale of a words
// match (500s), saying that the note matched.
void LibrarySearch::addNoteHits(const QString &query, const QStringList &kinds, QList<SearchHit> *hits)
{
    if (!m_workspace.database().isOpen())
        return;
    const QList<CodeBookmark> notes = CodeBookmarks(m_workspace.database()).notesMatching(query);
    const CodePages pages(m_workspace);
    for (const CodeBookmark &note : notes) {
        if (!kinds.isEmpty() && !kinds.contains(note.kind))
            continue;
        const QString matched = u"your note: "_s + note.text.simplified().left(80);
        const auto same = std::find_if(hits->begin(), hits->end(), [&note](const SearchHit &hit) {
            return hit.kind == note.kind && hit.code.compare(note.code, Qt::CaseInsensitive) == 0;
        });
        if (same != hits->end()) {
            same->matched = matched;
            continue;
        }
        const auto page = pages.page(note.kind, note.code);
        if (page)
            hits->append({note.kind, note.code, page->value(u"title"_s).toString(), 560.0, matched});
    }
}

} // namespace codedesk
