#pragma once

#include <QStringList>

namespace codedesk::cli {

// The window's own part of argv: Qt's standard window options (-style, -platform, -reverse ...,
// which QApplication consumes) are taken out before CodeDesk parses the rest, and what the
// window is asked to open is checked before any application object exists.
class WindowArguments final
{
public:
    // argv (program name first) without Qt's window options that come before a subcommand.
    static QStringList withoutQtOptions(const QStringList &arguments);

    // The platform named by -platform NAME / -platform=NAME, or empty.
    static QString platformOption(const QStringList &arguments);

    // True for a word that can only be meant as a subcommand (no path separator, no dot) and
    // that names no file here: `codedesk lsit` is a typo, not a worksheet called "lsit".
    static bool looksLikeCommand(const QString &argument);

    // The known command closest to `word` by edit distance, when it is close enough; or empty.
    static QString closestCommand(const QString &word, const QStringList &commands);
};

} // namespace codedesk::cli
