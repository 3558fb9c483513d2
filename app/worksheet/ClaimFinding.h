#pragma once

#include "core/Severity.h"

#include <QList>
#include <QString>

namespace codedesk {

// One judgement of the rule engine about a worksheet: which rule, how serious, where (a 0-based
// line index or -1 for the claim, and the field: "code", "modifier2", "pointers", "diagnoses",
// "renderingNpi", ...), what a coder should know, and where the fact comes from.
struct ClaimFinding
{
    QString rule; // stable id, e.g. "modifier.unknown"
    Severity severity = Severity::Info;
    int line = -1;
    QString field;
    QString message;
    QString source;

    friend bool operator==(const ClaimFinding &, const ClaimFinding &) = default;
};

using ClaimFindings = QList<ClaimFinding>;

} // namespace codedesk
