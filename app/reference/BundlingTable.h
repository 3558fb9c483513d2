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
    QStringList distinctModifiers; // a line carrying one says the sessions were separate
    QString source;
    QString date;
};

// A laparoscopic procedure converted to open: only the open code is reported.
struct OpenConversion
{
    QStringList laparoscopic;
    QStringList open;
    QString reason;
    QString source;
    QString date;
};

// What an NCCI distinct-service modifier says (XE separate encounter, XS separate structure ...).
struct DistinctServiceModifier
{
    QString modifier;
    QString situation;
    QString source;
    QString date;
};

// The bundling facts, bundled from resources/reference/bundling.json; the imported NCCI files
// (codesets/PayerEditStore) add the payer's own pairs and limits beside them.
class BundlingTable final
{
public:
    static BundlingTable bundled();
    bool loadJson(const QByteArray &json, QString *error);

    const IncludedServices *includedServices(const QString &code) const; // nullptr: includes nothing listed
    const SameOrganGroup *sameOrganGroup(const QString &code) const;     // nullptr: in no group
    // The conversion entry naming `laparoscopic` and `open`; nullptr: none.
    const OpenConversion *conversion(const QString &laparoscopic, const QString &open) const;
    const QList<OpenConversion> &conversions() const { return m_conversions; }
    // XE, XS, XP, XU and 59 with the situation each one states, in advice order.
    const QList<DistinctServiceModifier> &distinctServiceModifiers() const { return m_distinct; }
    // The modifiers that let a PTP pair with modifier indicator 1 through, with their source.
    const QStringList &ncciAssociatedModifiers() const { return m_ncciModifiers; }
    QString ncciModifierSource() const { return m_ncciModifierSource; }
    // "XE (a separate encounter ...), XS (...), ... or 59 (...)": advice naming each choice.
    QString distinctServiceAdvice() const;
    QStringList codes() const;                                           // every code the table names
    bool isEmpty() const { return m_included.isEmpty() && m_groups.isEmpty() && m_conversions.isEmpty(); }

private:
    QList<OpenConversion> m_conversions;
    QList<DistinctServiceModifier> m_distinct;
    QStringList m_ncciModifiers;
    QString m_ncciModifierSource;
    QHash<QString, IncludedServices> m_included; // key: the comprehensive code
    QList<SameOrganGroup> m_groups;
    QHash<QString, qsizetype> m_groupOfCode;
};

} // namespace codedesk
