#include "codesets/PfsRvuImporter.h"

#include "codesets/CsvLine.h"
#include "codesets/LineReader.h"
#include "codesets/TextDecoding.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

namespace {

enum Column
{
    Code,
    Modifier,
    Status,
    Work,
    NonFacility,
    Facility,
    NonFacilityNa,
    FacilityNa,
    PcTc,
    Global,
    Mult,
    Bilat,
    Asst,
    CoSurg,
    Team,
    ConvFactor,
    ColumnCount
};

// CMS puts about ten lines of notice and stacked header names before the first row.
constexpr qsizetype MaximumBannerLines = 200;

// Header names as CMS stacks them over the header lines, joined by spaces.
const std::array<QStringView, ColumnCount> headerNames = {
    u"HCPCS",
    u"MOD",
    u"STATUS CODE",
    u"WORK RVU",
    u"NON-FACILITY TOTAL",
    u"FACILITY TOTAL",
    u"NON-FAC NA INDICATOR",
    u"FACILITY NA INDICATOR",
    u"PCTC IND",
    u"GLOB DAYS",
    u"MULT PROC",
    u"BILAT SURG",
    u"ASST SURG",
    u"CO-SURG",
    u"TEAM SURG",
    u"CONV FACTOR",
};

QString stackedName(const QList<QStringList> &headerLines, qsizetype column)
{
    QString name;
    for (const QStringList &cells : headerLines) {
        const QString cell = column < cells.size() ? cells.at(column).simplified() : QString();
        if (cell.isEmpty())
            continue;
        if (!name.isEmpty() && !name.endsWith(u'-'))
            name += u' ';
        name += cell;
    }
    return name;
}

int indicator(const QString &text, bool *ok)
{
    bool converted = false;
    const int value = text.trimmed().toInt(&converted);
    *ok = *ok && converted && value >= 0 && value <= 9;
    return converted ? value : -1;
}

QString releaseName(const QString &banner)
{
    static const QRegularExpression release(u"\\b(January|April|July|October)\\s+Release"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = release.match(banner);
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace

PfsRvuResult PfsRvuImporter::parse(const QByteArray &bytes, const ImportControl &control)
{
    PfsRvuResult result;
    LineReader reader(bytes);
    QByteArrayView raw;
    QList<QStringList> headerLines;
    std::array<qsizetype, ColumnCount> columns{};
    qsizetype descriptionColumn = -1; // optional: CMS files have it, excerpts may blank it
    bool inRows = false;
    QString bannerText;
    QSet<QString> seen;
    while (reader.next(&raw)) {
        const int number = reader.lineNumber();
        if (number % 2048 == 0) {
            if (control.cancelled())
                return PfsRvuResult{{}, 0, {}, {}, {}, {}, true, {}};
            control.report(reader.fraction());
        }
        const QString line = decodeUtf8OrWindows1252(raw);
        if (line.trimmed().isEmpty())
            continue;
        bool ok = true;
        const QStringList cells = splitCsvLine(line, &ok);
        if (!inRows) {
            if (headerLines.size() >= MaximumBannerLines) {
                result.error = u"not a PFS RVU file: no header line starting HCPCS,MOD in the first %1 lines"_s.arg(
                    MaximumBannerLines);
                return result;
            }
            headerLines.append(cells);
            bannerText += cells.join(u' ') + u' ';
            if (cells.value(0).trimmed() != u"HCPCS"_s || cells.value(1).trimmed() != u"MOD"_s)
                continue;
            for (int c = 0; c < ColumnCount; ++c) {
                columns[c] = -1;
                for (qsizetype i = 0; i < cells.size() && columns[c] < 0; ++i) {
                    if (stackedName(headerLines, i) == headerNames[c] || (c <= Modifier && i == c))
                        columns[c] = i;
                }
                if (columns[c] < 0) {
                    result.error = u"line %1: RVU header has no '%2' column"_s.arg(number).arg(headerNames[c]);
                    return result;
                }
            }
            for (qsizetype i = 0; i < cells.size() && descriptionColumn < 0; ++i) {
                if (stackedName(headerLines, i) == u"DESCRIPTION")
                    descriptionColumn = i;
            }
            inRows = true;
            continue;
        }
        if (!ok) {
            result.problems.append({number, u"unterminated quoted field"_s});
            continue;
        }
        const auto cell = [&](Column c) { return cells.value(columns[c]).trimmed(); };
        MedicareIndicatorRow row;
        row.code = cell(Code).toUpper();
        row.modifier = cell(Modifier).toUpper();
        if (row.code.size() != 5 || cells.size() <= columns[ConvFactor]) {
            result.problems.append({number, u"not an RVU row (%1 cells, code '%2')"_s.arg(cells.size()).arg(row.code)});
            continue;
        }
        row.status = cell(Status);
        row.workRvu = cell(Work);
        row.nonFacilityTotal = cell(NonFacilityNa) == u"NA"_s ? u"NA"_s : cell(NonFacility);
        row.facilityTotal = cell(FacilityNa) == u"NA"_s ? u"NA"_s : cell(Facility);
        row.globalDays = cell(Global);
        bool valid = true;
        row.pcTc = indicator(cell(PcTc), &valid);
        row.multipleProcedure = indicator(cell(Mult), &valid);
        row.bilateral = indicator(cell(Bilat), &valid);
        row.assistant = indicator(cell(Asst), &valid);
        row.coSurgeon = indicator(cell(CoSurg), &valid);
        row.team = indicator(cell(Team), &valid);
        row.conversionFactor = cell(ConvFactor);
        if (descriptionColumn >= 0)
            row.description = cells.value(descriptionColumn).simplified();
        if (!valid || row.status.isEmpty()) {
            result.problems.append({number, u"%1%2: status or an indicator is missing or not a digit"_s.arg(
                                                row.code, row.modifier.isEmpty() ? QString() : u"-"_s + row.modifier)});
            continue;
        }
        const QString key = row.code + u'|' + row.modifier;
        if (seen.contains(key)) {
            result.problems.append(
                {number, u"%1 %2 appears twice; the first row is kept"_s.arg(row.code, row.modifier)});
            continue;
        }
        seen.insert(key);
        result.rows.append(std::move(row));
    }
    if (!inRows) {
        result.error = u"not a PFS RVU file: no header line starting HCPCS,MOD"_s;
        return result;
    }
    if (result.rows.isEmpty()) {
        result.error = u"no RVU rows after the header"_s;
        return result;
    }
    result.statedYear = yearNamedIn(bannerText);
    static const QRegularExpression releasedAt(u"RELEASED\\s+(\\d{1,2})/(\\d{1,2})/(\\d{4})"_s);
    if (const auto match = releasedAt.match(bannerText); match.hasMatch())
        result.released = QDate(match.captured(3).toInt(), match.captured(1).toInt(), match.captured(2).toInt());
    result.label = result.statedYear ? u"PFS %1"_s.arg(result.statedYear) : u"PFS"_s;
    const QString release = releaseName(bannerText);
    result.source = u"CMS PFS RVU file"_s + (result.statedYear ? u" %1"_s.arg(result.statedYear) : QString()) +
                    (release.isEmpty() ? QString() : u", %1 release"_s.arg(release));
    for (MedicareIndicatorRow &row : result.rows) {
        row.source = result.source;
        row.sourceDate = result.released.isValid() ? result.released.toString(Qt::ISODate) : QString();
    }
    control.report(1.0);
    return result;
}

} // namespace codedesk
