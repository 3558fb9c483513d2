#include "worksheet/ClaimLine.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

QString pointerLetter(int index)
{
    if (index >= 0 && index < 26)
        return QString(QChar(u'A' + index));
    return QString::number(index + 1);
}

std::optional<int> pointerIndex(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.size() == 1) {
        const char16_t c = trimmed.at(0).toUpper().unicode();
        if (c >= u'A' && c <= u'Z')
            return int(c - u'A');
    }
    bool ok = false;
    const int number = trimmed.toInt(&ok);
    if (ok && number >= 1 && number <= 99 && trimmed.at(0) != u'+')
        return number - 1;
    return std::nullopt;
}

std::optional<QList<int>> parsePointerList(QStringView text)
{
    QList<int> pointers;
    const QStringView trimmed = text.trimmed();
    const bool separated = trimmed.contains(u',') || trimmed.contains(u' ');
    if (!separated) {
        // "ABC" (the box 24E way) or a single pointer "12".
        if (trimmed.isEmpty())
            return pointers;
        if (const auto single = pointerIndex(trimmed))
            return QList<int>{*single};
        for (QChar c : trimmed) {
            const auto index = pointerIndex(QStringView(&c, 1));
            if (!index || !c.isLetter())
                return std::nullopt;
            pointers << *index;
        }
        return pointers;
    }
    for (QStringView part : trimmed.split(QRegularExpression(u"[,\\s]+"_s), Qt::SkipEmptyParts)) {
        const auto index = pointerIndex(part);
        if (!index)
            return std::nullopt;
        pointers << *index;
    }
    return pointers;
}

QString pointerListText(const QList<int> &pointers)
{
    QStringList letters;
    for (int index : pointers)
        letters << pointerLetter(index);
    return letters.join(u", "_s);
}

} // namespace codedesk
