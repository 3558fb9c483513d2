// The imported CMS NCCI files: procedure-to-procedure pairs by modifier indicator and medically
// unlikely edits by adjudication indicator. Each finding names the codes, the indicator, the
// rationale and the file's version. Without an imported file the rules stay silent.
#include "codesets/PayerEditStore.h"
#include "reference/BundlingTable.h"
#include "worksheet/ClaimRule.h"
#include "worksheet/RuleRun.h"

#include <QHash>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

namespace {

QString rationaleText(const QString &rationale)
{
    return rationale.trimmed().isEmpty() ? u"no rationale given"_s : rationale.trimmed();
}

// The NCCI-associated modifiers (bundling table), or the list DESIGN.md gives when it has none.
QStringList associatedModifiers(const RuleRun &run)
{
    if (run.context().bundling && !run.context().bundling->ncciAssociatedModifiers().isEmpty())
        return run.context().bundling->ncciAssociatedModifiers();
    return {u"59"_s, u"XE"_s, u"XS"_s, u"XP"_s, u"XU"_s};
}

// The modifiers that can state a distinct service for the pair: for two codes of one same-organ
// group only those of the group (a second session: XE or 59; XS would say another organ).
QString distinctAdvice(const RuleRun &run, const QString &column1, const QString &column2)
{
    const BundlingTable *bundling = run.context().bundling;
    if (bundling) {
        const SameOrganGroup *group = bundling->sameOrganGroup(column1);
        if (group && group == bundling->sameOrganGroup(column2) && !group->distinctModifiers.isEmpty()) {
            QStringList described;
            for (const DistinctServiceModifier &entry : bundling->distinctServiceModifiers()) {
                if (group->distinctModifiers.contains(entry.modifier))
                    described << u"%1 for %2"_s.arg(entry.modifier, entry.situation);
            }
            return u"%1 (both are %2 codes for the %3, so only a separate session fits)"_s.arg(
                described.isEmpty() ? group->distinctModifiers.join(u" or "_s) : described.join(u"; "_s), group->name,
                group->organ);
        }
    }
    const QString advice = bundling ? bundling->distinctServiceAdvice() : QString();
    return advice.isEmpty() ? u"XE, XS, XP, XU or 59"_s : advice;
}

// A laparoscopic code with its open code on one date: bundling.convertedToOpen says to report
// the open code only, which covers the pair.
bool isConversion(const RuleRun &run, const PtpEdit &edit)
{
    const BundlingTable *bundling = run.context().bundling;
    return bundling &&
           (bundling->conversion(edit.column1, edit.column2) || bundling->conversion(edit.column2, edit.column1));
}

void checkPtp(const ClaimRule &rule, RuleRun &run)
{
    const PayerEditStore *store = run.context().payerEdits;
    if (!store || run.lineCount() < 2)
        return;
    QStringList codes;
    for (const PreparedLine &line : run.lines())
        codes << line.code;
    const QList<PtpEdit> edits = store->editsAmong(codes);
    if (edits.isEmpty())
        return;
    const QString version = store->version(CodeSetPart::NcciPtp).value_or(CodeSetVersion{}).label;
    const QString source = store->sourceText(CodeSetPart::NcciPtp);
    const QStringList associated = associatedModifiers(run);
    // The lines of each code on each date.
    QHash<std::pair<QString, QDate>, QList<int>> linesOf;
    for (int i = 0; i < run.lineCount(); ++i)
        linesOf[{run.lines().at(i).code, run.lines().at(i).from}] << i;
    QSet<int> reported;
    for (const PtpEdit &edit : edits) {
        if (edit.modifierIndicator == 9 || isConversion(run, edit))
            continue;
        for (int i = 0; i < run.lineCount(); ++i) {
            const PreparedLine &line = run.lines().at(i);
            if (line.code != edit.column2 || reported.contains(i) || !edit.appliesOn(line.from))
                continue;
            const QList<int> column1Lines = linesOf.value({edit.column1, line.from});
            if (column1Lines.isEmpty())
                continue;
            const int first = column1Lines.constFirst();
            QString carried;
            for (const QString &modifier : line.modifiers) {
                if (associated.contains(modifier)) {
                    carried = modifier;
                    break;
                }
            }
            const QString pair = u"%1 (column 2) with %2 (column 1, line %3) on %4"_s.arg(
                edit.column2, edit.column1, QString::number(first + 1), isoDate(line.from));
            const QString why = u"NCCI PTP edit, modifier indicator %1; rationale: %2 (%3)"_s.arg(
                QString::number(edit.modifierIndicator), rationaleText(edit.rationale), version);
            if (edit.modifierIndicator == 0) {
                run.report(rule, i, u"code"_s,
                           u"%1: %2 is never paid with %3, whatever the modifier (%4)"_s.arg(pair, edit.column2,
                                                                                            edit.column1, why),
                           source);
            } else if (!carried.isEmpty()) {
                run.report(rule.id + u".modifier"_s, Severity::Info, i, u"modifiers"_s,
                           u"%1: modifier %2 lets the pair through; the medical record must show the distinct "
                           "service it states (%3)"_s.arg(pair, carried, why),
                           source);
            } else {
                run.report(rule, i, u"modifiers"_s,
                           u"%1: %2 is not paid with %3 unless the service was distinct and the line carries the "
                           "modifier that says how: %4 (%5)"_s.arg(
                               pair, edit.column2, edit.column1, distinctAdvice(run, edit.column1, edit.column2), why),
                           source);
            }
            reported.insert(i);
        }
    }
}

void checkMue(const ClaimRule &rule, RuleRun &run)
{
    const PayerEditStore *store = run.context().payerEdits;
    if (!store || run.lineCount() == 0)
        return;
    QStringList codes;
    for (const PreparedLine &line : run.lines())
        codes << line.code;
    const QHash<QString, MueLimit> limits = store->mues(codes);
    if (limits.isEmpty())
        return;
    const QString version = store->version(CodeSetPart::Mue).value_or(CodeSetVersion{}).label;
    const QString source = store->sourceText(CodeSetPart::Mue);
    QHash<std::pair<QString, QDate>, qint64> unitsOnDate;
    QSet<std::pair<QString, QDate>> reportedDates;
    for (int i = 0; i < run.lineCount(); ++i) {
        const PreparedLine &line = run.lines().at(i);
        const auto limit = limits.constFind(line.code);
        const int units = run.worksheet().lines.at(i).units;
        if (limit == limits.constEnd() || units <= 0)
            continue;
        const QString indicator = limit->adjudicationText.isEmpty() ? QString::number(limit->adjudication)
                                                                   : limit->adjudicationText;
        const QString why = u"MUE %1, adjudication indicator %2; rationale: %3 (%4)"_s.arg(
            QString::number(limit->units), indicator, rationaleText(limit->rationale), version);
        if (limit->adjudication == 1) {
            if (units > limit->units)
                run.report(rule, i, u"units"_s,
                           u"%1 units of %2 on one line: at most %3 per line (%4); units above it are denied"_s.arg(
                               QString::number(units), line.code, QString::number(limit->units), why),
                           source);
            continue;
        }
        const auto key = std::make_pair(line.code, line.from);
        qint64 &total = unitsOnDate[key];
        total += units;
        if (total <= limit->units || reportedDates.contains(key))
            continue;
        reportedDates.insert(key);
        const QString appeal = limit->adjudication == 2
                                   ? u"a policy edit: the whole line is denied and the denial cannot be appealed"_s
                                   : u"a clinical edit: the line is denied; an appeal needs the medical record"_s;
        run.report(rule, i, u"units"_s,
                   u"%1 units of %2 on %3 (all lines): at most %4 per date of service, %5 (%6)"_s.arg(
                       QString::number(total), line.code, isoDate(line.from), QString::number(limit->units), appeal,
                       why),
                   source);
    }
}

} // namespace

QList<ClaimRule> payerEditRules()
{
    return {
        {u"ncci.ptp"_s, Severity::Error,
         u"Two codes an NCCI procedure-to-procedure edit pairs on one date: never together (indicator 0) or only "
         "with the modifier that states a distinct service (indicator 1)"_s,
         u"CMS NCCI procedure-to-procedure edits (practitioner)"_s, checkPtp},
        {u"ncci.mue"_s, Severity::Error,
         u"Units within the NCCI medically unlikely edit: per line (MAI 1) or per date of service (MAI 2, 3)"_s,
         u"CMS NCCI medically unlikely edits (practitioner services)"_s, checkMue},
    };
}

} // namespace codedesk
