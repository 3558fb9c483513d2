#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace codedesk {

// One source's words for a modifier.
struct ModifierText
{
    QString description;
    QString source;
    QString sourceDate;
};

// What a two-character modifier means and where that comes from. CPT modifiers are described in
// our own words (CPT text is licensed). An imported HCPCS file adds its official Level II
// descriptions beside the bundled ones: no source's list hides another's.
struct ModifierInfo
{
    enum class Kind { Cpt, HcpcsLevelII };
    QString code;        // "26", "XS"
    Kind kind = Kind::Cpt;
    QString description; // short, plain text
    QString source;      // e.g. "CodeDesk summary of CMS Claims Processing Manual ch. 12, 2025"
    QString sourceDate;  // ISO date of that source, "2025-01-01"
    bool pricing = false; // a pricing modifier (listed first on a claim line), e.g. 26, TC, 50, 52
    QList<ModifierText> otherSources; // further sources describing the same modifier (imported files)

    // Every source's words, the primary one (above) first.
    QList<ModifierText> texts() const;
};

class ModifierDictionary final
{
public:
    // The dictionary bundled in resources/reference/modifiers.json.
    static ModifierDictionary bundled();
    // Reads a dictionary from JSON bytes in the bundled format; on error returns false.
    bool loadJson(const QByteArray &json, QString *error);

    const ModifierInfo *find(const QString &code) const; // case-insensitive; nullptr if unknown
    bool contains(const QString &code) const { return find(code) != nullptr; }
    QList<ModifierInfo> all() const; // sorted by code
    qsizetype size() const { return m_byCode.size(); }

    // Names the dictionary as a whole, for findings about codes it does not hold.
    QString source() const { return m_source; }
    QString sourceDate() const { return m_sourceDate; }

    // Joins the official Level II list (HCPCS import): a modifier the dictionary already has keeps
    // its entry and gains the official description as another source; a new one is added. Nothing
    // the dictionary knew is dropped, so a newer bundled modifier stays known under an older file.
    void joinLevelII(const QList<ModifierInfo> &official);

private:
    QHash<QString, ModifierInfo> m_byCode; // key: upper-case code
    QString m_source;
    QString m_sourceDate;
};

} // namespace codedesk
