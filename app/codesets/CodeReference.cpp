#include "codesets/CodeReference.h"

#include "codesets/CodeSetTypes.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

bool CodeReference::covers(const QString &codeKey) const
{
    if (first.isEmpty() || codeKey.size() < first.size())
        return false;
    return QStringView(codeKey).left(first.size()).compare(first) >= 0 &&
           QStringView(codeKey).left(last.size()).compare(last) <= 0;
}

QList<CodeReference> CodeReference::parse(const QString &noteText)
{
    static const QRegularExpression group(u"\\(([^()]*)\\)"_s);
    static const QRegularExpression item(u"^([A-Z][0-9][0-9A-Z](?:\\.[0-9A-Z]{0,4})?)(?:\\.?-)?"
                                         "(?:\\s*-\\s*([A-Z][0-9][0-9A-Z](?:\\.[0-9A-Z]{0,4})?)(?:\\.?-)?)?$"_s);
    QList<CodeReference> references;
    auto groups = group.globalMatch(noteText);
    while (groups.hasNext()) {
        const QStringList items = groups.next().captured(1).split(u',');
        for (const QString &text : items) {
            const QRegularExpressionMatch match = item.match(text.trimmed());
            if (!match.hasMatch())
                continue;
            const QString first = codeKey(match.captured(1));
            const QString last = match.captured(2).isEmpty() ? first : codeKey(match.captured(2));
            references.append({first, last});
        }
    }
    return references;
}

} // namespace codedesk
