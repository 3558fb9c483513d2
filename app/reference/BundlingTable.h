#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace codedesk {

// A code whose descriptor includes other services (e.g. imaging guidance): those are not
// reported separately with it on the same date.
struct IncludedServices
{
    QString code;
    QStringList includes; // upper-case codes
    QString reason;       // "its descriptor includes imaging guidance"
    QString source;
    QString date;
};

// Codes that treat the same organ in one session (e.g. the ablation codes of the liver): two of
// them on one date describe one session twice.
struct SameOrganGroup
{
    QString name;  // "liver tumor ablation"
    QString organ; // "liver"
    QStringList codes;
    QString reason;
    QString source;
    QString date;
};

// The bundling facts, bundled from resources/reference/bundling.json. The CMS NCCI tables will
// feed the same table later.
class BundlingTable final
{
public:
    static BundlingTable bundled();
    bool loadJson(const QByteArray &json, QString *error);

    const IncludedServices *includedServices(const QString &code) const; // nullptr: includes nothing listed
    const SameOrganGroup *sameOrganGroup(const QString &code) const;     // nullptr: in no group
    QStringList codes() const;                                           // every code the table names
    bool isEmpty() const { return m_included.isEmpty() && m_groups.isEmpty(); }

private:
    QHash<QString, IncludedServices> m_included; // key: the comprehensive code
    QList<SameOrganGroup> m_groups;
    QHash<QString, qsizetype> m_groupOfCode;
};

} // namespace codedesk
