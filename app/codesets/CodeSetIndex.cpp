#include "codesets/CodeSetIndex.h"

#include "codesets/CodeSetTypes.h"
#include "codesets/SearchWords.h"
#include "reference/SearchSynonyms.h"

#include <sys/mman.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <new>
#include <numeric>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

namespace {

// Per-text scratch for the searches of one thread, kept between them and zero between them: a
// search resets only the texts its postings touched. The memory is an anonymous mapping, zero
// without being written, so a one-search process (the command line) faults in only the pages its
// postings touch, and the window's searches never clear megabytes per keystroke.
class TextScratch final
{
public:
    struct Slot
    {
        quint32 mask;   // which query terms the text has
        float gain;     // how well they match
        quint8 covered; // counted words matched, however spelled
    };
    static_assert(std::is_trivial_v<Slot>, "an anonymous mapping's zero bytes must be a zero Slot");

    static TextScratch &forThisThread(size_t count)
    {
        thread_local TextScratch scratch;
        scratch.reserve(count);
        return scratch;
    }
    ~TextScratch() { release(); }
    TextScratch(const TextScratch &) = delete;
    TextScratch &operator=(const TextScratch &) = delete;

    Slot &operator[](size_t t) { return m_slots[t]; }
    // Records a text the first time the search touches it.
    void touch(quint32 t) { m_touched.push_back(t); }
    const std::vector<quint32> &touched() const { return m_touched; }
    void reset()
    {
        for (const quint32 t : m_touched)
            m_slots[t] = Slot{};
        m_touched.clear();
    }

private:
    TextScratch() = default;
    void reserve(size_t count)
    {
        if (count <= m_capacity)
            return;
        release();
        const size_t bytes = std::max<size_t>(count, 1) * sizeof(Slot);
        void *memory = ::mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (memory == MAP_FAILED)
            throw std::bad_alloc();
        m_slots = static_cast<Slot *>(memory);
        m_capacity = count;
    }
    void release()
    {
        if (m_slots)
            ::munmap(m_slots, std::max<size_t>(m_capacity, 1) * sizeof(Slot));
        m_slots = nullptr;
        m_capacity = 0;
    }

    Slot *m_slots = nullptr;
    size_t m_capacity = 0;
    std::vector<quint32> m_touched;
};

// Leaves the thread's scratch zero however the search ends.
class ScratchReset final
{
public:
    explicit ScratchReset(TextScratch &scratch)
        : m_scratch(scratch)
    {
    }
    ~ScratchReset() { m_scratch.reset(); }
    ScratchReset(const ScratchReset &) = delete;
    ScratchReset &operator=(const ScratchReset &) = delete;

private:
    TextScratch &m_scratch;
};

constexpr quint32 Magic = 0x31584443; // "CDX1"
constexpr int HeaderWords = 8;
constexpr qsizetype CodeWidth = 8;
constexpr int TextInfoBytes = 4; // counted words, length, flags, unused
constexpr size_t MaxConcepts = 12;
constexpr size_t MaxTerms = 32;

// Text flags (and, for a title, its entry's flags besides Billable).
constexpr uchar Billable = 1;
constexpr uchar Late = 2;        // a subsequent encounter or a sequela
constexpr uchar HasDefault = 4;  // "unspecified", "NOS", "not specified"

quint32 load32(const uchar *base, quint32 index)
{
    quint32 value;
    std::memcpy(&value, base + size_t(index) * 4, 4);
    return value;
}

void append32(QByteArray &blob, quint32 value)
{
    blob.append(reinterpret_cast<const char *>(&value), 4);
}

void pad4(QByteArray &blob)
{
    while (blob.size() % 4)
        blob.append('\0');
}

using CodeKey = std::array<char, CodeWidth>;

CodeKey codeKeyOf(QStringView code)
{
    CodeKey key{};
    size_t length = 0;
    for (const QChar c : code) {
        const char16_t u = c.unicode();
        if (u == '.' || u == ' ' || u > 0x7f || length == key.size())
            continue;
        key[length++] = char(u >= 'a' && u <= 'z' ? u - 32 : u);
    }
    return key;
}

void appendVarint(QByteArray &bytes, quint32 value)
{
    while (value >= 0x80) {
        bytes.append(char(value | 0x80));
        value >>= 7;
    }
    bytes.append(char(value));
}

bool isAlnumKey(const QByteArray &key)
{
    return !key.isEmpty() && key.size() <= CodeWidth && std::all_of(key.begin(), key.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    });
}

bool allLetters(QByteArrayView word)
{
    return std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

bool allDigits(QByteArrayView word)
{
    return std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "b12" -> b, 12; "covid19" -> covid, 19. Empty when the word is one run.
std::vector<QByteArray> letterDigitRuns(const QByteArray &word)
{
    std::vector<QByteArray> runs;
    QByteArray run;
    for (const char c : word) {
        const bool digit = c >= '0' && c <= '9';
        if (!run.isEmpty() && digit != (run.back() >= '0' && run.back() <= '9')) {
            runs.push_back(run);
            run.clear();
        }
        run.append(c);
    }
    if (!run.isEmpty())
        runs.push_back(run);
    if (runs.size() < 2)
        runs.clear();
    return runs;
}

} // namespace

std::vector<QByteArray> CodeSetIndex::words(QStringView text)
{
    std::vector<QByteArray> result;
    QByteArray buffer;
    SearchWords::forEach(text, buffer,
                         [&result](std::string_view word, bool) { result.emplace_back(word.data(), qsizetype(word.size())); });
    return result;
}

QByteArray CodeSetIndex::build(const QList<IndexInput> &entries, std::vector<quint32> *order)
{
    const auto count = quint32(entries.size());
    std::vector<CodeKey> keys(count);
    for (quint32 i = 0; i < count; ++i)
        keys[i] = codeKeyOf(entries.at(i).code);
    std::vector<quint32> perm(count);
    std::iota(perm.begin(), perm.end(), 0u);
    std::stable_sort(perm.begin(), perm.end(), [&](quint32 a, quint32 b) { return keys[a] < keys[b]; });

    // Texts (each entry's title, then its inclusion terms) in id order; a posting is a text id
    // times two, plus one when the word is not counted in that text (in parentheses, "unspecified").
    std::unordered_map<std::string, quint32> wordIds;
    wordIds.reserve(32768);
    std::vector<std::string> wordTexts;
    std::vector<std::vector<quint32>> postings;
    std::vector<quint32> textEntries;
    std::vector<std::array<uchar, TextInfoBytes>> textInfo;
    std::vector<uchar> flags(count, 0);
    QByteArray buffer;
    std::string lookup;
    std::string previous;
    quint32 postingCount = 0;
    for (quint32 id = 0; id < count; ++id) {
        const IndexInput &entry = entries.at(perm[id]);
        QStringList texts{entry.title};
        texts += entry.terms;
        for (qsizetype t = 0; t < texts.size(); ++t) {
            const auto text = quint32(textEntries.size());
            int counted = 0;
            uchar textFlags = 0;
            previous.clear();
            bool negated = false; // after "not" in a part of the title: "not specified as primary or secondary"
            const auto index = [&](std::string_view word, bool uncounted) {
                const bool isDefault = SearchWords::isDefaultWord(word, previous);
                previous.assign(word);
                if (SearchWords::isLateWord(word))
                    textFlags |= Late;
                if (isDefault)
                    textFlags |= HasDefault;
                negated = negated || word == "not";
                if (negated || SearchWords::isStopWord(word))
                    return;
                lookup.assign(word);
                auto [it, inserted] = wordIds.try_emplace(lookup, quint32(wordTexts.size()));
                if (inserted) {
                    wordTexts.push_back(lookup);
                    postings.emplace_back();
                }
                const quint32 value = text * 2 + ((uncounted || isDefault) ? 1 : 0);
                std::vector<quint32> &list = postings[it->second];
                if (!list.empty() && list.back() / 2 == text) {
                    if (list.back() % 2 && value % 2 == 0) { // now also where it counts
                        list.back() = value;
                        ++counted;
                    }
                    return;
                }
                list.push_back(value);
                ++postingCount;
                if (value % 2 == 0)
                    ++counted;
            };
            // A seventh character's words (", initial encounter for closed fracture", ", sequela")
            // say which encounter, not what the condition is: searchable, but not needed.
            const QString &whole = texts.at(t);
            const qsizetype comma = whole.lastIndexOf(u',');
            const QStringView tail = comma < 0 ? QStringView() : QStringView(whole).mid(comma + 1);
            const bool encounterTail =
                tail.contains(u"encounter"_s, Qt::CaseInsensitive) || tail.contains(u"sequela"_s, Qt::CaseInsensitive);
            const QStringView head = encounterTail ? QStringView(whole).left(comma) : QStringView(whole);
            bool firstPart = true;
            for (const QStringView part : head.split(u',')) {
                negated = false;
                // ", unspecified organism", ", unspecified ear": what the default leaves open.
                const bool openQualifier = !firstPart && part.trimmed().startsWith(u"unspecified"_s, Qt::CaseInsensitive);
                if (openQualifier)
                    textFlags |= HasDefault;
                SearchWords::forEach(part, buffer, [&](std::string_view word, bool inParentheses) {
                    index(word, inParentheses || openQualifier);
                });
                firstPart = false;
            }
            negated = false;
            if (encounterTail)
                SearchWords::forEach(tail, buffer, [&](std::string_view word, bool) { index(word, true); });
            textEntries.push_back(id);
            textInfo.push_back({uchar(std::min(counted, 255)), uchar(std::min<qsizetype>(texts.at(t).size(), 255)),
                                textFlags, 0});
            if (t == 0)
                flags[id] = uchar(textFlags | (entry.billable ? Billable : 0));
        }
    }
    std::vector<quint32> vocabulary(wordTexts.size());
    std::iota(vocabulary.begin(), vocabulary.end(), 0u);
    std::sort(vocabulary.begin(), vocabulary.end(), [&](quint32 a, quint32 b) { return wordTexts[a] < wordTexts[b]; });

    QByteArray encoded; // varint gaps: the first value, then the distance to each next one
    encoded.reserve(qsizetype(postingCount) * 2);
    std::vector<quint32> postingOffsets;
    postingOffsets.reserve(vocabulary.size() + 1);
    quint32 poolBytes = 0;
    for (const quint32 w : vocabulary) {
        postingOffsets.push_back(quint32(encoded.size()));
        quint32 last = 0;
        for (const quint32 value : postings[w]) {
            appendVarint(encoded, value - last);
            last = value;
        }
        poolBytes += quint32(wordTexts[w].size());
    }
    postingOffsets.push_back(quint32(encoded.size()));

    const auto textCount = quint32(textEntries.size());
    QByteArray blob;
    blob.reserve(HeaderWords * 4 + qsizetype(count) * (CodeWidth + 1) + qsizetype(textCount) * 8 +
                 8 * qsizetype(vocabulary.size() + 1) + encoded.size() + poolBytes + 8);
    for (quint32 value : {Magic, FormatVersion, count, textCount, quint32(vocabulary.size()), quint32(encoded.size()),
                          poolBytes, postingCount})
        append32(blob, value);
    for (quint32 id = 0; id < count; ++id)
        blob.append(keys[perm[id]].data(), CodeWidth);
    blob.append(reinterpret_cast<const char *>(flags.data()), qsizetype(count));
    pad4(blob);
    for (const quint32 entry : textEntries)
        append32(blob, entry);
    for (const auto &info : textInfo)
        blob.append(reinterpret_cast<const char *>(info.data()), TextInfoBytes);
    quint32 offset = 0;
    for (const quint32 w : vocabulary) {
        append32(blob, offset);
        offset += quint32(wordTexts[w].size());
    }
    append32(blob, offset);
    for (const quint32 value : postingOffsets)
        append32(blob, value);
    blob.append(encoded);
    for (const quint32 w : vocabulary)
        blob.append(wordTexts[w].data(), qsizetype(wordTexts[w].size()));
    if (order)
        *order = std::move(perm);
    return blob;
}

bool CodeSetIndex::load(const QByteArray &blob)
{
    *this = CodeSetIndex{};
    const auto *base = reinterpret_cast<const uchar *>(blob.constData());
    if (blob.size() < HeaderWords * 4 || load32(base, 0) != Magic || load32(base, 1) != FormatVersion)
        return false;
    const quint64 count = load32(base, 2);
    const quint64 textCount = load32(base, 3);
    const quint64 wordCount = load32(base, 4);
    const quint64 postingBytes = load32(base, 5);
    const quint64 poolBytes = load32(base, 6);
    const quint64 codesAt = HeaderWords * 4;
    const quint64 flagsAt = codesAt + count * CodeWidth;
    const quint64 textEntriesAt = (flagsAt + count + 3) / 4 * 4;
    const quint64 textInfoAt = textEntriesAt + textCount * 4;
    const quint64 wordOffsetsAt = textInfoAt + textCount * TextInfoBytes;
    const quint64 postingOffsetsAt = wordOffsetsAt + (wordCount + 1) * 4;
    const quint64 postingsAt = postingOffsetsAt + (wordCount + 1) * 4;
    const quint64 poolAt = postingsAt + postingBytes;
    if (poolAt + poolBytes != quint64(blob.size()) || textCount < count)
        return false;
    // Offsets must be monotonic and end where the sections end, or a search could read past them.
    for (quint32 i = 0; i < wordCount; ++i) {
        if (load32(base + wordOffsetsAt, i) > load32(base + wordOffsetsAt, i + 1) ||
            load32(base + postingOffsetsAt, i) > load32(base + postingOffsetsAt, i + 1))
            return false;
    }
    if (load32(base + wordOffsetsAt, quint32(wordCount)) != poolBytes ||
        load32(base + postingOffsetsAt, quint32(wordCount)) != postingBytes)
        return false;
    for (quint32 t = 0; t < textCount; ++t) { // each text belongs to an entry, in entry order
        const quint32 entry = load32(base + textEntriesAt, t);
        if (entry >= count || (t > 0 && entry < load32(base + textEntriesAt, t - 1)))
            return false;
    }
    m_blob = blob;
    const auto *data = reinterpret_cast<const uchar *>(m_blob.constData());
    m_count = quint32(count);
    m_textCount = quint32(textCount);
    m_wordCount = quint32(wordCount);
    m_codes = reinterpret_cast<const char *>(data + codesAt);
    m_flags = data + flagsAt;
    m_textEntries = data + textEntriesAt;
    m_textInfo = data + textInfoAt;
    m_wordOffsets = data + wordOffsetsAt;
    m_postingOffsets = data + postingOffsetsAt;
    m_postings = data + postingsAt;
    m_pool = reinterpret_cast<const char *>(data + poolAt);
    return true;
}

QByteArray CodeSetIndex::codeKeyAt(quint32 id) const
{
    if (id >= m_count)
        return {};
    const char *code = m_codes + size_t(id) * CodeWidth;
    return QByteArray(code, qsizetype(strnlen(code, CodeWidth)));
}

quint32 CodeSetIndex::word(quint32 index, const char **begin) const
{
    const quint32 start = load32(m_wordOffsets, index);
    *begin = m_pool + start;
    return load32(m_wordOffsets, index + 1) - start;
}

std::pair<quint32, quint32> CodeSetIndex::wordRange(QByteArrayView prefix) const
{
    const auto wordAt = [this](quint32 i) {
        const char *begin = nullptr;
        const quint32 length = word(i, &begin);
        return QByteArrayView(begin, length);
    };
    quint32 lo = 0;
    quint32 hi = m_wordCount;
    while (lo < hi) { // first word >= prefix
        const quint32 mid = lo + (hi - lo) / 2;
        if (wordAt(mid) < prefix)
            lo = mid + 1;
        else
            hi = mid;
    }
    const quint32 first = lo;
    hi = m_wordCount;
    while (lo < hi) { // first word after the ones starting with prefix
        const quint32 mid = lo + (hi - lo) / 2;
        if (wordAt(mid).startsWith(prefix))
            lo = mid + 1;
        else
            hi = mid;
    }
    return {first, lo};
}

bool CodeSetIndex::hasWord(QByteArrayView text) const
{
    const auto [first, last] = wordRange(text);
    const char *begin = nullptr;
    return first < last && word(first, &begin) == quint32(text.size());
}

int CodeSetIndex::compareCode(quint32 id, const QByteArray &key, bool prefixOnly) const
{
    const char *code = m_codes + size_t(id) * CodeWidth;
    const auto length = qsizetype(strnlen(code, CodeWidth));
    const QByteArrayView stored(code, prefixOnly ? std::min(length, key.size()) : length);
    return stored.compare(key) < 0 ? -1 : (stored == key ? 0 : 1);
}

std::pair<quint32, quint32> CodeSetIndex::codeRange(const QByteArray &prefix) const
{
    quint32 lo = 0;
    quint32 hi = m_count;
    while (lo < hi) {
        const quint32 mid = lo + (hi - lo) / 2;
        if (compareCode(mid, prefix, true) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    const quint32 first = lo;
    hi = m_count;
    while (lo < hi) {
        const quint32 mid = lo + (hi - lo) / 2;
        if (compareCode(mid, prefix, true) == 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return {first, lo};
}

// A query read against this index: codes, and concepts that must each be matched by one of their
// alternatives, an alternative being terms (words) that must all be there.
struct CodeSetIndex::Query
{
    struct Alternative
    {
        std::vector<int> terms;
        bool original = true; // the words as typed, not a synonym's
    };
    struct Concept
    {
        std::vector<Alternative> alternatives;
        QString typed;
        const SearchSynonym *synonym = nullptr;
    };
    std::vector<QByteArray> codes; // code keys, each matched exactly and as a prefix
    std::vector<QByteArray> terms;
    std::vector<Concept> concepts;

    int term(const QByteArray &word)
    {
        const auto it = std::find(terms.begin(), terms.end(), word);
        if (it != terms.end())
            return int(it - terms.begin());
        terms.push_back(word);
        return int(terms.size() - 1);
    }
    Alternative alternative(const std::vector<QByteArray> &words, bool original)
    {
        Alternative result;
        result.original = original;
        for (const QByteArray &word : words) {
            if (!SearchWords::isStopWord(std::string_view(word.constData(), size_t(word.size()))))
                result.terms.push_back(term(word));
        }
        return result;
    }
};

CodeSetIndex::Query CodeSetIndex::parse(const QString &text) const
{
    Query query;
    const QStringList raw = SearchWords::tokens(text);
    std::vector<QByteArray> words;
    for (const QString &token : raw) {
        const QByteArray key = codeKey(token).toLatin1();
        if (isAlnumKey(key)) {
            const bool hasDigit = std::any_of(key.begin(), key.end(), [](char c) { return c >= '0' && c <= '9'; });
            const auto [first, last] = codeRange(key);
            const bool exact = first < last && compareCode(first, key, false) == 0;
            if (exact || (first < last && (raw.size() == 1 || (hasDigit && key.size() >= 3)))) {
                query.codes.push_back(key);
                continue;
            }
        }
        for (QByteArray &word : CodeSetIndex::words(token)) {
            if (word != "s")
                words.push_back(std::move(word));
        }
    }

    const SearchSynonyms &synonyms = SearchSynonyms::bundled();
    for (size_t i = 0; i < words.size() && query.concepts.size() < MaxConcepts;) {
        Query::Concept part;
        size_t used = 1;
        for (size_t n = std::min<size_t>(size_t(synonyms.maxWords()), words.size() - i); n >= 1; --n) {
            QByteArray phrase;
            for (size_t k = i; k < i + n; ++k)
                phrase += (k > i ? " " : "") + words[k];
            if (const SearchSynonym *synonym = synonyms.find(QString::fromUtf8(phrase))) {
                part.synonym = synonym;
                used = n;
                break;
            }
        }
        const std::vector<QByteArray> typed(words.begin() + qsizetype(i), words.begin() + qsizetype(i + used));
        if (part.synonym) {
            part.alternatives.push_back(query.alternative(typed, true));
            for (const QString &phrase : part.synonym->searchAs) {
                std::vector<QByteArray> expansion;
                for (const QString &word : phrase.split(u' '))
                    expansion.push_back(word.toUtf8());
                part.alternatives.push_back(query.alternative(expansion, false));
            }
        } else if (i + 1 < words.size() && allLetters(words[i]) && allDigits(words[i + 1]) &&
                   wordRange(words[i] + words[i + 1]).first < wordRange(words[i] + words[i + 1]).second) {
            used = 2; // "b 12": the word "b12", or both
            part.alternatives.push_back(query.alternative({words[i] + words[i + 1]}, true));
            part.alternatives.push_back(query.alternative({words[i], words[i + 1]}, true));
        } else {
            part.alternatives.push_back(query.alternative(typed, true));
            const std::vector<QByteArray> runs = letterDigitRuns(words[i]);
            if (!runs.empty() && wordRange(words[i]).first == wordRange(words[i]).second)
                part.alternatives.push_back(query.alternative(runs, true)); // "b12" written "B 12"
        }
        for (size_t k = i; k < i + used; ++k)
            part.typed += (k > i ? u" "_s : QString()) + QString::fromUtf8(words[k]);
        part.alternatives.erase(std::remove_if(part.alternatives.begin(), part.alternatives.end(),
                                                  [](const Query::Alternative &a) { return a.terms.empty(); }),
                                   part.alternatives.end());
        if (!part.alternatives.empty())
            query.concepts.push_back(std::move(part));
        i += used;
    }
    // Terms beyond what a 32-bit mask holds are dropped with the alternatives that need them.
    for (Query::Concept &part : query.concepts) {
        std::erase_if(part.alternatives, [](const Query::Alternative &a) {
            return std::any_of(a.terms.begin(), a.terms.end(), [](int t) { return size_t(t) >= MaxTerms; });
        });
    }
    std::erase_if(query.concepts, [](const Query::Concept &c) { return c.alternatives.empty(); });
    return query;
}

namespace {

struct Candidate
{
    quint32 id = 0;
    double score = 0;
    quint32 text = 0;
    bool byWords = false;
    quint32 mask = 0; // the query terms its text has
};

} // namespace

QList<IndexHit> CodeSetIndex::search(const QString &text, int limit) const
{
    QList<IndexHit> hits;
    if (m_count == 0 || limit <= 0)
        return hits;
    const Query query = parse(text);

    std::unordered_map<quint32, Candidate> candidates;
    for (const QByteArray &key : query.codes) {
        const auto [first, last] = codeRange(key);
        for (quint32 id = first; id < last; ++id) {
            const bool exact = compareCode(id, key, false) == 0;
            const double score = exact ? 1000.0 : 900.0 + ((m_flags[id] & Billable) ? 50.0 : 0.0);
            Candidate &c = candidates[id];
            c.id = id;
            c.score = std::max(c.score, score);
        }
    }

    // Each concept's alternatives as the term bits they need, worked out once for every text.
    struct Need
    {
        quint32 terms = 0;
        bool original = true;
    };
    std::vector<std::vector<Need>> needs(query.concepts.size());
    for (size_t i = 0; i < query.concepts.size(); ++i) {
        for (const Query::Alternative &alternative : query.concepts[i].alternatives) {
            quint32 bits = 0;
            for (const int t : alternative.terms)
                bits |= 1u << t;
            needs[i].push_back({bits, alternative.original});
        }
    }
    const auto satisfied = [&needs](size_t part, quint32 textMask, bool *original) {
        bool any = false;
        *original = false;
        for (const Need &need : needs[part]) {
            if ((textMask & need.terms) == need.terms) {
                any = true;
                *original = *original || need.original;
            }
        }
        return any;
    };
    const auto conceptsOf = [&](quint32 textMask) {
        int count = 0;
        for (size_t part = 0; part < needs.size(); ++part) {
            bool original = false;
            count += satisfied(part, textMask, &original) ? 1 : 0;
        }
        return count;
    };
    const auto matchedBy = [&](quint32 textMask) {
        QStringList notes;
        QStringList missing;
        for (size_t part = 0; part < needs.size(); ++part) {
            const Query::Concept &wanted = query.concepts[part];
            bool original = false;
            if (!satisfied(part, textMask, &original))
                missing << wanted.typed;
            else if (!original && wanted.synonym)
                notes << wanted.synonym->label();
        }
        if (!missing.isEmpty())
            notes << u"not found: "_s + missing.join(u", "_s);
        return notes.join(u"; "_s);
    };

    const size_t termCount = std::min(query.terms.size(), MaxTerms);
    quint32 typoTerms = 0; // the terms found only one or two typos away
    if (termCount > 0 && !query.concepts.empty()) {
        // Each term's matching words, best kind first: the word itself, its singular, words it
        // begins, and only when none of those exist, words one or two typos away.
        TextScratch &slots = TextScratch::forThisThread(m_textCount);
        const ScratchReset resetAfterwards(slots);
        // `whole`: the word itself however spelled (not a longer word it begins), for exactness.
        const auto scan = [&](quint32 w, quint32 bit, float weight, bool whole) {
            const quint32 end = load32(m_postingOffsets, w + 1);
            quint32 value = 0;
            for (quint32 p = load32(m_postingOffsets, w); p < end;) {
                quint32 gap = 0;
                for (int shift = 0; p < end && shift < 32; shift += 7) {
                    const uchar byte = m_postings[p++];
                    gap |= quint32(byte & 0x7f) << shift;
                    if (!(byte & 0x80))
                        break;
                }
                value += gap;
                const quint32 t = value / 2;
                if (t >= m_textCount)
                    break; // a damaged blob must not read out of bounds
                TextScratch::Slot &slot = slots[t];
                if (slot.mask & bit)
                    continue;
                if (slot.mask == 0)
                    slots.touch(t);
                slot.mask |= bit;
                slot.gain += value % 2 ? 0.25f * weight : weight;
                if (whole && value % 2 == 0 && slot.covered < 255)
                    ++slot.covered;
            }
        };
        for (size_t k = 0; k < termCount; ++k) {
            const QByteArray &term = query.terms[k];
            const quint32 bit = 1u << k;
            const auto [first, last] = wordRange(term);
            const char *begin = nullptr;
            const bool exact = first < last && word(first, &begin) == quint32(term.size());
            if (exact)
                scan(first, bit, 1.0f, true);
            bool found = exact;
            for (const QByteArray &singular : SearchWords::singulars(term)) {
                const auto [s, e] = wordRange(singular);
                if (s < e && word(s, &begin) == quint32(singular.size())) {
                    scan(s, bit, 0.95f, true);
                    found = true;
                }
            }
            const float prefixWeight = term.size() >= 3 ? 0.85f : 0.6f;
            for (quint32 w = exact ? first + 1 : first; w < last; ++w)
                scan(w, bit, prefixWeight, false);
            found = found || first < last;
            const int allowance = SearchWords::typoAllowance(term.size());
            if (!found && allowance > 0) {
                typoTerms |= bit;
                const auto [s, e] = wordRange(term.left(1));
                for (quint32 w = s; w < e; ++w) {
                    const quint32 length = word(w, &begin);
                    if (std::abs(qsizetype(length) - term.size()) <= allowance &&
                        SearchWords::editDistance(QByteArrayView(begin, length), term, allowance) <= allowance)
                        scan(w, bit, 0.75f, true);
                }
            }
        }

        const int all = int(query.concepts.size());
        std::vector<quint8> conceptCounts;
        conceptCounts.reserve(slots.touched().size());
        int best = 0;
        const std::vector<quint32> &touched = slots.touched();
        for (const quint32 t : touched) {
            conceptCounts.push_back(quint8(conceptsOf(slots[t].mask)));
            best = std::max(best, int(conceptCounts.back()));
        }
        // Every part, or (when no entry has them all) the most any entry has, at least half.
        const int needed = best == all ? all : std::max(best, (all + 1) / 2);
        for (size_t i = 0; i < touched.size(); ++i) {
            const quint32 t = touched[i];
            if (best == 0 || conceptCounts[i] < needed)
                continue;
            const quint32 id = load32(m_textEntries, t);
            const uchar *info = m_textInfo + size_t(t) * TextInfoBytes;
            const bool title = t == 0 || load32(m_textEntries, t - 1) != id;
            const double denominator = std::max<int>(info[0], 1);
            const double coverage = std::min(1.0, double(slots[t].gain) / denominator);
            const double share = double(needed) / double(all);
            const bool exact = needed == all && slots[t].covered >= info[0];
            const auto depth = qsizetype(strnlen(m_codes + size_t(id) * CodeWidth, CodeWidth));
            double score = 100.0 + 500.0 * coverage * share;
            if (exact)
                score += (info[2] & HasDefault) ? 50.0 : 60.0;
            if (info[2] & Late)
                score -= 40.0;
            score += double(std::max<qsizetype>(0, 7 - depth)) * 1.5;
            score += (info[2] & HasDefault) ? 1.0 : 0.0;
            score += (m_flags[id] & Billable) ? 1.2 : 0.0; // with the default's 1: a billable default child before its header
            score += double(255 - info[1]) / 255.0 * 0.45 - (title ? 0.0 : 0.2);
            score = std::round(score * 100.0) / 100.0;
            auto [it, inserted] = candidates.try_emplace(id);
            Candidate &c = it->second;
            if (!inserted && (!c.byWords || c.score >= score))
                continue; // a code match, or a better text of the same entry
            c = {id, score, t, true, slots[t].mask}; // what matched is said for the hits kept only
        }
    }

    std::vector<Candidate> ranked;
    ranked.reserve(candidates.size());
    for (auto &[id, candidate] : candidates)
        ranked.push_back(std::move(candidate));
    const auto better = [](const Candidate &a, const Candidate &b) {
        return a.score != b.score ? a.score > b.score : a.id < b.id;
    };
    const size_t keep = std::min(ranked.size(), size_t(limit));
    std::partial_sort(ranked.begin(), ranked.begin() + qsizetype(keep), ranked.end(), better);
    hits.reserve(qsizetype(keep));
    for (size_t i = 0; i < keep; ++i) {
        const Candidate &c = ranked[i];
        int term = -1;
        if (c.byWords) {
            quint32 first = c.text;
            while (first > 0 && load32(m_textEntries, first - 1) == c.id)
                --first;
            term = int(c.text - first) - 1;
        }
        const bool partial = c.byWords && size_t(conceptsOf(c.mask)) < needs.size();
        const bool fuzzy = c.byWords && (c.mask & typoTerms) != 0;
        hits.append({c.id, c.score, (m_flags[c.id] & Billable) != 0, term, c.byWords ? matchedBy(c.mask) : QString(),
                     partial, fuzzy});
    }
    return hits;
}

} // namespace codedesk
