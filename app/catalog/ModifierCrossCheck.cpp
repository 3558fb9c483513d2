#include "catalog/ModifierCrossCheck.h"

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

namespace {

QString withDate(const QString &source, const QString &date)
{
    if (date.isEmpty())
        return source;
    return source.isEmpty() ? date : source + u", "_s + date;
}

} // namespace

ModifierCrossCheck::ModifierCrossCheck(const ModifierDictionary &modifiers, const MedicareIndicators &medicare)
    : m_modifiers(modifiers)
    , m_medicare(medicare)
{}

QString ModifierCrossCheck::indicatorLabel(const QString &indicator)
{
    if (indicator == u"pcTc")
        return u"PC/TC indicator"_s;
    if (indicator == u"multipleProcedure")
        return u"multiple-procedure indicator"_s;
    if (indicator == u"bilateral")
        return u"bilateral-surgery indicator"_s;
    if (indicator == u"assistant")
        return u"assistant-at-surgery indicator"_s;
    if (indicator == u"coSurgeon")
        return u"co-surgeon indicator"_s;
    if (indicator == u"team")
        return u"team-surgery indicator"_s;
    return indicator;
}

QString ModifierCrossCheck::dictionarySource() const
{
    return withDate(m_modifiers.source(), m_modifiers.sourceDate());
}

QList<Finding> ModifierCrossCheck::check(const QString &code, const QString &modifier) const
{
    QList<Finding> findings;
    const QString name = modifier.trimmed().toUpper();
    if (name.isEmpty()) {
        findings.append({Severity::Warning, u"modifier.missing"_s, u"the row names no modifier"_s, dictionarySource()});
        return findings;
    }
    const ModifierInfo *info = m_modifiers.find(name);
    if (!info) {
        findings.append({Severity::Error, u"modifier.unknown"_s,
                         u"\u201c%1\u201d is not a CPT or HCPCS Level II modifier"_s.arg(modifier.trimmed()),
                         dictionarySource()});
        return findings;
    }
    if (!m_medicare.isCheckedModifier(name))
        return findings;
    const MedicareIndicatorRow *row = m_medicare.find(code);
    if (!row) {
        QString message =
            u"no Medicare indicators on file (%1) for %2: %3 cannot be checked"_s.arg(m_medicare.label(), code, name);
        if (const QString note = m_medicare.notOnFileNote(code); !note.isEmpty())
            message += u"; "_s + note;
        findings.append({Severity::Warning, u"medicare.notOnFile"_s, message,
                         withDate(m_medicare.source(), m_medicare.sourceDate())});
        return findings;
    }
    for (const IndicatorCheck &rule : m_medicare.modifierChecks()) {
        if (!rule.modifiers.contains(name) || MedicareIndicators::indicatorValue(*row, rule.indicator) != rule.value)
            continue;
        findings.append({rule.severity, u"medicare."_s + rule.indicator,
                         u"%1 on %2: %3 %4 (%5): %6"_s.arg(name, code, indicatorLabel(rule.indicator))
                             .arg(rule.value)
                             .arg(m_medicare.label(), rule.meaning),
                         withDate(row->source, row->sourceDate) + u"; "_s + withDate(rule.source, rule.sourceDate)});
    }
    return findings;
}

void ModifierCrossCheck::apply(Procedure &procedure) const
{
    for (ModifierRow &row : procedure.modifiers)
        row.findings = check(procedure.code, row.modifier);
    // The report's code itself: the fee schedule may say it is not on file and what replaced it.
    static const QString notOnFile = u"Not on the fee schedule: "_s;
    procedure.diagnostics.removeIf([](const Diagnostic &d) { return d.message.startsWith(notOnFile); });
    if (m_medicare.find(procedure.code))
        return;
    if (const QString note = m_medicare.notOnFileNote(procedure.code); !note.isEmpty())
        procedure.diagnostics.prepend({0, Severity::Error,
                                       notOnFile + u"%1 has no row in %2 and is not billed as it stands; %3"_s.arg(
                                           procedure.code, m_medicare.label(), note)});
}

} // namespace codedesk
