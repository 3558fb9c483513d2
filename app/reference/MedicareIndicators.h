#pragma once

#include <QHash>
#include <QList>
#include <QString>

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
    QString source;           // "CMS PFS RVU file 2025, October release (RVU25D)"
    QString sourceDate;       // ISO date of the release, "2025-10-01"
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
    QList<MedicareIndicatorRow> rowsFor(const QString &code) const;
    bool isEmpty() const { return m_rows.isEmpty(); }
    qsizetype size() const { return m_rows.size(); }

    // "PFS 2025": names the data set in messages such as "no Medicare indicators on file (PFS 2025)".
    QString label() const { return m_label; }
    void setLabel(const QString &label) { m_label = label; }

    void replaceAll(const QList<MedicareIndicatorRow> &rows, const QString &label);

private:
    QList<MedicareIndicatorRow> m_rows;
    QHash<QString, qsizetype> m_index; // "CODE|MOD" -> row
    QString m_label;
};

} // namespace codedesk
