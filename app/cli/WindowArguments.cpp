#include "cli/WindowArguments.h"

#include <QFileInfo>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace codedesk::cli {

namespace {

// QGuiApplication and QApplication options (Qt 6 documentation of QGuiApplication/QApplication);
// a doubled dash is accepted as Qt accepts it.
const QStringList &optionsWithValue()
{
    static const QStringList names = {u"platform"_s, u"platformpluginpath"_s, u"platformtheme"_s, u"plugin"_s,
                                      u"qwindowgeometry"_s, u"qwindowicon"_s, u"qwindowtitle"_s, u"session"_s,
                                      u"display"_s, u"geometry"_s, u"style"_s, u"stylesheet"_s};
    return names;
}

const QStringList &flagOptions()
{
    static const QStringList names = {u"reverse"_s, u"widgetcount"_s, u"nograb"_s, u"dograb"_s, u"sync"_s};
    return names;
}

// "style" for -style, --style, -style=fusion; empty for anything else.
QString qtOptionName(const QString &argument)
{
    if (!argument.startsWith(u'-') || argument.size() < 2)
        return {};
    QString name = argument.mid(argument.startsWith(u"--"_s) ? 2 : 1);
    const qsizetype equals = name.indexOf(u'=');
    if (equals >= 0) {
        name.truncate(equals);
        return optionsWithValue().contains(name) ? name : QString();
    }
    return optionsWithValue().contains(name) || flagOptions().contains(name) ? name : QString();
}

// Optimal string alignment distance: a swap of two neighbours ("lsit") counts as one edit.
int editDistance(const QString &a, const QString &b)
{
    const qsizetype rows = a.size() + 1;
    const qsizetype columns = b.size() + 1;
    QList<int> d(rows * columns);
    const auto at = [&](qsizetype i, qsizetype j) -> int & { return d[i * columns + j]; };
    for (qsizetype i = 0; i < rows; ++i)
        at(i, 0) = int(i);
    for (qsizetype j = 0; j < columns; ++j)
        at(0, j) = int(j);
    for (qsizetype i = 1; i < rows; ++i) {
        for (qsizetype j = 1; j < columns; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            at(i, j) = std::min({at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                at(i, j) = std::min(at(i, j), at(i - 2, j - 2) + 1);
        }
    }
    return at(rows - 1, columns - 1);
}

} // namespace

QStringList WindowArguments::withoutQtOptions(const QStringList &arguments)
{
    QStringList kept;
    bool afterPositional = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (i == 0 || afterPositional) {
            kept << argument;
            continue;
        }
        const QString name = qtOptionName(argument);
        if (name.isEmpty()) {
            if (!argument.startsWith(u'-'))
                afterPositional = looksLikeCommand(argument);
            kept << argument;
            continue;
        }
        if (!argument.contains(u'=') && optionsWithValue().contains(name))
            ++i; // its value
    }
    return kept;
}

QString WindowArguments::platformOption(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (qtOptionName(argument) != u"platform"_s)
            continue;
        const qsizetype equals = argument.indexOf(u'=');
        if (equals >= 0)
            return argument.mid(equals + 1);
        return i + 1 < arguments.size() ? arguments.at(i + 1) : QString();
    }
    return {};
}

bool WindowArguments::looksLikeCommand(const QString &argument)
{
    // A word: a letter, then letters, digits, '_' or '-' (a loop: no regular expression to
    // compile on every start).
    const auto isLetter = [](QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'); };
    if (argument.isEmpty() || !isLetter(argument.front()))
        return false;
    for (const QChar c : argument) {
        if (!isLetter(c) && !(c >= u'0' && c <= u'9') && c != u'_' && c != u'-')
            return false;
    }
    return !QFileInfo::exists(argument);
}

QString WindowArguments::closestCommand(const QString &word, const QStringList &commands)
{
    QString best;
    int bestDistance = 3; // more than two edits away is not a typo of it
    for (const QString &command : commands) {
        const int distance = editDistance(word.toLower(), command);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = command;
        }
    }
    return best;
}

} // namespace codedesk::cli
