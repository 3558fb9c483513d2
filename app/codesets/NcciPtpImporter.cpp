#include "codesets/NcciPtpImporter.h"

#include "codesets/LineReader.h"
#include "codesets/TabbedHeader.h"
#include "codesets/TextDecoding.h"

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

namespace {

enum Column
{
    Column1,
    Column2,
    Prior1996,
    Effective,
    Deletion,
    Modifier,
    Rationale,
    ColumnCount
};

bool isCode(QByteArrayView cell)
{
    if (cell.size() != 5)
        return false;
    for (const char c : cell) {
        if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')))
            return false;
    }
    return true;
}

// yyyymmdd as a number; "*" or empty is 0 (none). false: not a date.
bool parseDate(QByteArrayView cell, quint32 *date)
{
    if (cell.isEmpty() || cell == "*") {
        *date = 0;
        return true;
    }
    if (cell.size() != 8)
        return false;
    quint32 value = 0;
    for (const char c : cell) {
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + quint32(c - '0');
    }
    if (!QDate(int(value / 10000), int(value / 100 % 100), int(value % 100)).isValid())
        return false;
    *date = value;
    return true;
}

QByteArray upper(QByteArrayView code)
{
    return code.toByteArray().toUpper();
}

} // namespace

NcciPtpResult NcciPtpImporter::parse(const QByteArray &bytes, const ImportControl &control)
{
    NcciPtpResult result;
    LineReader reader(bytes);
    QByteArrayView line;
    std::array<qsizetype, ColumnCount> columns{};
    bool inRows = false;
    QHash<QByteArray, quint16> rationaleIndex;
    quint32 latest = 0;
    while (reader.next(&line)) {
        const int number = reader.lineNumber();
        if (number % 65536 == 0) {
            if (control.cancelled()) {
                result = NcciPtpResult{};
                result.cancelled = true;
                return result;
            }
            control.report(reader.fraction());
        }
        if (line.trimmed().isEmpty())
            continue;
        const QList<QByteArrayView> cells = tabbedCells(line);
        if (!inRows) {
            columns[Column1] = headerColumn(cells, {u"column 1"_s, u"column1"_s});
            columns[Column2] = headerColumn(cells, {u"column 2"_s, u"column2"_s});
            if (columns[Column1] < 0 || columns[Column2] < 0)
                continue; // a notice line
            columns[Prior1996] = headerColumn(cells, {u"*=in existence"_s, u"in existence"_s});
            columns[Effective] = headerColumn(cells, {u"effective"_s});
            columns[Deletion] = headerColumn(cells, {u"deletion"_s});
            columns[Modifier] = headerColumn(cells, {u"modifier"_s});
            columns[Rationale] = headerColumn(cells, {u"ptp edit rationale"_s, u"rationale"_s});
            for (const Column required : {Effective, Deletion, Modifier}) {
                if (columns[required] < 0) {
                    result.error = u"line %1: the PTP header has no '%2' column"_s.arg(number).arg(
                        required == Effective ? u"Effective Date"_s
                                              : required == Deletion ? u"Deletion Date"_s : u"Modifier"_s);
                    return result;
                }
            }
            inRows = true;
            continue;
        }
        const auto cell = [&cells, &columns](Column c) {
            return columns[c] >= 0 && columns[c] < cells.size() ? cells.at(columns[c]) : QByteArrayView();
        };
        const QByteArrayView column1 = cell(Column1);
        const QByteArrayView column2 = cell(Column2);
        if (!isCode(column1) || !isCode(column2)) {
            result.problems.append({number, u"not a PTP edit: column 1 and column 2 must be five-character codes"_s});
            continue;
        }
        quint32 effective = 0;
        quint32 deletion = 0;
        if (!parseDate(cell(Effective), &effective) || !parseDate(cell(Deletion), &deletion)) {
            result.problems.append({number, u"%1/%2: a date is not YYYYMMDD or *"_s.arg(
                                                QString::fromLatin1(column1), QString::fromLatin1(column2))});
            continue;
        }
        const QByteArrayView modifier = cell(Modifier);
        if (modifier.size() != 1 || (modifier.front() != '0' && modifier.front() != '1' && modifier.front() != '9')) {
            result.problems.append({number, u"%1/%2: the modifier indicator is not 0, 1 or 9"_s.arg(
                                                QString::fromLatin1(column1), QString::fromLatin1(column2))});
            continue;
        }
        const QByteArray rationaleBytes = cell(Rationale).toByteArray();
        auto known = rationaleIndex.constFind(rationaleBytes);
        if (known == rationaleIndex.constEnd()) {
            if (result.rationales.size() >= 0x7fff) {
                result.error = u"line %1: more than 32,767 distinct rationales: not a PTP file"_s.arg(number);
                return result;
            }
            known = rationaleIndex.insert(rationaleBytes, quint16(result.rationales.size()));
            result.rationales << decodeUtf8OrWindows1252(rationaleBytes);
        }
        const bool prior = cell(Prior1996) == "*";
        const quint8 indicator = quint8(modifier.front() - '0');
        const QByteArray key1 = upper(column1);
        const QByteArray key2 = upper(column2);
        PtpRecord::append(&result.asColumn1[key1], key2, effective, deletion, indicator, prior, known.value());
        PtpRecord::append(&result.asColumn2[key2], key1, effective, deletion, indicator, prior, known.value());
        latest = std::max(latest, effective);
        ++result.edits;
    }
    if (!inRows) {
        result.error = u"not an NCCI PTP file: no header row with 'Column 1' and 'Column 2'"_s;
        return result;
    }
    if (result.edits == 0) {
        result.error = u"no PTP edits after the header"_s;
        return result;
    }
    if (latest)
        result.latestEffective = QDate(int(latest / 10000), int(latest / 100 % 100), int(latest % 100));
    control.report(1.0);
    return result;
}

} // namespace codedesk
