#include "codesets/CodeSetIndex.h"

#include "codesets/CodeSetTypes.h"

#include <array>
#include <string>
#include <string_view>
#include <unordered_map>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numeric>

namespace codedesk {

namespace {

constexpr quint32 Magic = 0x31584443; // "CDX1"
constexpr int HeaderWords = 8;
constexpr qsizetype CodeWidth = 8;
constexpr int MaxTokens = 16;

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

void appendFolded(QByteArray &word, QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80) {
        word.append(char(u >= 'A' && u <= 'Z' ? u + 32 : u));
        return;
    }
    const QString decomposed = c.decomposition();
    const QChar base = decomposed.isEmpty() ? c : decomposed.at(0);
    if (base.unicode() < 0x80 && base.isLetterOrNumber())
        word.append(char(base.toLower().unicode()));
    else
        word.append(QString(base.toLower()).toUtf8());
}

struct Candidate
{
    quint32 id;
    quint8 matchClass; // 2 exact code, 1 code prefix, 0 words only
    quint8 billable;
    quint8 wholeWords;
    quint8 titleLength;
};

bool ranksBefore(const Candidate &a, const Candidate &b)
{
    if (a.matchClass != b.matchClass)
        return a.matchClass > b.matchClass;
    if (a.billable != b.billable)
        return a.billable > b.billable;
    if (a.wholeWords != b.wholeWords)
        return a.wholeWords > b.wholeWords;
    // Among code matches, code order reads best; among word matches, the shorter title is closer.
    if (a.matchClass == 0 && a.titleLength != b.titleLength)
        return a.titleLength < b.titleLength;
    return a.id < b.id;
}

// On the scale of the procedure search (SearchHit): 1000 exact code, 900s code prefix, 500s words.
// Each step outweighs everything after it, so the score orders hits as ranksBefore() does.
double scoreOf(const Candidate &c)
{
    static constexpr double base[] = {500.0, 900.0, 1000.0};
    if (c.matchClass == 2)
        return base[2];
    const double shortness = c.matchClass == 0 ? double(255 - c.titleLength) / 255.0 * 3.99 : 0.0;
    const double score = base[c.matchClass] + c.billable * 50.0 + std::min<int>(c.wholeWords, 11) * 4.0 + shortness;
    return std::round(score * 100.0) / 100.0;
}

} // namespace

namespace {

// Calls `emit(std::string_view)` for each folded word of `text`; `buffer` is reused between calls.
template <typename Emit> void forEachWord(QStringView text, QByteArray &buffer, Emit emit)
{
    buffer.clear();
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9')) {
            buffer.append(char(u));
        } else if (u >= 'A' && u <= 'Z') {
            buffer.append(char(u + 32));
        } else if (u >= 0x80 && c.isLetterOrNumber()) {
            appendFolded(buffer, c);
        } else if (!buffer.isEmpty()) {
            emit(std::string_view(buffer.constData(), size_t(buffer.size())));
            buffer.clear();
        }
    }
    if (!buffer.isEmpty())
        emit(std::string_view(buffer.constData(), size_t(buffer.size())));
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

} // namespace

std::vector<QByteArray> CodeSetIndex::words(QStringView text)
{
    std::vector<QByteArray> result;
    QByteArray buffer;
    forEachWord(text, buffer,
                [&result](std::string_view word) { result.emplace_back(word.data(), qsizetype(word.size())); });
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

    // Word ids in order of first sight, each with its ids; entries come in id order, so a
    // posting list stays sorted and a repeated word in one title is caught by its last id.
    std::unordered_map<std::string, quint32> wordIds;
    wordIds.reserve(32768);
    std::vector<std::string> wordTexts;
    std::vector<std::vector<quint32>> postings;
    QByteArray buffer;
    std::string lookup;
    quint32 postingCount = 0;
    for (quint32 id = 0; id < count; ++id) {
        forEachWord(entries.at(perm[id]).title, buffer, [&](std::string_view word) {
            lookup.assign(word);
            auto [it, inserted] = wordIds.try_emplace(lookup, quint32(wordTexts.size()));
            if (inserted) {
                wordTexts.push_back(lookup);
                postings.emplace_back();
            }
            std::vector<quint32> &ids = postings[it->second];
            if (ids.empty() || ids.back() != id) {
                ids.push_back(id);
                ++postingCount;
            }
        });
    }
    std::vector<quint32> vocabulary(wordTexts.size());
    std::iota(vocabulary.begin(), vocabulary.end(), 0u);
    std::sort(vocabulary.begin(), vocabulary.end(), [&](quint32 a, quint32 b) { return wordTexts[a] < wordTexts[b]; });

    QByteArray encoded; // varint gaps: the first id, then the distance to each next id
    encoded.reserve(qsizetype(postingCount) * 2);
    std::vector<quint32> postingOffsets;
    postingOffsets.reserve(vocabulary.size() + 1);
    quint32 poolBytes = 0;
    for (const quint32 w : vocabulary) {
        postingOffsets.push_back(quint32(encoded.size()));
        quint32 previous = 0;
        for (const quint32 id : postings[w]) {
            appendVarint(encoded, id - previous);
            previous = id;
        }
        poolBytes += quint32(wordTexts[w].size());
    }
    postingOffsets.push_back(quint32(encoded.size()));

    QByteArray blob;
    blob.reserve(HeaderWords * 4 + qsizetype(count) * (CodeWidth + 2) + 8 * qsizetype(vocabulary.size() + 1) +
                 encoded.size() + poolBytes + 8);
    for (quint32 value : {Magic, FormatVersion, count, quint32(vocabulary.size()), quint32(encoded.size()), poolBytes,
                          postingCount, 0u})
        append32(blob, value);
    for (quint32 id = 0; id < count; ++id)
        blob.append(keys[perm[id]].data(), CodeWidth);
    for (quint32 id = 0; id < count; ++id)
        blob.append(char(entries.at(perm[id]).billable ? 1 : 0));
    for (quint32 id = 0; id < count; ++id)
        blob.append(char(std::min<qsizetype>(entries.at(perm[id]).title.size(), 255)));
    pad4(blob);
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
    const quint64 wordCount = load32(base, 3);
    const quint64 postingBytes = load32(base, 4);
    const quint64 poolBytes = load32(base, 5);
    quint64 codesAt = HeaderWords * 4;
    quint64 flagsAt = codesAt + count * CodeWidth;
    quint64 lengthsAt = flagsAt + count;
    quint64 wordOffsetsAt = (lengthsAt + count + 3) / 4 * 4;
    quint64 postingOffsetsAt = wordOffsetsAt + (wordCount + 1) * 4;
    quint64 postingsAt = postingOffsetsAt + (wordCount + 1) * 4;
    quint64 poolAt = postingsAt + postingBytes;
    if (poolAt + poolBytes != quint64(blob.size()))
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
    m_blob = blob;
    const auto *data = reinterpret_cast<const uchar *>(m_blob.constData());
    m_count = quint32(count);
    m_wordCount = quint32(wordCount);
    m_codes = reinterpret_cast<const char *>(data + codesAt);
    m_flags = data + flagsAt;
    m_titleLengths = data + lengthsAt;
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

std::pair<quint32, quint32> CodeSetIndex::wordRange(const QByteArray &prefix) const
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
        if (wordAt(mid) < QByteArrayView(prefix))
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

QList<IndexHit> CodeSetIndex::search(const QString &query, int limit) const
{
    QList<IndexHit> hits;
    if (m_count == 0 || limit <= 0)
        return hits;
    QByteArray key = codeKey(query).toLatin1();
    bool codeLike = !key.isEmpty() && key.size() <= CodeWidth && !query.trimmed().contains(u' ');
    for (const char c : std::as_const(key))
        codeLike = codeLike && ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));

    std::vector<Candidate> candidates;
    std::pair<quint32, quint32> codes{0, 0};
    if (codeLike) {
        codes = codeRange(key);
        candidates.reserve(codes.second - codes.first);
        for (quint32 id = codes.first; id < codes.second; ++id)
            candidates.push_back(
                {id, quint8(compareCode(id, key, false) == 0 ? 2 : 1), m_flags[id], 0, m_titleLengths[id]});
    }

    std::vector<QByteArray> tokens = words(query);
    std::sort(tokens.begin(), tokens.end());
    tokens.erase(std::unique(tokens.begin(), tokens.end()), tokens.end());
    if (tokens.size() > MaxTokens)
        tokens.resize(MaxTokens);
    if (!tokens.empty()) {
        std::vector<quint16> matched(m_count, 0);
        std::vector<quint8> whole(m_count, 0);
        std::vector<quint32> pool; // ids seen for the first token: every full match is among them
        const auto full = quint16((1u << tokens.size()) - 1);
        for (size_t t = 0; t < tokens.size(); ++t) {
            const auto [first, last] = wordRange(tokens[t]);
            for (quint32 w = first; w < last; ++w) {
                const char *begin = nullptr;
                const bool exact = word(w, &begin) == quint32(tokens[t].size());
                const quint32 end = load32(m_postingOffsets, w + 1);
                quint32 id = 0;
                for (quint32 p = load32(m_postingOffsets, w); p < end;) {
                    quint32 gap = 0;
                    for (int shift = 0; p < end && shift < 32; shift += 7) {
                        const uchar byte = m_postings[p++];
                        gap |= quint32(byte & 0x7f) << shift;
                        if (!(byte & 0x80))
                            break;
                    }
                    id += gap;
                    if (id >= m_count)
                        break; // a damaged blob must not read out of bounds
                    if (t == 0 && matched[id] == 0)
                        pool.push_back(id);
                    matched[id] |= quint16(1u << t);
                    whole[id] += exact ? 1 : 0;
                }
            }
        }
        for (Candidate &c : candidates) {
            if (matched[c.id] == full)
                c.wholeWords = whole[c.id];
        }
        for (const quint32 id : pool) {
            if (matched[id] == full && (id < codes.first || id >= codes.second))
                candidates.push_back({id, 0, m_flags[id], whole[id], m_titleLengths[id]});
        }
    }
    const size_t keep = std::min(candidates.size(), size_t(limit));
    std::partial_sort(candidates.begin(), candidates.begin() + qsizetype(keep), candidates.end(), ranksBefore);
    hits.reserve(qsizetype(keep));
    for (size_t i = 0; i < keep; ++i)
        hits.append({candidates[i].id, scoreOf(candidates[i]), candidates[i].billable != 0});
    return hits;
}

} // namespace codedesk
