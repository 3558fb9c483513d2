#include "worksheet/ClaimFinding.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

namespace {
// lupdate files a tr() call in a namespace under the namespace's name: the context looked up here.
QString tr(const char *text)
{
    return QCoreApplication::translate("codedesk", text);
}
} // namespace

QString findingLines(const ClaimFinding &finding)
{
    if (finding.lines.size() <= 1)
        return finding.line < 0 ? QString() : QString::number(finding.line + 1);
    // Runs of consecutive lines as ranges: "2–300, 302".
    QStringList parts;
    for (qsizetype i = 0; i < finding.lines.size();) {
        qsizetype end = i;
        while (end + 1 < finding.lines.size() && finding.lines.at(end + 1) == finding.lines.at(end) + 1)
            ++end;
        const QString first = QString::number(finding.lines.at(i) + 1);
        if (end == i)
            parts << first;
        else
            parts << first + (end == i + 1 ? u", "_s : u"–"_s) + QString::number(finding.lines.at(end) + 1);
        i = end + 1;
    }
    return parts.join(u", "_s);
}

QString findingPlace(const ClaimFinding &finding)
{
    if (finding.lines.size() > 1)
        return tr("lines %1").arg(findingLines(finding));
    if (finding.line < 0)
        return tr("claim");
    return tr("line %1").arg(finding.line + 1);
}

QString findingSummary(const ClaimFinding &finding)
{
    return findingPlace(finding) + u": "_s + finding.message;
}

} // namespace codedesk
