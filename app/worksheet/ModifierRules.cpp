// The modifiers of each line: shape, known, no duplicates, at most four, 59 not with X{EPSU},
// pricing modifiers first.
#include "reference/ModifierDictionary.h"
#include "worksheet/ClaimRule.h"
#include "worksheet/CodeFormat.h"
#include "worksheet/RuleRun.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

namespace {

constexpr int maximumModifiers = ClaimLine::maximumModifiers;
const QString claimForm = u"NUCC 1500 Claim Form Reference Instruction Manual for the 02/12 form, item 24D"_s;

QString modifierField(int index)
{
    return u"modifier%1"_s.arg(index + 1);
}

void checkFormat(const ClaimRule &rule, RuleRun &run)
{
    for (int i = 0; i < run.lineCount(); ++i) {
        const QStringList &modifiers = run.lines().at(i).modifiers;
        for (int m = 0; m < modifiers.size(); ++m) {
            if (!isModifierFormat(modifiers.at(m)))
                run.report(rule, i, modifierField(m),
                           u"\"%1\" is not a modifier: a modifier is two letters or digits"_s.arg(modifiers.at(m)));
        }
    }
}

void checkKnown(const ClaimRule &rule, RuleRun &run)
{
    const ModifierDictionary *dictionary = run.context().modifiers;
    if (!dictionary || dictionary->size() == 0)
        return;
    const QString source = dictionary->source().isEmpty() ? rule.source : dictionary->source();
    for (int i = 0; i < run.lineCount(); ++i) {
        const QStringList &modifiers = run.lines().at(i).modifiers;
        for (int m = 0; m < modifiers.size(); ++m) {
            if (isModifierFormat(modifiers.at(m)) && !dictionary->contains(modifiers.at(m)))
                run.report(rule, i, modifierField(m),
                           u"%1 is not a CPT or HCPCS Level II modifier"_s.arg(modifiers.at(m)), source);
        }
    }
}

void checkDuplicate(const ClaimRule &rule, RuleRun &run)
{
    for (int i = 0; i < run.lineCount(); ++i) {
        const QStringList &modifiers = run.lines().at(i).modifiers;
        for (int m = 1; m < modifiers.size(); ++m) {
            if (modifiers.indexOf(modifiers.at(m)) < m)
                run.report(rule, i, modifierField(m), u"Modifier %1 is listed twice"_s.arg(modifiers.at(m)));
        }
    }
}

void checkCount(const ClaimRule &rule, RuleRun &run)
{
    for (int i = 0; i < run.lineCount(); ++i) {
        const qsizetype count = run.lines().at(i).modifiers.size();
        if (count > maximumModifiers)
            run.report(rule, i, u"modifiers"_s,
                       u"%1 modifiers: a claim line holds at most four; report the others on another line or "
                       "use the multiple-modifier code your payer asks for"_s.arg(count));
    }
}

void checkDistinctServiceModifiers(const ClaimRule &rule, RuleRun &run)
{
    static const QStringList specific = {u"XE"_s, u"XS"_s, u"XP"_s, u"XU"_s};
    for (int i = 0; i < run.lineCount(); ++i) {
        const PreparedLine &line = run.lines().at(i);
        if (!line.hasModifier(u"59"))
            continue;
        for (const QString &x : specific) {
            if (line.hasModifier(x)) {
                run.report(rule, i, modifierField(int(line.modifiers.indexOf(u"59"_s))),
                           u"59 and %1 on one line: %1 already says why the service is distinct; use only %1"_s.arg(x));
                break;
            }
        }
    }
}

void checkPricingFirst(const ClaimRule &rule, RuleRun &run)
{
    const ModifierDictionary *dictionary = run.context().modifiers;
    if (!dictionary || dictionary->size() == 0)
        return;
    for (int i = 0; i < run.lineCount(); ++i) {
        const QStringList &modifiers = run.lines().at(i).modifiers;
        QString firstInformational;
        for (int m = 0; m < modifiers.size(); ++m) {
            const ModifierInfo *info = dictionary->find(modifiers.at(m));
            if (!info)
                continue;
            if (!info->pricing && firstInformational.isEmpty()) {
                firstInformational = info->code;
            } else if (info->pricing && !firstInformational.isEmpty()) {
                run.report(rule, i, modifierField(m),
                           u"Pricing modifier %1 comes after %2: list pricing modifiers first"_s.arg(
                               info->code, firstInformational));
                break;
            }
        }
    }
}

} // namespace

QList<ClaimRule> modifierRules()
{
    return {
        {u"modifier.format"_s, Severity::Error, u"A modifier is two letters or digits"_s, claimForm, checkFormat},
        {u"modifier.unknown"_s, Severity::Error, u"A modifier must be a CPT or HCPCS Level II modifier"_s,
         u"CodeDesk modifier dictionary (AMA CPT Appendix A, CMS HCPCS Level II)"_s, checkKnown},
        {u"modifier.duplicate"_s, Severity::Error, u"A modifier is listed once per line"_s, claimForm, checkDuplicate},
        {u"modifier.tooMany"_s, Severity::Error, u"A line holds at most four modifiers"_s, claimForm, checkCount},
        {u"modifier.59withX"_s, Severity::Error, u"Modifier 59 is not reported with XE, XS, XP or XU"_s,
         u"CMS MLN Matters SE1418 (2015) and NCCI Policy Manual ch. 1: X{EPSU} modifiers are used instead of 59"_s,
         checkDistinctServiceModifiers},
        {u"modifier.pricingFirst"_s, Severity::Warning, u"Pricing modifiers are listed before the others"_s,
         claimForm + u"; CMS Medicare Claims Processing Manual (Pub. 100-04) ch. 26"_s, checkPricingFirst},
    };
}

} // namespace codedesk
