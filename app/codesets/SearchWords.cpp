#include "codesets/SearchWords.h"

#include <QString>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <functional>

namespace codedesk::SearchWords {

namespace {

void appendFolded(QByteArray &word, QChar c)
{
    const QString decomposed = c.decomposition();
    const QChar base = decomposed.isEmpty() ? c : decomposed.at(0);
    if (base.unicode() < 0x80 && base.isLetterOrNumber())
        word.append(char(base.toLower().unicode()));
    else
        word.append(QString(base.toLower()).toUtf8());
}

} // namespace

void forEach(QStringView text, QByteArray &buffer, const std::function<void(std::string_view, bool)> &emit)
{
    buffer.clear();
    int depth = 0;
    bool wordInParentheses = false;
    const auto flush = [&] {
        if (!buffer.isEmpty())
            emit(std::string_view(buffer.constData(), size_t(buffer.size())), wordInParentheses);
        buffer.clear();
    };
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool letter = (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || (u >= 'A' && u <= 'Z') ||
                            (u >= 0x80 && c.isLetterOrNumber());
        if (letter) {
            if (buffer.isEmpty())
                wordInParentheses = depth > 0;
            if (u < 0x80)
                buffer.append(char(u >= 'A' && u <= 'Z' ? u + 32 : u));
            else
                appendFolded(buffer, c);
            continue;
        }
        flush();
        if (u == '(' || u == '[')
            ++depth;
        else if ((u == ')' || u == ']') && depth > 0)
            --depth;
    }
    flush();
}

bool isStopWord(std::string_view word)
{
    static constexpr std::array<std::string_view, 21> words = {
        "a", "an", "and", "as", "at", "by", "due", "for", "from", "in", "into",
        "is", "not", "of", "on", "or", "per", "s", "than", "the", "to"};
    static constexpr std::array<std::string_view, 2> more = {"with", "w"};
    return std::find(words.begin(), words.end(), word) != words.end() ||
           std::find(more.begin(), more.end(), word) != more.end();
}

bool isDefaultWord(std::string_view word, std::string_view previous)
{
    return word == "unspecified" || word == "nos" || (word == "specified" && previous == "not");
}

bool isLateWord(std::string_view word)
{
    return word == "subsequent" || word.starts_with("sequela");
}

std::vector<QByteArray> singulars(QByteArrayView word)
{
    std::vector<QByteArray> result;
    if (word.size() < 4 || !word.endsWith('s') || word.endsWith("ss"))
        return result;
    if (word.endsWith("ies"))
        result.push_back(word.first(word.size() - 3).toByteArray() + 'y');
    if (word.endsWith("es"))
        result.push_back(word.first(word.size() - 2).toByteArray());
    result.push_back(word.first(word.size() - 1).toByteArray());
    return result;
}

int editDistance(QByteArrayView a, QByteArrayView b, int max)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (std::abs(n - m) > max)
        return max + 1;
    std::vector<int> before(size_t(m + 1)), previous(size_t(m + 1)), current(size_t(m + 1));
    for (qsizetype j = 0; j <= m; ++j)
        previous[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = int(i);
        int rowBest = current[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int value = std::min({previous[size_t(j)] + 1, current[size_t(j - 1)] + 1, previous[size_t(j - 1)] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                value = std::min(value, before[size_t(j - 2)] + 1);
            current[size_t(j)] = value;
            rowBest = std::min(rowBest, value);
        }
        if (rowBest > max)
            return max + 1;
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return std::min(previous[size_t(m)], max + 1);
}

int typoAllowance(qsizetype length)
{
    return length >= 8 ? 2 : (length >= 5 ? 1 : 0);
}

QStringList tokens(const QString &query)
{
    QStringList result;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= query.size(); ++i) {
        const bool separator = i == query.size() || query.at(i).isSpace() || query.at(i) == u',' || query.at(i) == u';';
        if (separator && start >= 0) {
            result.append(query.mid(start, i - start));
            start = -1;
        } else if (!separator && start < 0) {
            start = i;
        }
    }
    return result;
}

} // namespace codedesk::SearchWords
