#include "worksheet/CodeFormat.h"

namespace codedesk {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiAlphanumeric(QChar c)
{
    return isAsciiDigit(c) || (c >= u'A' && c <= u'Z');
}

} // namespace

bool isModifierFormat(QStringView modifier)
{
    return modifier.size() == 2 && isAsciiAlphanumeric(modifier[0]) && isAsciiAlphanumeric(modifier[1]);
}

bool isIcd10CmFormat(QStringView code)
{
    if (code.size() < 3 || !(code[0] >= u'A' && code[0] <= u'Z') || !isAsciiDigit(code[1]) ||
        !isAsciiAlphanumeric(code[2]))
        return false;
    QStringView rest = code.mid(3);
    if (rest.startsWith(u'.')) {
        rest = rest.mid(1);
        if (rest.isEmpty())
            return false;
    }
    if (rest.size() > 4)
        return false;
    for (QChar c : rest) {
        if (!isAsciiAlphanumeric(c))
            return false;
    }
    return true;
}

bool isValidNpi(QStringView npi)
{
    if (npi.size() != 10)
        return false;
    for (QChar c : npi) {
        if (!isAsciiDigit(c))
            return false;
    }
    // Luhn over "80840" + the first nine digits, doubling every second digit from the right of
    // that 14-digit payload; the 80840 prefix contributes a constant 24.
    int sum = 24;
    for (int i = 8; i >= 0; --i) {
        int digit = npi[i].unicode() - u'0';
        if ((8 - i) % 2 == 0) {
            digit *= 2;
            if (digit > 9)
                digit -= 9;
        }
        sum += digit;
    }
    const int check = (10 - sum % 10) % 10;
    return check == npi[9].unicode() - u'0';
}

QString dottedIcd10Cm(const QString &code)
{
    if (code.size() <= 3 || code.contains(u'.') || !isIcd10CmFormat(code))
        return code;
    return code.left(3) + u'.' + code.mid(3);
}

} // namespace codedesk
