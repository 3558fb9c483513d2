#pragma once

#include <QHash>
#include <QString>

namespace codedesk {

// One CMS place-of-service code and whether Medicare pays the physician's facility rate there.
struct PlaceOfServiceInfo
{
    QString code; // two digits, "22"
    QString name;
    bool facility = false;
    QString source;
    QString date;
};

// The CMS place-of-service code set, bundled from resources/reference/places-of-service.json.
// An imported place-of-service file adds to what is known (CodeSetStore); the facility setting
// comes from here.
class PlaceOfServiceTable final
{
public:
    static PlaceOfServiceTable bundled();
    bool loadJson(const QByteArray &json, QString *error);

    const PlaceOfServiceInfo *find(const QString &code) const; // nullptr: not a code on file
    bool isEmpty() const { return m_byCode.isEmpty(); }
    QString source() const { return m_source; }

private:
    QHash<QString, PlaceOfServiceInfo> m_byCode;
    QString m_source;
};

} // namespace codedesk
