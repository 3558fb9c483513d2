#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace codedesk {

// One abbreviation or lay synonym a coder types ("CHF", "heart attack") with what it stands for.
struct SearchSynonym
{
    QString term;          // as the coder writes it: "CHF"
    QString meaning;       // shown on the hit: "congestive heart failure"
    QStringList searchAs;  // phrases searched instead of the term, the meaning first
    QString source;
    QString date;

    QString label() const; // "CHF: congestive heart failure"
};

// The table of common clinical abbreviations and synonyms the searches expand
// (resources/reference/search-synonyms.json). Keys are folded words: "chf", "heart attack".
class SearchSynonyms final
{
public:
    static const SearchSynonyms &bundled(); // loaded once, thread-safe
    bool loadJson(const QByteArray &json, QString *error);

    // The entry for a phrase of lower-case words joined by one space; nullptr if none.
    const SearchSynonym *find(const QString &phrase) const;
    int maxWords() const { return m_maxWords; }
    qsizetype size() const { return m_entries.size(); }

private:
    QList<SearchSynonym> m_entries;
    QHash<QString, qsizetype> m_byPhrase;
    int m_maxWords = 0;
};

} // namespace codedesk
