// An E/M service on the date of a procedure with a global period needs the modifier the global
// surgery rules ask for (from the E/M table); so do E/M services and other surgeries on the days
// around it that the table's windows name (the day before a major surgery, the postoperative
// days). The global period comes from the Medicare indicators.
#include "reference/EvaluationManagementTable.h"
#include "reference/MedicareIndicators.h"
#include "reference/ReferenceJson.h"
#include "worksheet/ClaimRule.h"
#include "worksheet/RuleRun.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

namespace {

bool hasAnyModifier(const PreparedLine &line, const QStringList &modifiers)
{
    return std::any_of(modifiers.cbegin(), modifiers.cend(), [&line](const QString &m) { return line.hasModifier(m); });
}

// "WHERE without 57 or 25: MEANING", or, when the line carries a modifier that does not fit there,
// "WHERE carries 25: ADVICE" (the advice names the one that fits).
QString modifierAdvice(const QString &where, const PreparedLine &line, const QStringList &fitting,
                       const QString &meaning, const MisusedModifier *misused)
{
    if (!misused)
        return u"%1 without %2: %3"_s.arg(where, fitting.join(u" or "_s), meaning);
    QStringList carried;
    for (const QString &modifier : misused->modifiers) {
        if (line.hasModifier(modifier))
            carried << modifier;
    }
    return u"%1 carries %2: %3"_s.arg(where, carried.join(u" and "_s), misused->advice);
}

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
            if (hasAnyModifier(line, procedure.rule->modifiers))
                continue;
            const PreparedLine &surgery = run.lines().at(procedure.line);
            const QString where = u"E/M %1 on %2, the date of %3 (line %4, %5-day global period)"_s.arg(
                line.code, isoDate(line.from), surgery.code, QString::number(procedure.line + 1),
                procedure.rule->globalDays);
            run.report(rule, i, u"modifiers"_s,
                       modifierAdvice(where, line, procedure.rule->modifiers, procedure.rule->meaning,
                                      procedure.rule->misusedOn(line.modifiers)),
                       sourceWithDate(procedure.rule->source, procedure.rule->date) + u"; global period: "_s +
                           sourceWithDate(surgery.medicare->source, surgery.medicare->sourceDate));
        }
    }
}

// A surgery whose global period the windows follow: its date, its global days and its line.
struct Surgery
{
    QDate date;
    QString globalDays;
    int line = -1;
};

QString periodEnd(const Surgery &surgery)
{
    bool ok = false;
    const int days = surgery.globalDays.toInt(&ok);
    return ok ? isoDate(surgery.date.addDays(days)) : QString();
}

void checkAcrossDates(const ClaimRule &rule, RuleRun &run)
{
    const EvaluationManagementTable *table = run.context().evaluationManagement;
    if (!table || table->globalPeriodWindows().isEmpty() || !run.context().medicare)
        return;
    // Per global period the windows follow: the first surgery with it on each date, in date order.
    QHash<QString, std::vector<Surgery>> surgeries;
    for (const GlobalPeriodWindow &window : table->globalPeriodWindows())
        surgeries.insert(window.globalDays, {});
    QSet<std::pair<QDate, QString>> seen;
    for (int i = 0; i < run.lineCount(); ++i) {
        const PreparedLine &line = run.lines().at(i);
        if (!line.medicare || !line.from.isValid() || table->isEvaluationManagement(line.code))
            continue;
        const auto bucket = surgeries.find(line.medicare->globalDays);
        if (bucket == surgeries.end() || seen.contains({line.from, line.medicare->globalDays}))
            continue;
        seen.insert({line.from, line.medicare->globalDays});
        bucket->push_back({line.from, line.medicare->globalDays, i});
    }
    bool any = false;
    for (auto &bucket : surgeries) {
        std::stable_sort(bucket.begin(), bucket.end(), [](const Surgery &a, const Surgery &b) { return a.date < b.date; });
        any = any || !bucket.empty();
    }
    if (!any)
        return;
    const auto byDate = [](const Surgery &s, const QDate &d) { return s.date < d; };
    for (int i = 0; i < run.lineCount(); ++i) {
        const PreparedLine &line = run.lines().at(i);
        if (!line.from.isValid() || line.code.isEmpty())
            continue;
        const bool isVisit = table->isEvaluationManagement(line.code);
        // A procedure is judged when it has a global period of its own (not a test or an add-on).
        if (!isVisit && (!line.medicare || !surgeries.contains(line.medicare->globalDays)))
            continue;
        const GlobalPeriodWindow::Service service =
            isVisit ? GlobalPeriodWindow::Service::EvaluationManagement : GlobalPeriodWindow::Service::Procedure;
        for (const GlobalPeriodWindow &window : table->globalPeriodWindows()) {
            if (window.service != service || hasAnyModifier(line, window.modifiers))
                continue;
            // A surgery dated so that this line falls on day fromDay..toDay of it (never day 0).
            const std::vector<Surgery> &candidates = surgeries[window.globalDays];
            const QDate earliest = line.from.addDays(-window.toDay);
            const QDate latest = line.from.addDays(-window.fromDay);
            auto it = std::lower_bound(candidates.begin(), candidates.end(), earliest, byDate);
            while (it != candidates.end() && it->date <= latest && it->line == i)
                ++it;
            if (it == candidates.end() || it->date > latest)
                continue;
            const int day = int(it->date.daysTo(line.from));
            const PreparedLine &surgery = run.lines().at(it->line);
            const QString when =
                day < 0 ? u"the day before"_s : u"in the %1-day global period of"_s.arg(it->globalDays);
            const QString where = u"%1 %2 on %3 is %4 %5 (line %6, %7; the global period ends %8)"_s.arg(
                isVisit ? u"E/M"_s : u"Procedure"_s, line.code, isoDate(line.from), when, surgery.code,
                QString::number(it->line + 1), isoDate(it->date), periodEnd(*it));
            run.report(rule, i, u"modifiers"_s,
                       modifierAdvice(where, line, window.modifiers, window.meaning, window.misusedOn(line.modifiers)),
                       sourceWithDate(window.source, window.date) + u"; global period: "_s +
                           sourceWithDate(surgery.medicare->source, surgery.medicare->sourceDate));
            break;
        }
    }
}

} // namespace

QList<ClaimRule> globalPeriodRules()
{
    return {
        {u"em.globalPeriod"_s, Severity::Warning,
         u"An E/M service on the date of a procedure with a global period carries 57 or 25 (090 days) or 25 "
         "(000/010 days)"_s,
         u"CMS Medicare Claims Processing Manual (Pub. 100-04) ch. 12 (global surgery)"_s, checkEvaluationManagement},
        {u"globalPeriod.acrossDates"_s, Severity::Warning,
         u"An E/M service or another surgery the day before a major surgery or in a surgery's postoperative "
         "period carries the modifier that fits (57; 24; 58, 78 or 79)"_s,
         u"CMS Medicare Claims Processing Manual (Pub. 100-04) ch. 12 sec. 40 (global surgery)"_s, checkAcrossDates},
    };
}

} // namespace codedesk
