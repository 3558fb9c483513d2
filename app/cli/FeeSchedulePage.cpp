#include "cli/FeeSchedulePage.h"

#include "codesets/PayerEditStore.h"
#include "reference/MedicareIndicators.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace codedesk::cli {

namespace {

QJsonValue payment(const QString &total, const QString &conversionFactor)
{
    bool totalOk = false;
    bool factorOk = false;
    const double rvu = total.toDouble(&totalOk);
    const double factor = conversionFactor.toDouble(&factorOk);
    if (!totalOk || !factorOk)
        return QJsonValue::Null;
    return QString::number(rvu * factor, 'f', 2);
}

QJsonObject rowJson(const MedicareIndicatorRow &row, const MedicareIndicators &medicare)
{
    const StatusMeaning *status = medicare.statusMeaning(row.status);
    QJsonObject indicators;
    for (const QString &name : MedicareIndicators::indicatorNames())
        indicators.insert(name, QJsonObject{{u"value"_s, MedicareIndicators::indicatorValue(row, name)}});
    return QJsonObject{
        {u"modifier"_s, row.modifier},
        {u"status"_s, row.status},
        {u"statusMeaning"_s, status ? QJsonValue(status->meaning) : QJsonValue::Null},
        {u"workRvu"_s, row.workRvu},
        {u"facilityTotal"_s, row.facilityTotal},
        {u"nonFacilityTotal"_s, row.nonFacilityTotal},
        {u"globalDays"_s, row.globalDays},
        {u"indicators"_s, indicators},
        {u"payment"_s, QJsonObject{{u"facility"_s, payment(row.facilityTotal, row.conversionFactor)},
                                   {u"nonFacility"_s, payment(row.nonFacilityTotal, row.conversionFactor)}}},
    };
}

} // namespace

QJsonObject feeSchedulePage(const QString &code, const MedicareIndicators &medicare, const PayerEditStore *edits)
{
    const QList<MedicareIndicatorRow> rows = medicare.rowsFor(code);
    if (rows.isEmpty())
        return {};
    QJsonArray rowArray;
    for (const MedicareIndicatorRow &row : rows)
        rowArray.append(rowJson(row, medicare));
    QJsonObject page{
        {u"kind"_s, u"pfs"_s},
        {u"code"_s, rows.first().code},
        {u"title"_s, QJsonValue::Null},
        {u"titleNote"_s, u"descriptor not in the fee-schedule file"_s},
        {u"rows"_s, rowArray},
        {u"conversionFactor"_s, rows.first().conversionFactor},
        {u"source"_s, u"%1 (%2)"_s.arg(rows.first().source, rows.first().sourceDate)},
    };
    if (edits) {
        QJsonArray ptp;
        for (const PtpEdit &edit : edits->partners(code)) {
            ptp.append(QJsonObject{{u"column1"_s, edit.column1},
                                   {u"column2"_s, edit.column2},
                                   {u"modifierIndicator"_s, edit.modifierIndicator},
                                   {u"effective"_s, edit.effective.toString(Qt::ISODate)},
                                   {u"deletion"_s, edit.deletion.isValid() ? QJsonValue(edit.deletion.toString(Qt::ISODate))
                                                                          : QJsonValue::Null},
                                   {u"rationale"_s, edit.rationale}});
        }
        QJsonValue mue = QJsonValue::Null;
        if (const auto limit = edits->mue(code))
            mue = QJsonObject{{u"units"_s, limit->units},
                              {u"adjudicationIndicator"_s, limit->adjudicationText},
                              {u"rationale"_s, limit->rationale}};
        page.insert(u"payerEdits"_s,
                    QJsonObject{{u"ptp"_s, ptp},
                                {u"ptpSource"_s, edits->sourceText(CodeSetPart::NcciPtp)},
                                {u"mue"_s, mue},
                                {u"mueSource"_s, edits->sourceText(CodeSetPart::Mue)}});
    }
    return page;
}

QStringList feeSchedulePageLines(const QJsonObject &page)
{
    const QString code = page.value(u"code"_s).toString();
    QStringList lines;
    lines << code + u"\tkind\tpfs"_s;
    lines << code + u"\ttitle\t"_s + page.value(u"titleNote"_s).toString();
    for (const QJsonValue value : page.value(u"rows"_s).toArray()) {
        const QJsonObject row = value.toObject();
        lines << u"%1\trow\t%2\tstatus %3 (%4)\twork %5\tfacility %6\tnon-facility %7\tglobal %8"_s.arg(
            code, row.value(u"modifier"_s).toString().isEmpty() ? u"global"_s : row.value(u"modifier"_s).toString(),
            row.value(u"status"_s).toString(), row.value(u"statusMeaning"_s).toString(),
            row.value(u"workRvu"_s).toString(), row.value(u"facilityTotal"_s).toString(),
            row.value(u"nonFacilityTotal"_s).toString(), row.value(u"globalDays"_s).toString());
    }
    lines << code + u"\tsource\t"_s + page.value(u"source"_s).toString();
    return lines;
}

} // namespace codedesk::cli
