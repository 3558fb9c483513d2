#include "worksheet/RuleRun.h"

#include "core/JsonText.h"
#include "reference/MedicareIndicators.h"

#include <QHash>

namespace codedesk {

bool PreparedLine::hasModifier(QStringView modifier) const
{
    for (const QString &candidate : modifiers) {
        if (candidate == modifier)
            return true;
    }
    return false;
}

RuleRun::RuleRun(const WorksheetContent &worksheet, const ValidationContext &context)
    : m_worksheet(worksheet)
    , m_context(context)
{
    const ClaimHeader &claim = worksheet.claim;
    QHash<QString, const MedicareIndicatorRow *> medicareByCode;
    m_lines.reserve(worksheet.lines.size());
    for (const ClaimLine &line : worksheet.lines) {
        PreparedLine prepared;
        prepared.code = line.code.trimmed().toUpper();
        prepared.modifiers.reserve(line.modifiers.size());
        for (const QString &modifier : line.modifiers)
            prepared.modifiers << modifier.trimmed().toUpper();
        prepared.from = line.effectiveFrom(claim);
        prepared.to = line.effectiveTo(claim);
        prepared.placeOfService = line.effectivePlaceOfService(claim).trimmed();
        prepared.renderingNpi = line.effectiveRenderingNpi(claim).trimmed();
        if (context.medicare && !prepared.code.isEmpty()) {
            auto it = medicareByCode.find(prepared.code);
            if (it == medicareByCode.end())
                it = medicareByCode.insert(prepared.code, context.medicare->find(prepared.code));
            prepared.medicare = it.value();
        }
        m_lines << std::move(prepared);
    }
}

void RuleRun::report(const ClaimRule &rule, int line, const QString &field, const QString &message,
                     const QString &source)
{
    report(rule.id, rule.severity, line, field, message, source.isEmpty() ? rule.source : source);
}

void RuleRun::report(const QString &ruleId, Severity severity, int line, const QString &field, const QString &message,
                     const QString &source)
{
    m_findings.append(ClaimFinding{ruleId, severity, line, field, message, source, {}});
}

ClaimFindings RuleRun::takeFindings()
{
    return std::move(m_findings);
}

QString isoDate(QDate date)
{
    return json::isoDate(date);
}

} // namespace codedesk
