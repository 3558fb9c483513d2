#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>
#include <QStringView>

#include <functional>
#include <string_view>
#include <vector>


namespace codedesk {

// The word rules the code-set search shares between building its index and reading a query.
namespace SearchWords {

// The tokens a query is made of: what white space, commas and semicolons separate ("C78.7, liver"
// -> "C78.7", "liver"). A loop rather than a regular expression: compiling one costs a
// short command-line search about half a millisecond.
QStringList tokens(const QString &query);

// Calls emit(std::string_view word, bool inParentheses) for each lower-case, accent-folded word
// of letters and digits; words in (parentheses) or [brackets] are ICD-10-CM's nonessential
// modifiers. `buffer` is reused between calls.
void forEach(QStringView text, QByteArray &buffer, const std::function<void(std::string_view, bool)> &emit);

// Words that carry no meaning of their own in a title or a query ("of", "and", "with").
bool isStopWord(std::string_view word);
// Words that say a code is the default among its siblings: "unspecified", "NOS", "(site) not
// specified". A title needs them to be no more exactly what the coder typed.
bool isDefaultWord(std::string_view word, std::string_view previous);
// Words of a later encounter: "subsequent", "sequela".
bool isLateWord(std::string_view word);

// Singular forms of a plural or possessive-without-apostrophe ("alzheimers" -> "alzheimer",
// "injuries" -> "injury"); empty for short words.
std::vector<QByteArray> singulars(QByteArrayView word);

// Optimal-string-alignment distance (a swap of neighbours is one edit), or max + 1 when greater.
int editDistance(QByteArrayView a, QByteArrayView b, int max);
// How many typos a word of this length may carry: none below 5 letters, one to 7, else two.
int typoAllowance(qsizetype length);

} // namespace SearchWords

} // namespace codedesk
