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
    int line = -1; // the first line it names
    QString field;
    QString message;
    QString source;
    QList<int> lines; // every line it names (0-based, ascending) when it names more than one

    friend bool operator==(const ClaimFinding &, const ClaimFinding &) = default;
};

using ClaimFindings = QList<ClaimFinding>;

// The lines a finding names, 1-based, runs as ranges: "3", "2–40, 42"; empty for the claim.
QString findingLines(const ClaimFinding &finding);
// Where a finding is, as a coder reads it: "claim", "line 3", "lines 2–40, 42".
QString findingPlace(const ClaimFinding &finding);
// "line 3: message" for lists and error messages.
QString findingSummary(const ClaimFinding &finding);

} // namespace codedesk
