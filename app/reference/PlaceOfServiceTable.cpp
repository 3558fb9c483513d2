#include "reference/PlaceOfServiceTable.h"

#include "reference/ReferenceJson.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

PlaceOfServiceTable PlaceOfServiceTable::bundled()
{
    PlaceOfServiceTable table;
    QString error;
    if (!table.loadJson(bundledReference(u"places-of-service.json"_s), &error))
        qWarning("codedesk: bundled places-of-service.json is unusable: %s", qPrintable(error));
    return table;
}

bool PlaceOfServiceTable::loadJson(const QByteArray &json, QString *error)
{
    QList<QJsonObject> entries;
    if (!readReferenceTable(json, u"codedesk-places-of-service"_s, u"places"_s, &entries, error))
        return false;
    QHash<QString, PlaceOfServiceInfo> byCode;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject &entry = entries.at(i);
        PlaceOfServiceInfo place;
        place.code = entry.value(u"code"_s).toString().trimmed();
        place.name = entry.value(u"name"_s).toString();
        place.facility = entry.value(u"facility"_s).toBool();
        place.source = entry.value(u"source"_s).toString();
        place.date = entry.value(u"date"_s).toString();
        if (place.code.size() != 2 || place.name.isEmpty()) {
            *error = u"\"places\" entry %1: needs a two-digit code and a name"_s.arg(i + 1);
            return false;
        }
        byCode.insert(place.code, place);
    }
    m_byCode = std::move(byCode);
    m_source = QJsonDocument::fromJson(json).object().value(u"source"_s).toString();
    return true;
}

const PlaceOfServiceInfo *PlaceOfServiceTable::find(const QString &code) const
{
    const auto it = m_byCode.constFind(code.trimmed());
    return it == m_byCode.constEnd() ? nullptr : &it.value();
}

} // namespace codedesk
