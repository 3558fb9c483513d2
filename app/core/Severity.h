#pragma once

#include <QString>

namespace codedesk {

// Ordered so that a larger value is more serious.
enum class Severity { Info, Warning, Error };

QString severityName(Severity severity); // "info", "warning", "error" (the CLI and file contract)
bool severityFromName(const QString &name, Severity *severity);

// A judgement the app adds beside a user's data: what it found and where that fact comes from.
struct Finding
{
    Severity severity = Severity::Info;
    QString rule;    // stable id, e.g. "modifier.unknown"
    QString message; // plain text a coder understands
    QString source;  // where the fact comes from, with its date
};

} // namespace codedesk
