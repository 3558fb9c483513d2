#include "catalog/ProcedureSearch.h"

#include "catalog/CodeShape.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

void sortSearchHits(QList<SearchHit> &hits)
{
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.kind != b.kind)
            return a.kind < b.kind;
        return a.code < b.code;
    });
}

void ProcedureSearch::add(const Procedure &procedure)
{
    QStringList body;
    body << procedure.summary << procedure.payers << procedure.billingOverview << procedure.serviceType
         << procedure.siteOfService << procedure.clinicalContext << codeSystemName(procedure.codeSystem)
         << procedure.facets.approaches << procedure.facets.energies << procedure.facets.organs;
    for (const ModifierRow &row : procedure.modifiers)
        body << row.modifier << row.description << row.whenToUse;
    for (const Section &section : procedure.sections)
        body << section.title << section.text;
    m_documents.append({procedure.code, procedure.title, procedure.code.toCaseFolded(), procedure.title.toCaseFolded(),
                        body.join(u'\n').toCaseFolded()});
}

double ProcedureSearch::score(const Document &document, const QString &phrase, const QStringList &words)
{
    if (document.codeFolded == phrase)
        return 1000;
    if (words.size() == 1 && document.codeFolded.startsWith(phrase))
        return 900;
    qsizetype inTitle = 0;
    qsizetype occurrences = 0;
    for (const QString &word : words) {
        const bool title = document.titleFolded.contains(word) || document.codeFolded == word;
        if (title) {
            ++inTitle;
            continue;
        }
        const qsizetype count = document.bodyFolded.count(word);
        if (count == 0)
            return 0; // every word must be found somewhere
        occurrences += count;
    }
    // Within a tier: the whole phrase in the title, then a shorter title, then more body mentions.
    const double phraseBonus = document.titleFolded.contains(phrase) ? 50 : 0;
    const double shortness = 40.0 / double(1 + document.titleFolded.size() / 20);
    const double mentions = double(std::min<qsizetype>(occurrences, 90));
    if (inTitle == words.size())
        return 500 + phraseBonus + shortness;
    if (inTitle > 0)
        return 300 + 90.0 * double(inTitle) / double(words.size());
    return 100 + mentions;
}

QList<SearchHit> ProcedureSearch::search(const QString &query, int limit) const
{
    QList<SearchHit> hits;
    const QString phrase = query.simplified().toCaseFolded();
    const QStringList words = phrase.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty() || limit <= 0)
        return hits;
    for (const Document &document : m_documents) {
        const double value = score(document, phrase, words);
        if (value > 0)
            hits.append({u"procedure"_s, document.code, document.title, value, {}});
    }
    sortSearchHits(hits);
    if (hits.size() > limit)
        hits.resize(limit);
    return hits;
}

} // namespace codedesk
