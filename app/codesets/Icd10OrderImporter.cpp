#include "codesets/Icd10OrderImporter.h"

#include "codesets/LineReader.h"
#include "codesets/TextDecoding.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

namespace {

constexpr qsizetype CodeColumn = 6;
constexpr qsizetype CodeWidth = 7;
constexpr qsizetype FlagColumn = 14;
constexpr qsizetype ShortColumn = 16;
constexpr qsizetype ShortWidth = 60;
constexpr qsizetype LongColumn = 77;
constexpr int CheckEvery = 4096;

bool isAsciiDigit(char c)
{
    return c >= '0' && c <= '9';
}
bool isAsciiUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}

bool isAllDigits(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (!isAsciiDigit(c))
            return false;
    }
    return true;
}

} // namespace

bool Icd10OrderImporter::isIcd10Code(QByteArrayView key)
{
    if (key.size() < 3 || key.size() > 7 || !isAsciiUpper(key[0]) || !isAsciiDigit(key[1]))
        return false;
    for (qsizetype i = 2; i < key.size(); ++i) {
        if (!isAsciiDigit(key[i]) && !isAsciiUpper(key[i]))
            return false;
    }
    return true;
}

QString Icd10OrderImporter::dottedCode(QByteArrayView key)
{
    if (key.size() <= 3)
        return QString::fromLatin1(key);
    return QString::fromLatin1(key.first(3)) + u'.' + QString::fromLatin1(key.sliced(3));
}

Icd10OrderResult Icd10OrderImporter::parse(const QByteArray &bytes, const ImportControl &control)
{
    Icd10OrderResult result;
    LineReader reader(bytes);
    QByteArrayView line;
    result.entries.reserve(bytes.size() / 150);
    QSet<QByteArrayView> seen; // views into `bytes`, which outlives the loop
    seen.reserve(bytes.size() / 150);
    while (reader.next(&line)) {
        if (reader.lineNumber() % CheckEvery == 0) {
            if (control.cancelled()) {
                result.cancelled = true;
                result.entries.clear();
                return result;
            }
            control.report(reader.fraction());
        }
        if (line.trimmed().isEmpty())
            continue;
        const int number = reader.lineNumber();
        if (line.size() < ShortColumn + 1) {
            result.problems.append(
                {number, u"line too short for an order-file record (%1 characters)"_s.arg(line.size())});
            continue;
        }
        if (!isAllDigits(line.first(5)) || line[5] != ' ' || line[FlagColumn - 1] != ' ') {
            result.problems.append({number, u"not an order-file record (expected order number, code, flag)"_s});
            continue;
        }
        const QByteArrayView key = trimmedField(line, CodeColumn, CodeWidth);
        if (!isIcd10Code(key)) {
            result.problems.append({number, u"'%1' is not an ICD-10-CM code"_s.arg(QString::fromLatin1(key))});
            continue;
        }
        if (seen.contains(key)) {
            result.problems.append({number, u"%1 appears twice; the first record is kept"_s.arg(dottedCode(key))});
            continue;
        }
        const char flag = line[FlagColumn];
        if (flag != '0' && flag != '1') {
            result.problems.append({number, u"billable flag must be 0 or 1, found '%1'"_s.arg(QLatin1Char(flag))});
            continue;
        }
        CodeSetEntry entry;
        entry.code = dottedCode(key);
        entry.billable = flag == '1';
        entry.shortDescription = decodeUtf8OrWindows1252(trimmedField(line, ShortColumn, ShortWidth));
        entry.longDescription = decodeUtf8OrWindows1252(trimmedField(line, LongColumn, line.size()));
        if (entry.longDescription.isEmpty()) {
            if (entry.shortDescription.isEmpty()) {
                result.problems.append({number, u"record for %1 has no description"_s.arg(entry.code)});
                continue;
            }
            result.problems.append(
                {number, u"record for %1 has no long description; using the short one"_s.arg(entry.code)});
            entry.longDescription = entry.shortDescription;
        }
        seen.insert(key);
        if (entry.billable)
            ++result.billable;
        result.entries.append(std::move(entry));
    }
    if (result.entries.isEmpty()) {
        result.error = result.problems.isEmpty() ? u"empty file: no ICD-10-CM order records"_s
                                                 : u"not an ICD-10-CM order file: no valid records"_s;
        result.billable = 0;
    }
    control.report(1.0);
    return result;
}

} // namespace codedesk
