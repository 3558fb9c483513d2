#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

class QJsonValue;

namespace codedesk {

// An amount of money in whole cents. Charges are exact decimals, never floating point.
class Money final
{
public:
    enum class Sign
    {
        NonNegative,
        AllowNegative
    };

    constexpr Money() = default;
    static constexpr Money fromCents(qint64 cents) { return Money(cents); }

    // "4200", "4200.00", "4200.5" (surrounding spaces ignored). Rejects more than two decimals,
    // separators ("4,200"), exponents, currency signs, and a minus sign unless allowed.
    static std::optional<Money> parse(QStringView text, Sign sign = Sign::NonNegative, QString *error = nullptr);
    // A JSON string in the format above, or a JSON number with at most two decimals.
    static std::optional<Money> fromJson(const QJsonValue &value, Sign sign = Sign::NonNegative,
                                         QString *error = nullptr);

    constexpr qint64 cents() const { return m_cents; }
    QString toString() const; // "4200.00", "-0.50"

    friend constexpr bool operator==(Money a, Money b) { return a.m_cents == b.m_cents; }
    friend constexpr auto operator<=>(Money a, Money b) { return a.m_cents <=> b.m_cents; }
    friend constexpr Money operator+(Money a, Money b) { return Money(a.m_cents + b.m_cents); }
    Money &operator+=(Money other)
    {
        m_cents += other.m_cents;
        return *this;
    }

    // The largest amount accepted: 15 integer digits keep every sum of 10^5 lines exact.
    static constexpr qint64 maximumCents = 99'999'999'999'999;

private:
    constexpr explicit Money(qint64 cents)
        : m_cents(cents)
    {}
    qint64 m_cents = 0;
};

} // namespace codedesk

Q_DECLARE_METATYPE(codedesk::Money)
