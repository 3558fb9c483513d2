#include "library/FeeScheduleJson.h"

#include "reference/PfsIndicatorMeanings.h"
#include "reference/ReferenceJson.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace codedesk::FeeScheduleJson {

namespace {

QJsonValue numberOrText(const QString &text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? QJsonValue(value) : (text.isEmpty() ? QJsonValue() : QJsonValue(text));
}

QJsonObject indicator(const QString &name, int value)
{
    const PfsIndicatorMeanings &meanings = PfsIndicatorMeanings::bundled();
    if (value < 0)
        return {{u"value"_s, QJsonValue()}, {u"meaning"_s, u"not on file"_s}};
    const QString meaning = meanings.meaning(name, QString::number(value));
    return {{u"value"_s, value}, {u"meaning"_s, meaning.isEmpty() ? u"no documented meaning"_s : meaning}};
}

} // namespace

QJsonValue payment(const QString &total, const QString &conversionFactor)
{
    bool totalOk = false;
    bool factorOk = false;
    const double rvu = total.trimmed().toDouble(&totalOk);
    const double factor = conversionFactor.trimmed().toDouble(&factorOk);
    if (!totalOk || !factorOk)
        return QJsonValue();
    return std::round(rvu * factor * 100.0) / 100.0;
}

QJsonObject row(const MedicareIndicatorRow &row)
{
    const PfsIndicatorMeanings &meanings = PfsIndicatorMeanings::bundled();
    QJsonObject indicators;
    for (const QString &name : MedicareIndicators::indicatorNames())
        indicators.insert(name, indicator(name, MedicareIndicators::indicatorValue(row, name)));
    const QString statusMeaning = meanings.meaning(u"status"_s, row.status);
    const QString globalMeaning = meanings.meaning(u"globalDays"_s, row.globalDays);
    return {
        {u"modifier"_s, row.modifier},
        {u"status"_s, row.status},
        {u"statusMeaning"_s, statusMeaning.isEmpty() ? u"no documented meaning"_s : statusMeaning},
        {u"workRvu"_s, numberOrText(row.workRvu)},
        {u"facilityTotal"_s, numberOrText(row.facilityTotal)},
        {u"nonFacilityTotal"_s, numberOrText(row.nonFacilityTotal)},
        {u"globalDays"_s, row.globalDays},
        {u"globalDaysMeaning"_s, globalMeaning.isEmpty() ? u"no documented meaning"_s : globalMeaning},
        {u"indicators"_s, indicators},
        {u"payment"_s,
         QJsonObject{{u"facility"_s, payment(row.facilityTotal, row.conversionFactor)},
                     {u"nonFacility"_s, payment(row.nonFacilityTotal, row.conversionFactor)}}},
    };
}

QJsonObject section(const QList<MedicareIndicatorRow> &rows, const MedicareIndicators &medicare, const QString &code)
{
    QJsonArray array;
    QString factor;
    QString source = sourceWithDate(medicare.source(), medicare.sourceDate());
    for (const MedicareIndicatorRow &entry : rows) {
        array.append(row(entry));
        if (factor.isEmpty())
            factor = entry.conversionFactor;
        if (!entry.source.isEmpty())
            source = sourceWithDate(entry.source, entry.sourceDate);
    }
    const PfsIndicatorMeanings &meanings = PfsIndicatorMeanings::bundled();
    QJsonObject result{
        {u"rows"_s, array},
        {u"conversionFactor"_s, numberOrText(factor)},
        {u"source"_s, source},
        {u"meaningsSource"_s, sourceWithDate(meanings.source(), meanings.sourceDate())},
    };
    if (rows.isEmpty()) {
        const QString note = medicare.notOnFileNote(code);
        result.insert(u"notOnFile"_s, u"no Medicare indicators on file (%1)"_s.arg(medicare.label()) +
                                          (note.isEmpty() ? QString() : u": "_s + note));
    }
    return result;
}

} // namespace codedesk::FeeScheduleJson
