#pragma once

#include "worksheet/ClaimFinding.h"
#include "worksheet/ClaimRule.h"
#include "worksheet/ValidationContext.h"
#include "worksheet/WorksheetContent.h"

#include <QList>
#include <QStringList>

namespace codedesk {

struct MedicareIndicatorRow;

// A line as the rules see it: effective (inherited) values, code and modifiers trimmed and
// upper-cased, and the Medicare row it is judged on looked up once: the row of its code and
// modifier (77022-26 reads the -26 row), else the code's global row.
struct PreparedLine
{
    QString code;
    QStringList modifiers;
    QDate from;
    QDate to;
    QString placeOfService;
    QString renderingNpi;
    const MedicareIndicatorRow *medicare = nullptr; // nullptr: not on file (or no table)

    bool hasModifier(QStringView modifier) const;
};

// One validation pass: the worksheet, the context, the prepared lines and the findings so far.
class RuleRun final
{
public:
    RuleRun(const WorksheetContent &worksheet, const ValidationContext &context);

    const WorksheetContent &worksheet() const { return m_worksheet; }
    const ValidationContext &context() const { return m_context; }
    const QList<PreparedLine> &lines() const { return m_lines; }
    int lineCount() const { return int(m_lines.size()); }

    // `line` is the 0-based line index, -1 for the claim. An empty source is the rule's source.
    void report(const ClaimRule &rule, int line, const QString &field, const QString &message,
                const QString &source = {});
    // For data-driven rules: the finding's id and severity come from the data.
    void report(const QString &ruleId, Severity severity, int line, const QString &field, const QString &message,
                const QString &source);

    ClaimFindings takeFindings();

private:
    const WorksheetContent &m_worksheet;
    const ValidationContext &m_context;
    QList<PreparedLine> m_lines;
    ClaimFindings m_findings;
};

// A date as messages show it (ISO 8601).
QString isoDate(QDate date);

} // namespace codedesk
