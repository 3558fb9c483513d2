#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <vector>

namespace codedesk {

// What the index is built from: one code with its title. Ids are positions in code-key order.
struct IndexInput
{
    QString code; // "C78.7"
    bool billable = false;
    QString title;
};

struct IndexHit
{
    quint32 id = 0;
    double score = 0;
    bool billable = false;
};

// A purpose-built search index over one code set, stored as one compact binary blob (code keys,
// flags, a sorted vocabulary of title words, posting lists) that is searched in place: loading it
// is one read, no parsing, so the command line can open it per query.
// Ranking: exact code, then code prefix, then billable before header codes, then how many query
// words match whole words, then (word matches only) shorter titles, then code order.
class CodeSetIndex final
{
public:
    static constexpr quint32 FormatVersion = 2; // 2: postings as varint gaps

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
    quint32 word(quint32 index, const char **begin) const; // returns length
    std::pair<quint32, quint32> wordRange(const QByteArray &prefix) const;
    std::pair<quint32, quint32> codeRange(const QByteArray &prefix) const;
    int compareCode(quint32 id, const QByteArray &key, bool prefixOnly) const;

    QByteArray m_blob;
    quint32 m_count = 0;
    quint32 m_wordCount = 0;
    const char *m_codes = nullptr;
    const uchar *m_flags = nullptr;
    const uchar *m_titleLengths = nullptr;
    const uchar *m_wordOffsets = nullptr;
    const uchar *m_postingOffsets = nullptr;
    const uchar *m_postings = nullptr;
    const char *m_pool = nullptr;
};

} // namespace codedesk
