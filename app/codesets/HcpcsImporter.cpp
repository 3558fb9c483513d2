#include "codesets/HcpcsImporter.h"

#include "codesets/HcpcsRecordFields.h"
#include "codesets/LineReader.h"
#include "codesets/TextDecoding.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

namespace {

constexpr qsizetype TypeColumn = 10;
constexpr qsizetype LongColumn = 11;
constexpr qsizetype LongWidth = 80;
constexpr qsizetype ShortColumn = 91;
constexpr qsizetype ShortWidth = 28;
constexpr qsizetype AddedColumn = 268;
constexpr qsizetype TerminationColumn = 284;

// A YYYYMMDD field; invalid when blank or not a date.
QDate dateField(QByteArrayView record, qsizetype column)
{
    const QByteArrayView text = trimmedField(record, column, 8);
    return text.isEmpty() ? QDate() : QDate::fromString(QString::fromLatin1(text), u"yyyyMMdd"_s);
}

bool isDigits(QByteArrayView text)
{
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return !text.isEmpty();
}

bool isProcedureCode(QByteArrayView code)
{
    return code.size() == 5 && code[0] >= 'A' && code[0] <= 'Z' && isDigits(code.sliced(1));
}

bool isModifierCode(QByteArrayView code)
{
    if (code.size() != 2)
        return false;
    for (const char c : code) {
        if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
            return false;
    }
    return true;
}

// A record line: a numeric sequence in columns 6-10 and a known record type in column 11.
bool isRecord(QByteArrayView line)
{
    if (line.size() <= TypeColumn || !isDigits(line.sliced(5, 5)))
        return false;
    const char type = line[TypeColumn];
    return type == '3' || type == '4' || type == '7' || type == '8';
}

QString joined(const QString &first, const QString &continuation)
{
    if (continuation.isEmpty())
        return first;
    return first.isEmpty() ? continuation : first + u' ' + continuation;
}

} // namespace

HcpcsResult HcpcsImporter::parse(const QByteArray &bytes, const ImportControl &control)
{
    HcpcsResult result;
    LineReader reader(bytes);
    QByteArrayView line;
    bool inRecords = false;
    char lastType = 0; // '3' or '7' of the record a continuation may extend; 0: none
    QByteArray lastCode;
    QSet<QByteArray> seenProcedures;
    while (reader.next(&line)) {
        const int number = reader.lineNumber();
        if (number % 2048 == 0) {
            if (control.cancelled())
                return HcpcsResult{{}, {}, {}, 0, {}, true, {}};
            control.report(reader.fraction());
        }
        if (line.trimmed().isEmpty())
            continue;
        if (!isRecord(line)) {
            if (!inRecords) {
                if (result.statedYear == 0)
                    result.statedYear = yearNamedIn(decodeWindows1252(line));
                continue; // the disclaimer
            }
            result.problems.append({number, u"not a HCPCS record (no sequence number and record type)"_s});
            lastType = 0;
            continue;
        }
        inRecords = true;
        const QByteArray code = trimmedField(line, 0, 5).toByteArray();
        const char type = line[TypeColumn];
        const QString longText = decodeWindows1252(trimmedField(line, LongColumn, LongWidth));
        if (type == '4' || type == '8') {
            const char parent = type == '4' ? '3' : '7';
            if (lastType != parent || code != lastCode) {
                result.problems.append(
                    {number, u"continuation of %1 without its first record"_s.arg(QString::fromLatin1(code))});
                continue;
            }
            if (type == '4')
                result.procedures.last().longDescription = joined(result.procedures.last().longDescription, longText);
            else
                result.modifiers.last().description = joined(result.modifiers.last().description, longText);
            continue;
        }
        lastType = 0;
        if (type == '3' && !isProcedureCode(code)) {
            result.problems.append({number, u"'%1' is not a HCPCS Level II code"_s.arg(decodeWindows1252(code))});
            continue;
        }
        if (type == '7' && !isModifierCode(code)) {
            result.problems.append({number, u"'%1' is not a two-character modifier"_s.arg(decodeWindows1252(code))});
            continue;
        }
        if (longText.isEmpty()) {
            result.problems.append({number, u"%1 has no description"_s.arg(QString::fromLatin1(code))});
            continue;
        }
        const QString shortText = decodeWindows1252(trimmedField(line, ShortColumn, ShortWidth));
        if (type == '3') {
            if (seenProcedures.contains(code)) {
                result.problems.append(
                    {number, u"%1 appears twice; the first record is kept"_s.arg(QString::fromLatin1(code))});
                continue;
            }
            seenProcedures.insert(code);
            CodeSetEntry entry;
            entry.code = QString::fromLatin1(code);
            entry.billable = true;
            entry.longDescription = longText;
            entry.shortDescription = shortText;
            entry.terminated = dateField(line, TerminationColumn);
            entry.added = dateField(line, AddedColumn);
            result.recordFields.append({entry.code, HcpcsRecordFields::read(line)});
            result.procedures.append(std::move(entry));
        } else {
            result.modifiers.append({QString::fromLatin1(code), longText, shortText});
        }
        lastType = type;
        lastCode = code;
    }
    if (result.procedures.isEmpty() && result.modifiers.isEmpty())
        result.error = u"not a HCPCS Level II file: no type 3 or type 7 records"_s;
    control.report(1.0);
    return result;
}

} // namespace codedesk
