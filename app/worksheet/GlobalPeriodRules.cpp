// An E/M service on the date of a procedure with a global period needs the modifier the global
// surgery rules ask for (from the E/M table); the global period comes from the Medicare indicators.
#include "reference/EvaluationManagementTable.h"
#include "reference/MedicareIndicators.h"
#include "reference/ReferenceJson.h"
#include "worksheet/ClaimRule.h"
#include "worksheet/RuleRun.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

namespace {

struct ProcedureOnDate
{
    const GlobalPeriodModifier *rule = nullptr;
    int line = -1;
};

void checkEvaluationManagement(const ClaimRule &rule, RuleRun &run)
{
    const EvaluationManagementTable *table = run.context().evaluationManagement;
    if (!table || table->isEmpty() || !run.context().medicare)
        return;
    // Per date, the first procedure of each global period the table has a modifier rule for.
    QHash<QDate, QList<ProcedureOnDate>> proceduresOnDate;
    for (int i = 0; i < run.lineCount(); ++i) {
        const PreparedLine &line = run.lines().at(i);
        if (!line.medicare || table->isEvaluationManagement(line.code))
            continue;
        const GlobalPeriodModifier *global = table->modifierForGlobalDays(line.medicare->globalDays);
        if (!global)
            continue;
        QList<ProcedureOnDate> &onDate = proceduresOnDate[line.from];
        const bool known = std::any_of(onDate.cbegin(), onDate.cend(),
                                       [global](const ProcedureOnDate &p) { return p.rule == global; });
        if (!known)
            onDate << ProcedureOnDate{global, i};
    }
    if (proceduresOnDate.isEmpty())
        return;
    for (int i = 0; i < run.lineCount(); ++i) {
        const PreparedLine &line = run.lines().at(i);
        if (!table->isEvaluationManagement(line.code))
            continue;
        const auto onDate = proceduresOnDate.constFind(line.from);
        if (onDate == proceduresOnDate.constEnd())
            continue;
        for (const ProcedureOnDate &procedure : onDate.value()) {
            if (line.hasModifier(procedure.rule->modifier))
                continue;
            const PreparedLine &surgery = run.lines().at(procedure.line);
            run.report(rule, i, u"modifiers"_s,
                       u"E/M %1 on %2, the date of %3 (line %4, %5-day global period), without %6: %7"_s.arg(
                           line.code, isoDate(line.from), surgery.code, QString::number(procedure.line + 1),
                           procedure.rule->globalDays, procedure.rule->modifier, procedure.rule->meaning),
                       sourceWithDate(procedure.rule->source, procedure.rule->date) + u"; global period: "_s +
                           sourceWithDate(surgery.medicare->source, surgery.medicare->sourceDate));
        }
    }
}

} // namespace

QList<ClaimRule> globalPeriodRules()
{
    return {
        {u"em.globalPeriod"_s, Severity::Warning,
         u"An E/M service on the date of a procedure with a global period carries 57 (090 days) or 25 "
         "(000/010 days)"_s,
         u"CMS Medicare Claims Processing Manual (Pub. 100-04) ch. 12 (global surgery)"_s, checkEvaluationManagement},
    };
}

} // namespace codedesk
