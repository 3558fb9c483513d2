#include "worksheet/DateInput.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

QDate parseDateInput(const QString &input, bool finished)
{
    const QString text = input.trimmed();
    static const QRegularExpression iso(u"^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"_s);
    static const QRegularExpression us(u"^(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})$"_s);
    if (const QRegularExpressionMatch match = iso.match(text); match.hasMatch())
        return QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    const QRegularExpressionMatch match = us.match(text);
    if (!match.hasMatch())
        return {};
    int year = match.captured(3).toInt();
    if (match.captured(3).size() == 2) {
        if (!finished)
            return {};
        year += 2000;
        if (year > QDate::currentDate().year() + 20)
            year -= 100;
    }
    return QDate(year, match.captured(1).toInt(), match.captured(2).toInt());
}

} // namespace codedesk
