#include "codesets/TextDecoding.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

namespace {

// 0x80..0x9F; 0 marks the five bytes Windows-1252 leaves undefined (kept as the C1 control).
constexpr std::array<char16_t, 32> cp1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

} // namespace

QString decodeWindows1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char byte : bytes) {
        const auto value = static_cast<unsigned char>(byte);
        char16_t c = value;
        if (value >= 0x80 && value < 0xA0 && cp1252High[value - 0x80] != 0)
            c = cp1252High[value - 0x80];
        *out++ = QChar(c);
    }
    return text;
}

QString decodeUtf8OrWindows1252(QByteArrayView bytes)
{
    bool ascii = true;
    for (const char byte : bytes)
        ascii = ascii && static_cast<unsigned char>(byte) < 0x80;
    if (ascii)
        return QString::fromLatin1(bytes.data(), bytes.size()); // the common case, and the fastest
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return decodeWindows1252(bytes);
    return text;
}

QByteArrayView trimmedField(QByteArrayView line, qsizetype from, qsizetype length)
{
    if (from >= line.size())
        return {};
    QByteArrayView field = line.sliced(from, std::min(length, line.size() - from));
    while (!field.isEmpty() && (field.front() == ' ' || field.front() == '\t'))
        field = field.sliced(1);
    while (!field.isEmpty() && (field.back() == ' ' || field.back() == '\t'))
        field.chop(1);
    return field;
}

int yearNamedIn(const QString &text)
{
    static const QRegularExpression year(u"(?<![0-9])(19[89][0-9]|20[0-9][0-9])(?![0-9])"_s);
    const QRegularExpressionMatch match = year.match(text);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

} // namespace codedesk
