// The claim-form rules: line count, NPI, dates, units and charge (CMS-1500 / 837P structure).
#include "worksheet/ClaimRule.h"
#include "worksheet/CodeFormat.h"
#include "worksheet/RuleRun.h"

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

namespace {

constexpr int maximumLinesPerClaim = 50;
const QString nucc = u"NUCC 1500 Claim Form Reference Instruction Manual for the 02/12 form"_s;

void checkLineCount(const ClaimRule &rule, RuleRun &run)
{
    const int lines = run.lineCount();
    if (lines <= maximumLinesPerClaim)
        return;
    const int claims = (lines + maximumLinesPerClaim - 1) / maximumLinesPerClaim;
    run.report(rule, -1, u"lines"_s,
               u"%1 lines: an 837P claim holds at most %2 lines, so this will be split into %3 claims"_s.arg(lines)
                   .arg(maximumLinesPerClaim)
                   .arg(claims));
}

void checkNpi(const ClaimRule &rule, RuleRun &run)
{
    const QString claimNpi = run.worksheet().claim.renderingNpi.trimmed();
    if (!claimNpi.isEmpty() && !isValidNpi(claimNpi))
        run.report(
            rule, -1, u"renderingNpi"_s,
            u"The claim's rendering NPI %1 is not valid: an NPI has 10 digits and a Luhn check digit"_s.arg(claimNpi));
    for (int i = 0; i < run.lineCount(); ++i) {
        const QString own = run.worksheet().lines.at(i).renderingNpi.trimmed();
        if (!own.isEmpty() && !isValidNpi(own))
            run.report(rule, i, u"renderingNpi"_s,
                       u"Rendering NPI %1 is not valid: an NPI has 10 digits and a Luhn check digit"_s.arg(own));
    }
}

void checkDateMissing(const ClaimRule &rule, RuleRun &run)
{
    for (int i = 0; i < run.lineCount(); ++i) {
        if (!run.lines().at(i).from.isValid())
            run.report(rule, i, u"from"_s,
                       u"No date of service: enter the line's dates or the claim's date of service"_s);
    }
}

// What was typed, short enough for a message.
QString typedText(const QString &input)
{
    constexpr qsizetype shown = 40;
    return input.size() > shown ? input.left(shown) + u"\u2026"_s : input;
}

void checkDateUnreadable(const ClaimRule &rule, RuleRun &run)
{
    const QString forms = u"type YYYY-MM-DD, MM/DD/YYYY or M/D/YY"_s;
    const ClaimHeader &claim = run.worksheet().claim;
    if (!claim.dateOfServiceInput.isEmpty())
        run.report(rule, -1, u"dateOfService"_s,
                   u"The date of service \"%1\" is not a date: %2 (the claim keeps %3)"_s.arg(
                       typedText(claim.dateOfServiceInput), forms,
                       claim.dateOfService.isValid() ? isoDate(claim.dateOfService) : u"no date"_s));
    for (int i = 0; i < run.lineCount(); ++i) {
        const ClaimLine &line = run.worksheet().lines.at(i);
        const auto check = [&](const QString &input, const QDate &kept, const QString &field, const QString &name) {
            if (input.isEmpty())
                return;
            run.report(rule, i, field,
                       u"The %1 date \"%2\" is not a date: %3 (the line keeps %4)"_s.arg(
                           name, typedText(input), forms, kept.isValid() ? isoDate(kept) : u"the claim's date"_s));
        };
        check(line.fromInput, line.from, u"from"_s, u"From"_s);
        check(line.toInput, line.to, u"to"_s, u"To"_s);
    }
}

void checkDateOrder(const ClaimRule &rule, RuleRun &run)
{
    for (int i = 0; i < run.lineCount(); ++i) {
        const PreparedLine &line = run.lines().at(i);
        if (line.from.isValid() && line.to.isValid() && line.from > line.to)
            run.report(rule, i, u"to"_s,
                       u"The service ends (%1) before it starts (%2)"_s.arg(isoDate(line.to), isoDate(line.from)));
    }
}

void checkDateFuture(const ClaimRule &rule, RuleRun &run)
{
    const QDate today = run.context().today;
    if (!today.isValid())
        return;
    const QDate claimDate = run.worksheet().claim.dateOfService;
    if (claimDate.isValid() && claimDate > today)
        run.report(rule, -1, u"dateOfService"_s,
                   u"The date of service %1 is after today (%2): a claim is billed after the service"_s.arg(
                       isoDate(claimDate), isoDate(today)));
    for (int i = 0; i < run.lineCount(); ++i) {
        const PreparedLine &line = run.lines().at(i);
        const QDate last = line.to.isValid() ? line.to : line.from;
        if (last.isValid() && last > today)
            run.report(rule, i, line.to > today ? u"to"_s : u"from"_s,
                       u"The service date %1 is after today (%2): a claim is billed after the service"_s.arg(
                           isoDate(last), isoDate(today)));
    }
}

void checkUnits(const ClaimRule &rule, RuleRun &run)
{
    for (int i = 0; i < run.lineCount(); ++i) {
        const int units = run.worksheet().lines.at(i).units;
        if (units <= 0)
            run.report(rule, i, u"units"_s, u"Units must be 1 or more (this line has %1)"_s.arg(units));
    }
}

void checkCharge(const ClaimRule &rule, RuleRun &run)
{
    for (int i = 0; i < run.lineCount(); ++i) {
        const auto &charge = run.worksheet().lines.at(i).charge;
        if (!charge)
            run.report(rule, i, u"charge"_s, u"No charge entered: every line needs a charge above 0.00"_s);
        else if (charge->cents() <= 0)
            run.report(rule, i, u"charge"_s, u"The charge must be above 0.00 (it is %1)"_s.arg(charge->toString()));
    }
}

} // namespace

QList<ClaimRule> claimRules()
{
    return {
        {u"lines.tooMany"_s, Severity::Warning, u"More than 50 lines: the claim will be split"_s,
         u"ASC X12 837P 005010X222A1, loop 2400 (at most 50 service lines per claim)"_s, checkLineCount},
        {u"npi.invalid"_s, Severity::Error, u"A rendering NPI must have 10 digits and a valid check digit"_s,
         u"CMS NPI standard (45 CFR 162.406): Luhn check digit over 80840 and the first nine digits"_s, checkNpi},
        {u"date.missing"_s, Severity::Error, u"Every line needs a date of service"_s, nucc + u", item 24A"_s,
         checkDateMissing},
        {u"date.unreadable"_s, Severity::Error, u"A date typed must be a date"_s, nucc + u", items 24A and 31"_s,
         checkDateUnreadable},
        {u"date.order"_s, Severity::Error, u"A line's From date must not be after its To date"_s,
         nucc + u", item 24A"_s, checkDateOrder},
        {u"date.future"_s, Severity::Error, u"Dates of service must not be after today"_s,
         nucc + u", items 24A and 31"_s, checkDateFuture},
        {u"units.positive"_s, Severity::Error, u"Units must be 1 or more"_s, nucc + u", item 24G"_s, checkUnits},
        {u"charge.positive"_s, Severity::Error, u"Every line needs a charge above 0.00"_s, nucc + u", item 24F"_s,
         checkCharge},
    };
}

} // namespace codedesk
