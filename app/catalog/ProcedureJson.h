#pragma once

#include "catalog/Procedure.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace codedesk {

class MedicareIndicators;
struct MedicareIndicatorRow;

// The JSON shapes of the command-line contract (DESIGN.md), shared by `show`, `import` and
// anyone else who writes procedures out.
namespace ProcedureJson {

// `show --json`, key for key as DESIGN.md has it: the modifier rows with their findings, the
// Medicare global row; the missing-data notes and facets are not part of that shape.
QJsonObject procedure(const Procedure &procedure, const MedicareIndicators *medicare);
// [{line, severity, message}]; a diagnostic about the whole file has line null.
QJsonArray diagnostics(const QList<Diagnostic> &diagnostics);
// [{severity, message, source}]
QJsonArray findings(const QList<Finding> &findings);
// {status, workRvu, ..., team, conversionFactor, source (with label and date)}, or null.
QJsonValue medicare(const MedicareIndicatorRow *row, const QString &label);

} // namespace ProcedureJson

} // namespace codedesk
