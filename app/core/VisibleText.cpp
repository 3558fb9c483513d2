#include "core/VisibleText.h"

namespace codedesk::VisibleText {

bool isHiddenControl(char16_t c)
{
    if (c < 0x20)
        return c != u'\t' && c != u'\n' && c != u'\r';
    return c == 0x7F || (c >= 0x80 && c <= 0x9F);
}

QString withVisibleControls(const QString &text)
{
    qsizetype first = 0;
    while (first < text.size() && !isHiddenControl(text.at(first).unicode()))
        ++first;
    if (first == text.size())
        return text;
    QString visible = text;
    for (qsizetype i = first; i < visible.size(); ++i) {
        const char16_t c = visible.at(i).unicode();
        if (!isHiddenControl(c))
            continue;
        visible[i] = c < 0x20 ? QChar(char16_t(0x2400 + c)) : c == 0x7F ? QChar(char16_t(0x2421)) : QChar(0xFFFD);
    }
    return visible;
}

} // namespace codedesk::VisibleText
