#include "reference/PfsIndicatorMeanings.h"

#include "reference/ReferenceJson.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

namespace {

QString key(const QString &indicator, const QString &value)
{
    return indicator + u'|' + value.trimmed().toUpper();
}

} // namespace

const PfsIndicatorMeanings &PfsIndicatorMeanings::bundled()
{
    static const PfsIndicatorMeanings meanings = [] {
        PfsIndicatorMeanings loaded;
        QString error;
        if (!loaded.loadJson(bundledReference(u"pfs-indicator-meanings.json"_s), &error))
            qWarning("codedesk: bundled pfs-indicator-meanings.json is unusable: %s", qPrintable(error));
        return loaded;
    }();
    return meanings;
}

bool PfsIndicatorMeanings::loadJson(const QByteArray &json, QString *error)
{
    QList<QJsonObject> entries;
    if (!readReferenceTable(json, u"codedesk-pfs-indicator-meanings"_s, u"meanings"_s, &entries, error))
        return false;
    QHash<QString, QString> meanings;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject &entry = entries.at(i);
        const QString indicator = entry.value(u"indicator"_s).toString();
        const QString value = entry.value(u"value"_s).toString();
        const QString meaning = entry.value(u"meaning"_s).toString();
        if (indicator.isEmpty() || value.isEmpty() || meaning.isEmpty()) {
            *error = u"\"meanings\" entry %1: needs an indicator, a value and a meaning"_s.arg(i + 1);
            return false;
        }
        meanings.insert(key(indicator, value), meaning);
    }
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    m_source = root.value(u"source"_s).toString();
    m_sourceDate = root.value(u"date"_s).toString();
    m_meanings = std::move(meanings);
    return true;
}

QString PfsIndicatorMeanings::meaning(const QString &indicator, const QString &value) const
{
    return m_meanings.value(key(indicator, value));
}

} // namespace codedesk
