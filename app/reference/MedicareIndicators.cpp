#include "reference/MedicareIndicators.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

namespace {

QString key(const QString &code, const QString &modifier)
{
    return code.trimmed().toUpper() + u'|' + modifier.trimmed().toUpper();
}

int intValue(const QJsonObject &object, const QString &name)
{
    const QJsonValue value = object.value(name);
    if (value.isDouble())
        return value.toInt(-1);
    bool ok = false;
    const int number = value.toString().toInt(&ok);
    return ok ? number : -1;
}

MedicareIndicatorRow rowFromJson(const QJsonObject &object)
{
    MedicareIndicatorRow row;
    row.code = object.value(u"code"_s).toString().trimmed().toUpper();
    row.modifier = object.value(u"modifier"_s).toString().trimmed().toUpper();
    row.status = object.value(u"status"_s).toString();
    row.workRvu = object.value(u"workRvu"_s).toString();
    row.facilityTotal = object.value(u"facilityTotal"_s).toString();
    row.nonFacilityTotal = object.value(u"nonFacilityTotal"_s).toString();
    row.globalDays = object.value(u"globalDays"_s).toString();
    row.pcTc = intValue(object, u"pcTc"_s);
    row.multipleProcedure = intValue(object, u"multipleProcedure"_s);
    row.bilateral = intValue(object, u"bilateral"_s);
    row.assistant = intValue(object, u"assistant"_s);
    row.coSurgeon = intValue(object, u"coSurgeon"_s);
    row.team = intValue(object, u"team"_s);
    row.conversionFactor = object.value(u"conversionFactor"_s).toString();
    row.source = object.value(u"source"_s).toString();
    row.sourceDate = object.value(u"date"_s).toString();
    return row;
}

bool checksFromJson(const QJsonArray &array, QList<IndicatorCheck> *checks, QString *error)
{
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        IndicatorCheck base;
        base.indicator = object.value(u"indicator"_s).toString();
        for (const QJsonValue &modifier : object.value(u"modifiers"_s).toArray())
            base.modifiers << modifier.toString().trimmed().toUpper();
        base.source = object.value(u"source"_s).toString();
        base.sourceDate = object.value(u"date"_s).toString();
        if (!MedicareIndicators::indicatorNames().contains(base.indicator) || base.modifiers.isEmpty() ||
            base.source.isEmpty() || base.sourceDate.isEmpty()) {
            *error = u"modifier check %1: needs a known indicator, modifiers, a source and a date"_s.arg(i + 1);
            return false;
        }
        for (const QJsonValue &entry : object.value(u"values"_s).toArray()) {
            IndicatorCheck check = base;
            const QJsonObject valueObject = entry.toObject();
            check.value = intValue(valueObject, u"value"_s);
            check.meaning = valueObject.value(u"meaning"_s).toString();
            if (!severityFromName(valueObject.value(u"severity"_s).toString(), &check.severity) || check.value < 0) {
                *error = u"modifier check %1: each value needs a number and a severity"_s.arg(i + 1);
                return false;
            }
            checks->append(check);
        }
    }
    return true;
}

} // namespace

MedicareIndicators MedicareIndicators::bundled()
{
    MedicareIndicators indicators;
    QFile file(u":/codedesk/reference/medicare-indicators.json"_s);
    QString error;
    if (!file.open(QIODevice::ReadOnly) || !indicators.loadJson(file.readAll(), &error))
        qWarning("codedesk: bundled medicare-indicators.json is unusable: %s", qPrintable(error));
    return indicators;
}

bool MedicareIndicators::loadJson(const QByteArray &json, QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        message = parseError.error != QJsonParseError::NoError
                      ? u"not JSON at offset %1: %2"_s.arg(parseError.offset).arg(parseError.errorString())
                      : u"expected a JSON object"_s;
        return false;
    }
    const QJsonObject root = document.object();
    if (!root.value(u"rows"_s).isArray()) {
        message = u"missing \"rows\" array"_s;
        return false;
    }
    QList<MedicareIndicatorRow> rows;
    const QJsonArray array = root.value(u"rows"_s).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        MedicareIndicatorRow row = rowFromJson(array.at(i).toObject());
        if (row.code.isEmpty() || row.source.isEmpty() || row.sourceDate.isEmpty()) {
            message = u"row %1: needs a code, a source and a date"_s.arg(i + 1);
            return false;
        }
        rows.append(row);
    }
    QList<IndicatorCheck> checks;
    if (!checksFromJson(root.value(u"modifierChecks"_s).toArray(), &checks, &message))
        return false;
    QHash<QString, QString> notOnFile;
    for (const QJsonValue &value : root.value(u"notOnFile"_s).toArray()) {
        const QJsonObject object = value.toObject();
        const QString code = object.value(u"code"_s).toString().trimmed().toUpper();
        const QString source = object.value(u"source"_s).toString();
        const QString date = object.value(u"date"_s).toString();
        if (code.isEmpty() || source.isEmpty() || date.isEmpty()) {
            message = u"notOnFile entry: needs a code, a source and a date"_s;
            return false;
        }
        notOnFile.insert(code, u"%1 (%2, %3)"_s.arg(object.value(u"note"_s).toString(), source, date));
    }
    QHash<QString, StatusMeaning> statuses;
    for (const QString &list : {u"statusMeanings"_s, u"statusChecks"_s}) {
        for (const QJsonValue &value : root.value(list).toArray()) {
            const QJsonObject object = value.toObject();
            StatusMeaning status;
            status.status = object.value(u"status"_s).toString().trimmed().toUpper();
            status.meaning = object.value(u"meaning"_s).toString();
            status.source = object.value(u"source"_s).toString();
            status.sourceDate = object.value(u"date"_s).toString();
            Severity severity = Severity::Info;
            if (object.contains(u"severity"_s)) {
                if (!severityFromName(object.value(u"severity"_s).toString(), &severity)) {
                    message = u"%1 entry %2: unknown severity"_s.arg(list, status.status);
                    return false;
                }
                status.severity = severity;
            }
            if (status.status.isEmpty() || status.meaning.isEmpty() || status.source.isEmpty() ||
                status.sourceDate.isEmpty()) {
                message = u"%1 entry: needs a status, a meaning, a source and a date"_s.arg(list);
                return false;
            }
            statuses.insert(status.status, status);
        }
    }
    replaceAll(rows, root.value(u"label"_s).toString());
    m_statuses = std::move(statuses);
    m_notOnFile = std::move(notOnFile);
    m_source = root.value(u"source"_s).toString(m_source);
    m_sourceDate = root.value(u"date"_s).toString(m_sourceDate);
    m_checks = std::move(checks);
    return true;
}

const MedicareIndicatorRow *MedicareIndicators::find(const QString &code, const QString &modifier) const
{
    const auto it = m_index.constFind(key(code, modifier));
    return it == m_index.constEnd() ? nullptr : &m_rows.at(it.value());
}

const MedicareIndicatorRow *MedicareIndicators::findForLine(const QString &code, const QStringList &modifiers) const
{
    for (const QString &modifier : modifiers) {
        if (modifier.isEmpty())
            continue;
        if (const MedicareIndicatorRow *row = find(code, modifier))
            return row;
    }
    return find(code);
}

int MedicareIndicators::year() const
{
    static const QRegularExpression fourDigits(u"\\b(\\d{4})\\b"_s);
    const QRegularExpressionMatch match = fourDigits.match(m_label);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

const StatusMeaning *MedicareIndicators::statusMeaning(const QString &status) const
{
    const auto it = m_statuses.constFind(status.trimmed().toUpper());
    return it == m_statuses.constEnd() ? nullptr : &it.value();
}

QList<MedicareIndicatorRow> MedicareIndicators::rowsFor(const QString &code) const
{
    QList<MedicareIndicatorRow> rows;
    for (qsizetype index : m_byCode.value(code.trimmed().toUpper()))
        rows.append(m_rows.at(index));
    return rows;
}

void MedicareIndicators::replaceAll(const QList<MedicareIndicatorRow> &rows, const QString &label)
{
    m_rows = rows;
    m_index.clear();
    m_byCode.clear();
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        m_index.insert(key(m_rows.at(i).code, m_rows.at(i).modifier), i);
        m_byCode[m_rows.at(i).code.trimmed().toUpper()].append(i);
    }
    m_label = label;
    if (!m_rows.isEmpty() && !m_rows.constFirst().source.isEmpty()) {
        m_source = m_rows.constFirst().source;
        m_sourceDate = m_rows.constFirst().sourceDate;
    }
}

bool MedicareIndicators::isCheckedModifier(const QString &modifier) const
{
    const QString upper = modifier.trimmed().toUpper();
    for (const IndicatorCheck &check : m_checks) {
        if (check.modifiers.contains(upper))
            return true;
    }
    return false;
}

int MedicareIndicators::indicatorValue(const MedicareIndicatorRow &row, const QString &indicator)
{
    if (indicator == u"pcTc")
        return row.pcTc;
    if (indicator == u"multipleProcedure")
        return row.multipleProcedure;
    if (indicator == u"bilateral")
        return row.bilateral;
    if (indicator == u"assistant")
        return row.assistant;
    if (indicator == u"coSurgeon")
        return row.coSurgeon;
    if (indicator == u"team")
        return row.team;
    return -1;
}

QStringList MedicareIndicators::indicatorNames()
{
    return {u"pcTc"_s, u"multipleProcedure"_s, u"bilateral"_s, u"assistant"_s, u"coSurgeon"_s, u"team"_s};
}

} // namespace codedesk
