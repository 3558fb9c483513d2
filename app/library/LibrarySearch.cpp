#include "library/LibrarySearch.h"

#include "codesets/CodeSetIndex.h"
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
    if (wanted(u"procedure"_s))
        hits = m_workspace.catalog().search(query, needed);
    for (const CodeSetKind kind : {CodeSetKind::Icd10Cm, CodeSetKind::Hcpcs}) {
        const QString name = codeSetKindName(kind);
        if (!wanted(name))
            continue;
        for (const CodeSetHit &hit : m_workspace.codeSetSearch().search(kind, query, needed))
            hits.append({name, hit.code, hit.title, hit.score, hit.matched});
    }
    if (wanted(u"modifier"_s) || kinds.contains(u"hcpcs"_s))
        hits += modifierHits(query, !wanted(u"modifier"_s), needed);
    if (wanted(u"pos"_s))
        hits += placeOfServiceHits(query, needed);
    sortSearchHits(hits);
    SearchPage page;
    page.total = int(hits.size());
    const qsizetype from = std::min<qsizetype>(std::max(0, offset), hits.size());
    page.hits = hits.mid(from, std::max(0, limit));
    return page;
}

} // namespace codedesk
