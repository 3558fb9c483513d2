#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace codedesk {

// What the index is built from: one code with its title and, for ICD-10-CM with the tabular list,
// its inclusion terms. Ids are positions in code-key order.
struct IndexInput
{
    QString code; // "C78.7"
    bool billable = false;
    QString title;
    QStringList terms; // inclusion terms, in the tabular list's order
};

struct IndexHit
{
    quint32 id = 0;
    double score = 0;
    bool billable = false;
    int term = -1;   // the inclusion term (index into IndexInput::terms) that matched; -1: code or title
    QString matched; // "CHF: congestive heart failure", "not found: zebra"; empty when plain
    bool partial = false; // some words of the query are not in it (said in `matched`)
    bool fuzzy = false;   // some words of the query are in it only through a typo
};

// A purpose-built search index over one code set, stored as one compact binary blob (code keys,
// flags, a sorted vocabulary of title and inclusion-term words, posting lists) that is searched
// in place: loading it is one read, no parsing, so the command line can open it per query.
//
// Matching: codes anywhere in the query, with or without the dot (exact, then code prefix); the
// other words in any order, each as a whole word, a word prefix, a plural or possessive, a split
// or joined letter-digit run ("b 12"), one or two typos in longer words (when nothing else
// matches), or through the abbreviation and synonym table (SearchSynonyms). Every word must
// match; only when no entry has them all, the entries with most of them come, saying which not.
// Ranking of word matches, on one scale with the other kinds (SearchHit):
// how completely the query covers the title or an inclusion term (words in parentheses and
// "unspecified" are not needed), an exact title first; subsequent-encounter and sequela codes
// after their siblings; then codes higher in the hierarchy, the unspecified code, shorter titles.
class CodeSetIndex final
{
public:
    // 3: texts (title + inclusion terms) for coverage; 4: what a title negates or leaves open
    static constexpr quint32 FormatVersion = 4;

    // `entries` in any order; returns the blob with entries sorted by code key. `order` receives,
    // for each id, the position of its entry in `entries`.
    static QByteArray build(const QList<IndexInput> &entries, std::vector<quint32> *order = nullptr);

    // Takes the blob (shared, not copied). False if it is not a valid index of this format.
    bool load(const QByteArray &blob);
    bool isLoaded() const { return m_count > 0 || !m_blob.isEmpty(); }
    quint32 size() const { return m_count; }
    qsizetype bytes() const { return m_blob.size(); }

    QList<IndexHit> search(const QString &query, int limit) const;
    QByteArray codeKeyAt(quint32 id) const;

    // Lower-case, accent-folded words of letters and digits: "Crohn's disease" -> crohn, s, disease.
    static std::vector<QByteArray> words(QStringView text);

private:
    struct Query;
    quint32 word(quint32 index, const char **begin) const; // returns length
    std::pair<quint32, quint32> wordRange(QByteArrayView prefix) const;
    bool hasWord(QByteArrayView word) const;
    std::pair<quint32, quint32> codeRange(const QByteArray &prefix) const;
    int compareCode(quint32 id, const QByteArray &key, bool prefixOnly) const;
    Query parse(const QString &query) const;

    QByteArray m_blob;
    quint32 m_count = 0;
    quint32 m_textCount = 0;
    quint32 m_wordCount = 0;
    const char *m_codes = nullptr;
    const uchar *m_flags = nullptr;
    const uchar *m_textEntries = nullptr; // per text, its entry id (u32)
    const uchar *m_textInfo = nullptr;    // per text: counted words, length (bytes)
    const uchar *m_wordOffsets = nullptr;
    const uchar *m_postingOffsets = nullptr;
    const uchar *m_postings = nullptr;
    const char *m_pool = nullptr;
};

} // namespace codedesk
