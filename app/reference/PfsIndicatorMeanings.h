#pragma once

#include <QHash>
#include <QString>

namespace codedesk {

// What each value of the fee schedule's status and indicator columns means, in words
// (resources/reference/pfs-indicator-meanings.json, from the CMS RVU file documentation).
class PfsIndicatorMeanings final
{
public:
    static const PfsIndicatorMeanings &bundled();
    bool loadJson(const QByteArray &json, QString *error);

    // indicator: "status", "globalDays" or a MedicareIndicators indicator name ("pcTc", ...).
    // Empty when the value has no documented meaning.
    QString meaning(const QString &indicator, const QString &value) const;
    QString source() const { return m_source; }
    QString sourceDate() const { return m_sourceDate; }

private:
    QHash<QString, QString> m_meanings; // "indicator|VALUE" -> words
    QString m_source;
    QString m_sourceDate;
};

} // namespace codedesk
