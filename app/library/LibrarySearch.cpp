#include "library/LibrarySearch.h"

#include "codesets/CodeSetIndex.h"
#include "library/CodeBookmarks.h"
#include "library/CodePages.h"
#include "library/Workspace.h"
#include "reference/ReferenceJson.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

namespace {

// A small list (modifiers, places of service) searched with the code sets' matching and scale.
QList<SearchHit> searchList(const QString &kind, const QList<IndexInput> &inputs, const QString &query, int limit)
{
    QList<SearchHit> hits;
    if (inputs.isEmpty())
        return hits;
    std::vector<quint32> order;
    CodeSetIndex index;
    if (!index.load(CodeSetIndex::build(inputs, &order)))
        return hits;
    for (const IndexHit &hit : index.search(query, limit)) {
        const IndexInput &input = inputs.at(order.at(hit.id));
        QString matched = hit.matched;
        if (hit.term >= 0)
            matched = (matched.isEmpty() ? QString() : matched + u"; "_s) + u"also described as: "_s +
                      input.terms.value(hit.term);
        hits.append({kind, input.code, input.title, hit.score, matched});
    }
    return hits;
}

int tokenCount(const QString &query)
{
    static const QRegularExpression separators(u"[\\s,;]+"_s);
    return int(query.split(separators, Qt::SkipEmptyParts).size());
}

} // namespace

LibrarySearch::LibrarySearch(Workspace &workspace)
    : m_workspace(workspace)
{
}

QList<SearchHit> LibrarySearch::modifierHits(const QString &query, bool levelIIOnly, int limit) const
{
    QList<IndexInput> inputs;
    for (const ModifierInfo &info : m_workspace.modifiers().all()) {
        if (levelIIOnly && info.kind != ModifierInfo::Kind::HcpcsLevelII)
            continue;
        IndexInput input{info.code, true, info.description, {}};
        for (const ModifierText &text : info.otherSources)
            input.terms << text.description;
        inputs.append(input);
    }
    QList<SearchHit> hits = searchList(u"modifier"_s, inputs, query, limit);
    // A modifier typed beside a code ("E0601 RR") qualifies that code: it comes right after it.
    if (tokenCount(query) > 1) {
        for (SearchHit &hit : hits)
            hit.score = std::min(hit.score, 990.0);
    }
    return hits;
}

QList<SearchHit> LibrarySearch::placeOfServiceHits(const QString &query, int limit) const
{
    QList<IndexInput> inputs;
    QStringList codes;
    for (const PlaceOfService &place : m_workspace.codeSets().placesOfService()) {
        inputs.append({place.code, true, place.name, {place.description}});
        codes << place.code;
    }
    QList<QJsonObject> bundled;
    QString error;
    if (readReferenceTable(bundledReference(u"places-of-service.json"_s), u"codedesk-places-of-service"_s,
                           u"places"_s, &bundled, &error)) {
        for (const QJsonObject &place : std::as_const(bundled)) {
            const QString code = place.value(u"code"_s).toString();
            if (!codes.contains(code))
                inputs.append({code, true, place.value(u"name"_s).toString(), {}});
        }
    }
    return searchList(u"pos"_s, inputs, query, limit);
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
    if (wanted(u"modifier"_s) || kinds.contains(u"hcpcs"_s))
        hits += modifierHits(query, !wanted(u"modifier"_s), needed);
    if (wanted(u"pos"_s))
        hits += placeOfServiceHits(query, needed);
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

// A modifier, place of service or fee-schedule-only code typed exactly is found (on the exact-code
// score) when the ranked search has not found it, so that its page is one Enter away.
void LibrarySearch::addExactCodeHits(const QString &query, const QStringList &kinds, QList<SearchHit> *hits)
{
    const QString code = query.trimmed();
    if (code.isEmpty() || code.size() > 7 || code.contains(u' '))
        return;
    const CodePages pages(m_workspace);
    for (const QString &kind : {u"modifier"_s, u"pos"_s, u"pfs"_s}) {
        if (!kinds.isEmpty() && !kinds.contains(kind))
            continue;
        const bool found = std::any_of(hits->cbegin(), hits->cend(), [&](const SearchHit &hit) {
            return hit.kind == kind && hit.code.compare(code, Qt::CaseInsensitive) == 0;
        });
        if (found)
            continue; // the ranked search has it already
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
