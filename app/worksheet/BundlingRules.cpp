// Rules between lines of one date, all from the reference tables: units per date, services a
// code's descriptor includes, and two codes for the same organ (unless an imported NCCI edit
// pairs them: ncci.ptp speaks for it). Each is one pass with a hash.
#include "codesets/PayerEditStore.h"
#include "reference/BundlingTable.h"
#include "reference/ReferenceJson.h"
#include "reference/UnitLimits.h"
#include "worksheet/ClaimRule.h"
#include "worksheet/RuleRun.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

namespace {

// Units are summed per code and date of service; every line of a group over the limit gets the
// same message, which the validator turns into one finding naming the lines. An imported MUE
// per date of service at or below the limit speaks for it instead.
void checkUnitLimits(const ClaimRule &rule, RuleRun &run)
{
    const UnitLimits *limits = run.context().units;
    if (!limits || limits->isEmpty())
        return;
    struct Group
    {
        const UnitLimit *limit = nullptr;
        qint64 total = 0;
        QList<int> lines;
    };
    QHash<std::pair<QString, QDate>, Group> groups;
    QList<std::pair<QString, QDate>> order;
    for (int i = 0; i < run.lineCount(); ++i) {
        const PreparedLine &line = run.lines().at(i);
        const UnitLimit *limit = line.code.isEmpty() ? nullptr : limits->find(line.code);
        const int units = run.worksheet().lines.at(i).units;
        if (!limit || units <= 0)
            continue;
        const std::pair<QString, QDate> key{line.code, line.from};
        auto it = groups.find(key);
        if (it == groups.end()) {
            it = groups.insert(key, Group{limit, 0, {}});
            order << key;
        }
        it->total += units;
        it->lines << i;
    }
    // An imported per-date MUE at or below the table's limit catches every excess (ncci.mue).
    QStringList over;
    for (const auto &key : std::as_const(order)) {
        if (groups[key].total > groups[key].limit->maximumUnits)
            over << key.first;
    }
    const PayerEditStore *payerEdits = run.context().payerEdits;
    const QHash<QString, MueLimit> mues =
        over.isEmpty() || !payerEdits ? QHash<QString, MueLimit>() : payerEdits->mues(over);
    for (const auto &key : std::as_const(order)) {
        const Group &group = groups[key];
        if (group.total <= group.limit->maximumUnits)
            continue;
        const auto mue = mues.constFind(key.first);
        if (mue != mues.constEnd() && mue->adjudication != 1 && mue->units <= group.limit->maximumUnits)
            continue;
        const QString message =
            group.lines.size() == 1
                ? u"%1 units of %2: at most %3 per date of service (%4)"_s.arg(group.total)
                      .arg(key.first)
                      .arg(group.limit->maximumUnits)
                      .arg(group.limit->reason)
                : u"%1 is reported %2 units in all on %3 across %4 lines: at most %5 per date of service (%6)"_s
                      .arg(key.first)
                      .arg(group.total)
                      .arg(isoDate(key.second))
                      .arg(group.lines.size())
                      .arg(group.limit->maximumUnits)
                      .arg(group.limit->reason);
        for (int line : group.lines)
            run.report(rule, line, u"units"_s, message, sourceWithDate(group.limit->source, group.limit->date));
    }
}

void checkIncludedServices(const ClaimRule &rule, RuleRun &run)
{
    const BundlingTable *table = run.context().bundling;
    if (!table || table->isEmpty())
        return;
    // The comprehensive codes on each date, then each line against the (few) codes of its date.
    QHash<QDate, QList<const IncludedServices *>> comprehensiveOnDate;
    for (const PreparedLine &line : run.lines()) {
        if (const IncludedServices *entry = line.code.isEmpty() ? nullptr : table->includedServices(line.code)) {
            QList<const IncludedServices *> &onDate = comprehensiveOnDate[line.from];
            if (!onDate.contains(entry))
                onDate << entry;
        }
    }
    if (comprehensiveOnDate.isEmpty())
        return;
    for (int i = 0; i < run.lineCount(); ++i) {
        const PreparedLine &line = run.lines().at(i);
        const auto onDate = comprehensiveOnDate.constFind(line.from);
        if (onDate == comprehensiveOnDate.constEnd())
            continue;
        for (const IncludedServices *entry : onDate.value()) {
            if (entry->includes.contains(line.code)) {
                run.report(rule, i, u"code"_s,
                           u"%1 is included in %2 on %3 (%4): do not report it separately"_s.arg(
                               line.code, entry->code, isoDate(line.from), entry->reason),
                           sourceWithDate(entry->source, entry->date));
                break;
            }
        }
    }
}

bool carriesAny(const PreparedLine &line, const QStringList &modifiers)
{
    for (const QString &modifier : modifiers) {
        if (line.hasModifier(modifier))
            return true;
    }
    return false;
}

// The distinct-service modifiers a line carries that do not state a separate session (XS on a
// second code for the same organ says "another organ", which it is not).
QStringList misleadingDistinctModifiers(const BundlingTable &table, const PreparedLine &line,
                                        const QStringList &fitting)
{
    QStringList found;
    for (const DistinctServiceModifier &entry : table.distinctServiceModifiers()) {
        if (!fitting.contains(entry.modifier) && line.hasModifier(entry.modifier))
            found << u"%1 (%2)"_s.arg(entry.modifier, entry.situation);
    }
    return found;
}

// Whether an imported NCCI PTP edit (indicator 0 or 1) pairs the two lines' codes on their date.
bool hasPtpEdit(const RuleRun &run, const PreparedLine &a, const PreparedLine &b)
{
    const PayerEditStore *store = run.context().payerEdits;
    if (!store)
        return false;
    const QList<PtpEdit> edits = store->editsAmong({a.code, b.code});
    return std::any_of(edits.cbegin(), edits.cend(), [&](const PtpEdit &edit) {
        return edit.modifierIndicator != 9 && edit.appliesOn(a.from) &&
               ((edit.column1 == a.code && edit.column2 == b.code) ||
                (edit.column1 == b.code && edit.column2 == a.code));
    });
}

void checkSameOrgan(const ClaimRule &rule, RuleRun &run)
{
    const BundlingTable *table = run.context().bundling;
    if (!table || table->isEmpty())
        return;
    QHash<std::pair<QDate, quintptr>, int> firstOfGroup;
    for (int i = 0; i < run.lineCount(); ++i) {
        const PreparedLine &line = run.lines().at(i);
        const SameOrganGroup *group = line.code.isEmpty() ? nullptr : table->sameOrganGroup(line.code);
        if (!group)
            continue;
        const auto key = std::make_pair(line.from, quintptr(group));
        const auto first = firstOfGroup.constFind(key);
        if (first == firstOfGroup.constEnd()) {
            firstOfGroup.insert(key, i);
            continue;
        }
        const PreparedLine &earlier = run.lines().at(first.value());
        if (earlier.code == line.code)
            continue; // the same code twice is the unit rule's
        if (table->conversion(line.code, earlier.code) || table->conversion(earlier.code, line.code))
            continue; // bundling.convertedToOpen says what to report
        if (carriesAny(line, group->distinctModifiers) || carriesAny(earlier, group->distinctModifiers))
            continue; // the coder states separate sessions; the record must show them
        const QStringList misleading = misleadingDistinctModifiers(*table, line, group->distinctModifiers);
        if (misleading.isEmpty() && misleadingDistinctModifiers(*table, earlier, group->distinctModifiers).isEmpty() &&
            hasPtpEdit(run, line, earlier))
            continue; // ncci.ptp reports the pair, with the same advice (it would let XS through)
        QString message = u"%1 and %2 (line %3) are both %4 codes for the %5 on %6: %7"_s.arg(
            line.code, earlier.code, QString::number(first.value() + 1), group->name, group->organ,
            isoDate(line.from), group->reason);
        if (!misleading.isEmpty())
            message += u". %1 does not fit: both codes treat the %2"_s.arg(misleading.join(u", "_s), group->organ);
        run.report(rule, i, u"code"_s, message, sourceWithDate(group->source, group->date));
    }
}

void checkConvertedToOpen(const ClaimRule &rule, RuleRun &run)
{
    const BundlingTable *table = run.context().bundling;
    if (!table || table->conversions().isEmpty())
        return;
    QHash<QDate, QList<int>> openOnDate; // the lines of each date whose code is an open code of an entry
    for (int i = 0; i < run.lineCount(); ++i) {
        const PreparedLine &line = run.lines().at(i);
        for (const OpenConversion &entry : table->conversions()) {
            if (entry.open.contains(line.code)) {
                openOnDate[line.from] << i;
                break;
            }
        }
    }
    if (openOnDate.isEmpty())
        return;
    for (int i = 0; i < run.lineCount(); ++i) {
        const PreparedLine &line = run.lines().at(i);
        const auto open = openOnDate.constFind(line.from);
        if (open == openOnDate.constEnd())
            continue;
        for (int o : open.value()) {
            const PreparedLine &openLine = run.lines().at(o);
            if (const OpenConversion *entry = table->conversion(line.code, openLine.code)) {
                run.report(rule, i, u"code"_s,
                           u"%1 (laparoscopic) and %2 (line %3, open) on %4: %5. Report %2 only and remove "
                           "this line"_s.arg(line.code, openLine.code, QString::number(o + 1), isoDate(line.from),
                                             entry->reason),
                           sourceWithDate(entry->source, entry->date));
                break;
            }
        }
    }
}

} // namespace

QList<ClaimRule> bundlingRules()
{
    return {
        {u"units.limit"_s, Severity::Error, u"A code's units per date of service stay within its limit"_s,
         u"CodeDesk unit table"_s, checkUnitLimits},
        {u"bundling.included"_s, Severity::Error,
         u"A service a code's descriptor includes (such as imaging guidance) is not reported separately"_s,
         u"CodeDesk bundling table"_s, checkIncludedServices},
        {u"bundling.sameOrgan"_s, Severity::Warning, u"Two codes for the same organ on one date"_s,
         u"CodeDesk bundling table"_s, checkSameOrgan},
        {u"bundling.convertedToOpen"_s, Severity::Error,
         u"A laparoscopic procedure converted to open is reported with the open code only"_s,
         u"CodeDesk bundling table"_s, checkConvertedToOpen},
    };
}

} // namespace codedesk
