#include "worksheet/Money.h"

#include <QJsonValue>

#include <cmath>
#include <iterator>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

std::optional<Money> Money::parse(QStringView text, Sign sign, QString *error)
{
    const QStringView trimmed = text.trimmed();
    const QString shown = trimmed.toString();
    if (trimmed.isEmpty()) {
        fail(error, u"an amount is required"_s);
        return std::nullopt;
    }
    qsizetype i = 0;
    bool negative = false;
    if (trimmed.at(0) == u'-') {
        if (sign != Sign::AllowNegative) {
            fail(error, u"\"%1\" is negative; an amount here must be 0 or more"_s.arg(shown));
            return std::nullopt;
        }
        negative = true;
        ++i;
    }
    qint64 units = 0;
    int integerDigits = 0;
    for (; i < trimmed.size() && trimmed.at(i).isDigit() && trimmed.at(i).unicode() < 128; ++i) {
        if (++integerDigits > 13) {
            fail(error, u"\"%1\" is too large"_s.arg(shown));
            return std::nullopt;
        }
        units = units * 10 + (trimmed.at(i).unicode() - u'0');
    }
    if (integerDigits == 0) {
        fail(error, u"\"%1\" is not an amount (write it as 4200 or 4200.00)"_s.arg(shown));
        return std::nullopt;
    }
    qint64 cents = 0;
    if (i < trimmed.size() && trimmed.at(i) == u'.') {
        ++i;
        int decimals = 0;
        for (; i < trimmed.size() && trimmed.at(i).isDigit() && trimmed.at(i).unicode() < 128; ++i) {
            if (++decimals > 2) {
                fail(error, u"\"%1\" has more than two decimals"_s.arg(shown));
                return std::nullopt;
            }
            cents = cents * 10 + (trimmed.at(i).unicode() - u'0');
        }
        if (decimals == 0) {
            fail(error, u"\"%1\" has no digits after the decimal point"_s.arg(shown));
            return std::nullopt;
        }
        if (decimals == 1)
            cents *= 10;
    }
    if (i != trimmed.size()) {
        fail(error, u"\"%1\" is not an amount: only digits and one decimal point, no separators or signs"_s.arg(shown));
        return std::nullopt;
    }
    const qint64 total = units * 100 + cents;
    if (total > maximumCents) {
        fail(error, u"\"%1\" is too large"_s.arg(shown));
        return std::nullopt;
    }
    return Money(negative ? -total : total);
}

std::optional<Money> Money::fromJson(const QJsonValue &value, Sign sign, QString *error)
{
    if (value.isString())
        return parse(value.toString(), sign, error);
    if (!value.isDouble()) {
        fail(error, u"an amount must be a decimal string such as \"4200.00\""_s);
        return std::nullopt;
    }
    const double number = value.toDouble();
    const double scaled = number * 100.0;
    if (!std::isfinite(number) || std::fabs(scaled) > double(maximumCents)) {
        fail(error, u"the amount %1 is too large"_s.arg(number));
        return std::nullopt;
    }
    const double rounded = std::round(scaled);
    // A JSON number is binary floating point: 4200.1 is 420009.99999... cents. Accept what is
    // within rounding noise of whole cents (a few ulps even at the maximum) and reject a real
    // third decimal such as 4200.125 or 4200.001.
    if (std::fabs(scaled - rounded) > 0.005) {
        fail(error, u"the amount %1 has more than two decimals"_s.arg(number, 0, 'g', 17));
        return std::nullopt;
    }
    if (rounded < 0 && sign != Sign::AllowNegative) {
        fail(error, u"the amount %1 is negative; an amount here must be 0 or more"_s.arg(number));
        return std::nullopt;
    }
    return Money(qint64(rounded));
}

QString Money::toString() const
{
    // Written by hand: this runs for every line of every save and export.
    char16_t buffer[24];
    qsizetype start = std::size(buffer);
    qint64 magnitude = m_cents < 0 ? -m_cents : m_cents;
    for (int digit = 0; digit < 3 || magnitude > 0; ++digit) {
        if (digit == 2)
            buffer[--start] = u'.';
        buffer[--start] = char16_t(u'0' + magnitude % 10);
        magnitude /= 10;
    }
    if (m_cents < 0)
        buffer[--start] = u'-';
    return QString(reinterpret_cast<const QChar *>(buffer + start), qsizetype(std::size(buffer)) - start);
}

} // namespace codedesk
