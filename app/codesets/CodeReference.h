#pragma once

#include <QList>
#include <QString>

namespace codedesk {

// A code or range of codes a tabular note refers to in parentheses: "(C78.7)", "(F10.-)",
// "(B18.0-B18.1)", "(P04-P96)". Stored as code keys (no dots); a reference covers a code when the
// code's leading characters fall between first and last.
struct CodeReference
{
    QString first;
    QString last;

    bool covers(const QString &codeKey) const;
    static QList<CodeReference> parse(const QString &noteText);
};

} // namespace codedesk
