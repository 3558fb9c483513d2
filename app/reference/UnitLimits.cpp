#include "reference/UnitLimits.h"

#include "reference/ReferenceJson.h"

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

UnitLimits UnitLimits::bundled()
{
    UnitLimits limits;
    QString error;
    if (!limits.loadJson(bundledReference(u"units.json"_s), &error))
        qWarning("codedesk: bundled units.json is unusable: %s", qPrintable(error));
    return limits;
}

bool UnitLimits::loadJson(const QByteArray &json, QString *error)
{
    QList<QJsonObject> entries;
    if (!readReferenceTable(json, u"codedesk-units"_s, u"limits"_s, &entries, error))
        return false;
    QHash<QString, UnitLimit> byCode;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject &entry = entries.at(i);
        UnitLimit limit;
        limit.code = entry.value(u"code"_s).toString().trimmed().toUpper();
        limit.maximumUnits = entry.value(u"maximumUnits"_s).toInt(-1);
        limit.reason = entry.value(u"reason"_s).toString();
        limit.source = entry.value(u"source"_s).toString();
        limit.date = entry.value(u"date"_s).toString();
        if (limit.code.isEmpty() || limit.maximumUnits < 1) {
            *error = u"\"limits\" entry %1: needs a code and maximumUnits of 1 or more"_s.arg(i + 1);
            return false;
        }
        byCode.insert(limit.code, limit);
    }
    m_byCode = std::move(byCode);
    return true;
}

const UnitLimit *UnitLimits::find(const QString &code) const
{
    const auto it = m_byCode.constFind(code.trimmed().toUpper());
    return it == m_byCode.constEnd() ? nullptr : &it.value();
}

} // namespace codedesk
