#include "reference/PosPfsSettings.h"

#include "reference/ReferenceJson.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

const PosPfsSettings &PosPfsSettings::bundled()
{
    static const PosPfsSettings settings = [] {
        PosPfsSettings loaded;
        QString error;
        if (!loaded.loadJson(bundledReference(u"pos-pfs-settings.json"_s), &error))
            qWarning("codedesk: bundled pos-pfs-settings.json is unusable: %s", qPrintable(error));
        return loaded;
    }();
    return settings;
}

bool PosPfsSettings::loadJson(const QByteArray &json, QString *error)
{
    QList<QJsonObject> entries;
    if (!readReferenceTable(json, u"codedesk-pos-pfs-settings"_s, u"settings"_s, &entries, error))
        return false;
    QHash<QString, QString> settings;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString code = entries.at(i).value(u"code"_s).toString().trimmed();
        const QString setting = entries.at(i).value(u"setting"_s).toString();
        if (code.isEmpty() || (setting != u"facility" && setting != u"non-facility")) {
            *error = u"\"settings\" entry %1: needs a code and a setting (facility or non-facility)"_s.arg(i + 1);
            return false;
        }
        settings.insert(code.rightJustified(2, u'0'), setting);
    }
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    m_default = root.value(u"default"_s).toString(u"non-facility"_s);
    m_source = root.value(u"source"_s).toString();
    m_sourceDate = root.value(u"date"_s).toString();
    m_settings = std::move(settings);
    return true;
}

QString PosPfsSettings::setting(const QString &placeOfService) const
{
    return m_settings.value(placeOfService.trimmed().rightJustified(2, u'0'), m_default);
}

} // namespace codedesk
