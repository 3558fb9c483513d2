#pragma once

#include <QHash>
#include <QString>

namespace codedesk {

// Which fee-schedule rate a place of service gets: "facility" or "non-facility"
// (resources/reference/pos-pfs-settings.json, from the CMS Claims Processing Manual).
class PosPfsSettings final
{
public:
    static const PosPfsSettings &bundled();
    bool loadJson(const QByteArray &json, QString *error);

    QString setting(const QString &placeOfService) const; // the file's default for codes it does not list
    QString source() const { return m_source; }
    QString sourceDate() const { return m_sourceDate; }

private:
    QHash<QString, QString> m_settings; // two-digit code -> setting
    QString m_default;
    QString m_source;
    QString m_sourceDate;
};

} // namespace codedesk
