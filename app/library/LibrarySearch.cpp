#include "library/LibrarySearch.h"

#include "codesets/CodeSetIndex.h"
#include "codesets/SearchWords.h"
#include "library/CodeBookmarks.h"
#include "library/CodePages.h"
#include "library/Workspace.h"
#include "reference/ReferenceJson.h"

#include <QSqlQuery>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

// A small list (modifiers, places of service) indexed with the code sets' matching and scale.
struct LibrarySearch::ListIndex
{
    explicit ListIndex(QList<IndexInput> entries)
        : inputs(std::move(entries))
    {
        if (!inputs.isEmpty())
            loaded = index.load(CodeSetIndex::build(inputs, &order));
    }

    QList<SearchHit> search(const QString &kind, const QString &query, int limit) const
    {
        QList<SearchHit> hits;
        if (!loaded)
            return hits;
        for (const IndexHit &hit : index.search(query, limit)) {
            const IndexInput &input = inputs.at(order.at(hit.id));
            QString matched = hit.matched;
            if (hit.term >= 0)
                matched = (matched.isEmpty() ? QString() : matched + u"; "_s) + u"also described as: "_s +
                          input.terms.value(hit.term);
            hits.append({kind, input.code, input.title, hit.score, matched, hit.partial, hit.fuzzy});
        }
        return hits;
    }

    QList<IndexInput> inputs;
    std::vector<quint32> order;
    CodeSetIndex index;
    bool loaded = false;
};

namespace {

int tokenCount(const QString &query)
{
    return int(SearchWords::tokens(query).size());
}

// Every word of the query in the note (case-insensitive).
bool noteHolds(const QString &text, const QStringList &words)
{
    return std::all_of(words.cbegin(), words.cend(),
                       [&text](const QString &word) { return text.contains(word, Qt::CaseInsensitive); });
}

} // namespace

LibrarySearch::LibrarySearch(Workspace &workspace)
    : m_workspace(workspace)
{
}

LibrarySearch::~LibrarySearch() = default;

void LibrarySearch::invalidate()
{
    m_allModifiers.reset();
    m_levelIIModifiers.reset();
    m_placesOfService.reset();
    m_notes.reset();
    m_libraryStamp.reset();
}

// The kept lists come from the library: a change made through this connection (a note, an import)
// moves total_changes(), another process's commit moves data_version. Two tiny queries per search,
// against rebuilding the lists on every keystroke.
void LibrarySearch::dropWhenLibraryChanged()
{
    std::optional<std::pair<qint64, qint64>> stamp;
    LibraryDatabase &database = m_workspace.database();
    if (database.isOpen()) {
        QSqlQuery query(database.connection());
        if (query.exec(u"PRAGMA data_version"_s) && query.next()) {
            const qint64 version = query.value(0).toLongLong();
            if (query.exec(u"SELECT total_changes()"_s) && query.next())
                stamp.emplace(version, query.value(0).toLongLong());
        }
    }
    if (!stamp || stamp != m_libraryStamp)
        invalidate(); // unknown (no library) is never trusted: nothing kept
    m_libraryStamp = stamp;
}

const LibrarySearch::ListIndex &LibrarySearch::modifierIndex(bool levelIIOnly)
{
    std::unique_ptr<ListIndex> &kept = levelIIOnly ? m_levelIIModifiers : m_allModifiers;
    if (!kept) {
        QList<IndexInput> inputs;
        for (const ModifierInfo &info : m_workspace.modifiers().all()) {
            if (levelIIOnly && info.kind != ModifierInfo::Kind::HcpcsLevelII)
                continue;
            IndexInput input{info.code, true, info.description, {}};
            for (const ModifierText &text : info.otherSources)
                input.terms << text.description;
            inputs.append(input);
        }
        kept = std::make_unique<ListIndex>(std::move(inputs));
    }
    return *kept;
}

const LibrarySearch::ListIndex &LibrarySearch::placeOfServiceIndex()
{
    if (!m_placesOfService) {
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
        m_placesOfService = std::make_unique<ListIndex>(std::move(inputs));
    }
    return *m_placesOfService;
}

const QList<CodeBookmark> &LibrarySearch::notes()
{
    if (!m_notes)
        m_notes = m_workspace.database().isOpen() ? CodeBookmarks(m_workspace.database()).notes()
                                                  : QList<CodeBookmark>{};
    return *m_notes;
}

QList<SearchHit> LibrarySearch::modifierHits(const QString &query, bool levelIIOnly, int limit)
{
    QList<SearchHit> hits = modifierIndex(levelIIOnly).search(u"modifier"_s, query, limit);
    // A modifier typed beside a code ("E0601 RR") qualifies that code: it comes right after it.
    if (tokenCount(query) > 1) {
        for (SearchHit &hit : hits)
            hit.score = std::min(hit.score, 990.0);
    }
    return hits;
}

QList<SearchHit> LibrarySearch::placeOfServiceHits(const QString &query, int limit)
{
    return placeOfServiceIndex().search(u"pos"_s, query, limit);
}

SearchPage LibrarySearch::search(const QString &query, const QStringList &kinds, int limit, int offset)
{
    const auto wanted = [&kinds](const QString &kind) { return kinds.isEmpty() || kinds.contains(kind); };
    const int needed = std::max(0, offset) + std::max(0, limit);
    dropWhenLibraryChanged();
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
            hits.append({name, hit.code, hit.title, hit.score, hit.matched, hit.partial, hit.fuzzy});
    }
    if (wanted(u"modifier"_s) || kinds.contains(u"hcpcs"_s))
        hits += modifierHits(query, !wanted(u"modifier"_s), needed);
    if (wanted(u"pos"_s))
        hits += placeOfServiceHits(query, needed);
    addExactCodeHits(query, kinds, &hits);
    addNoteHits(query, kinds, &hits);
    // Hits missing some of the query's words, or holding them only through a typo, are a
    // fallback, as within one code set: once any kind has a hit with all of them as typed, the
    // others' near misses only bury it ("C78.7" found, then fifty HCPCS titles with a 7 in them;
    // "injection" found, then the modifiers for an infection).
    const auto fallback = [](const SearchHit &hit) { return hit.partial || hit.fuzzy; };
    if (!std::all_of(hits.cbegin(), hits.cend(), fallback))
        hits.removeIf(fallback);
    sortSearchHits(hits);
    SearchPage page;
    page.total = int(hits.size());
    page.complete = complete;
    const qsizetype from = std::min<qsizetype>(std::max(0, offset), hits.size());
    page.hits = hits.mid(from, std::max(0, limit));
    return page;
}

// A modifier, place of service or fee-schedule-only code typed exactly is found (on the exact-code
// score) when the ranked search has not found it, so that its page is one Enter away. A title
// look-up each (CodePages::ref), never a page built per keystroke.
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
        if (const auto ref = pages.ref(kind, code)) {
            const bool described = ref->title != u"descriptor not in the imported file";
            hits->append({kind, ref->code, described ? ref->title : u"("_s + ref->title + u')', 1000.0, {}});
        }
    }
}

// A code whose personal note holds every word of the query is a hit, on the scale of a words
// match (500s), saying that the note matched.
void LibrarySearch::addNoteHits(const QString &query, const QStringList &kinds, QList<SearchHit> *hits)
{
    const QList<CodeBookmark> &all = notes();
    if (all.isEmpty())
        return;
    const QStringList words = query.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return;
    const CodePages pages(m_workspace);
    for (const CodeBookmark &note : all) {
        if ((!kinds.isEmpty() && !kinds.contains(note.kind)) || !noteHolds(note.text, words))
            continue;
        const QString matched = u"your note: "_s + note.text.simplified().left(80);
        const auto same = std::find_if(hits->begin(), hits->end(), [&note](const SearchHit &hit) {
            return hit.kind == note.kind && hit.code.compare(note.code, Qt::CaseInsensitive) == 0;
        });
        if (same != hits->end()) {
            same->matched = matched;
            continue;
        }
        if (const auto ref = pages.ref(note.kind, note.code))
            hits->append({note.kind, note.code, ref->title, 560.0, matched});
    }
}

} // namespace codedesk
