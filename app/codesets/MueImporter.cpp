#include "codesets/MueImporter.h"

#include "codesets/LineReader.h"
#include "codesets/TabbedHeader.h"
#include "codesets/TextDecoding.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

MueResult MueImporter::parse(const QByteArray &bytes, const ImportControl &control)
{
    MueResult result;
    LineReader reader(bytes);
    QByteArrayView line;
    qsizetype codeColumn = -1;
    qsizetype valueColumn = -1;
    qsizetype indicatorColumn = -1;
    qsizetype rationaleColumn = -1;
    QSet<QString> seen;
    while (reader.next(&line)) {
        const int number = reader.lineNumber();
        if (number % 4096 == 0) {
            if (control.cancelled()) {
                result = MueResult{};
                result.cancelled = true;
                return result;
            }
            control.report(reader.fraction());
        }
        if (line.trimmed().isEmpty())
            continue;
        const QList<QByteArrayView> cells = tabbedCells(line);
        if (codeColumn < 0) {
            codeColumn = headerColumn(cells, {u"hcpcs/cpt code"_s, u"hcpcs"_s});
            valueColumn = headerColumn(cells, {u"practitioner services mue values"_s, u"practitioner services mue"_s,
                                               u"mue values"_s, u"mue value"_s});
            indicatorColumn = headerColumn(cells, {u"mue adjudication indicator"_s, u"mai"_s});
            rationaleColumn = headerColumn(cells, {u"mue rationale"_s});
            if (codeColumn < 0 || valueColumn < 0 || indicatorColumn < 0) {
                codeColumn = -1; // a notice line, which may say when the table takes effect
                if (!result.effective.isValid())
                    result.effective = dateNamedIn(decodeUtf8OrWindows1252(line));
                continue;
            }
            continue;
        }
        const auto cell = [&cells](qsizetype column) {
            return column >= 0 && column < cells.size() ? QString::fromLatin1(cells.at(column)) : QString();
        };
        MueLimit limit;
        limit.code = cell(codeColumn).trimmed().toUpper();
        bool numeric = false;
        limit.units = cell(valueColumn).toInt(&numeric);
        limit.adjudicationText = decodeUtf8OrWindows1252(indicatorColumn < cells.size() ? cells.at(indicatorColumn)
                                                                                         : QByteArrayView());
        limit.adjudication = limit.adjudicationText.isEmpty() ? 0 : limit.adjudicationText.front().digitValue();
        limit.rationale = rationaleColumn >= 0 && rationaleColumn < cells.size()
                              ? decodeUtf8OrWindows1252(cells.at(rationaleColumn))
                              : QString();
        if (limit.code.size() != 5) {
            result.problems.append({number, u"not an MUE row: the code must have five characters"_s});
            continue;
        }
        if (!numeric || limit.units < 0) {
            result.problems.append({number, u"%1: the MUE value is not a number of units"_s.arg(limit.code)});
            continue;
        }
        if (limit.adjudication < 1 || limit.adjudication > 3) {
            result.problems.append({number, u"%1: the adjudication indicator does not start with 1, 2 or 3"_s.arg(
                                                limit.code)});
            continue;
        }
        if (seen.contains(limit.code)) {
            result.problems.append({number, u"%1 appears twice; the first row is kept"_s.arg(limit.code)});
            continue;
        }
        seen.insert(limit.code);
        result.limits << limit;
    }
    if (codeColumn < 0) {
        result.error = u"not an MUE file: no header row with 'HCPCS/CPT Code', 'MUE Values' and 'MUE Adjudication "
                       "Indicator'"_s;
        return result;
    }
    if (result.limits.isEmpty()) {
        result.error = u"no MUE rows after the header"_s;
        return result;
    }
    control.report(1.0);
    return result;
}

} // namespace codedesk
