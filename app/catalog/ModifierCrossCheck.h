#pragma once

#include "catalog/Procedure.h"
#include "reference/MedicareIndicators.h"
#include "reference/ModifierDictionary.h"

namespace codedesk {

// Judges each row of a report's modifier table against the reference data: is it a CPT or HCPCS
// Level II modifier at all, and do the code's Medicare indicators (PC/TC, bilateral, assistant,
// co-surgeon, team, multiple procedure) allow it. Every finding names its source and date.
// Holds references: both tables must outlive the check.
class ModifierCrossCheck final
{
public:
    ModifierCrossCheck(const ModifierDictionary &modifiers, const MedicareIndicators &medicare);

    QList<Finding> check(const QString &code, const QString &modifier) const;
    // Replaces the findings of every modifier row of `procedure`.
    void apply(Procedure &procedure) const;

    // "PC/TC indicator", "co-surgeon indicator", ...: how messages name an indicator field.
    static QString indicatorLabel(const QString &indicator);

private:
    QString dictionarySource() const;

    const ModifierDictionary &m_modifiers;
    const MedicareIndicators &m_medicare;
};

} // namespace codedesk
