#pragma once

#include "core/Severity.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace codedesk {

// One row of the CMS Physician Fee Schedule RVU file: a code together with a modifier (empty for
// the global row, "26", "TC", "53"). Numbers stay the strings CMS wrote ("NA", "20.80").
struct MedicareIndicatorRow
{
    QString code;
    QString modifier;
    QString status;           // A active, C carrier priced, B bundled, I invalid, N not covered ...
    QString workRvu;
    QString facilityTotal;
    QString nonFacilityTotal;
    QString globalDays;       // "000", "010", "090", "XXX", "YYY", "ZZZ"
    int pcTc = -1;            // PC/TC indicator (0..9), -1 unknown
    int multipleProcedure = -1;
    int bilateral = -1;
    int assistant = -1;
    int coSurgeon = -1;
    int team = -1;
    QString conversionFactor; // "32.3465"
    QString description;      // the file's DESCRIPTION column; empty when the file has none
    QString source;           // "CMS PFS RVU file 2025, October release (RVU25D)"
    QString sourceDate;       // ISO date of the release, "2025-10-01"
};

// What one indicator value means for the modifiers it governs (CMS RVU file documentation), e.g.
// assistant 1: "an assistant at surgery is not paid" for 80, 81, 82 and AS. Values not listed are fine.
struct IndicatorCheck
{
    QString indicator;     // a field of MedicareIndicatorRow: "pcTc", "bilateral", "assistant", ...
    QStringList modifiers; // upper case
    int value = -1;
    Severity severity = Severity::Info;
    QString meaning;
    QString source;
    QString sourceDate;
};

// What a PFS status code means and, for the statuses a claim line should hear about, how serious
// it is (CMS RVU file documentation). `severity` is unset for statuses that are fine (A, C ...).
struct StatusMeaning
{
    QString status;
    QString meaning;
    std::optional<Severity> severity;
    QString source;
    QString sourceDate;
};

// The Medicare indicators keyed by code and modifier: bundled from
// resources/reference/medicare-indicators.json, replaced by an imported RVU file.
class MedicareIndicators final
{
public:
    static MedicareIndicators bundled();
    bool loadJson(const QByteArray &json, QString *error);

    // The row for code+modifier; with an empty modifier the global row. nullptr: not on file.
    const MedicareIndicatorRow *find(const QString &code, const QString &modifier = {}) const;
    // The row a claim line is judged on: the first of its modifiers that has a row of its own
    // (26, TC, 53 ...), else the global row. nullptr: not on file.
    const MedicareIndicatorRow *findForLine(const QString &code, const QStringList &modifiers) const;
    // The year the data set is for ("PFS 2025" -> 2025); 0 when the label names none.
    int year() const;
    // What a status code means (and how serious it is on a claim line); nullptr: not documented.
    const StatusMeaning *statusMeaning(const QString &status) const;
    QList<MedicareIndicatorRow> rowsFor(const QString &code) const;
    bool isEmpty() const { return m_rows.isEmpty(); }
    qsizetype size() const { return m_rows.size(); }

    // "PFS 2025": names the data set in messages such as "no Medicare indicators on file (PFS 2025)".
    QString label() const { return m_label; }
    void setLabel(const QString &label) { m_label = label; }

    void replaceAll(const QList<MedicareIndicatorRow> &rows, const QString &label);

    // The indicator meanings that judge modifiers; they stay when replaceAll() swaps the rows.
    const QList<IndicatorCheck> &modifierChecks() const { return m_checks; }
    // Whether any check governs `modifier` (so that a code without rows cannot be checked for it).
    bool isCheckedModifier(const QString &modifier) const;
    // The value of an indicator field by its JSON name ("pcTc", "team", ...); -1 if unknown.
    static int indicatorValue(const MedicareIndicatorRow &row, const QString &indicator);
    static QStringList indicatorNames();
    // What the data set says about a code it has no row for ("47384 is not in the 2025 file; ..."),
    // with its source; empty when it says nothing. Kept when replaceAll() swaps the rows.
    QString notOnFileNote(const QString &code) const { return m_notOnFile.value(code.trimmed().toUpper()); }
    // The data set as a whole, e.g. "CMS PFS RVU file 2025, October release (RVU25D)".
    QString source() const { return m_source; }
    QString sourceDate() const { return m_sourceDate; }

private:
    QList<MedicareIndicatorRow> m_rows;
    QHash<QString, qsizetype> m_index; // "CODE|MOD" -> row
    QHash<QString, QList<qsizetype>> m_byCode;
    QString m_label;
    QString m_source;
    QString m_sourceDate;
    QList<IndicatorCheck> m_checks;
    QHash<QString, QString> m_notOnFile; // code -> "note (source, date)"
    QHash<QString, StatusMeaning> m_statuses;
};

} // namespace codedesk
