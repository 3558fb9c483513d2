#pragma once

#include "worksheet/ClaimLine.h"
#include "worksheet/WorksheetFields.h"

#include <QVariant>

namespace codedesk {

// Converting the QVariant of an edit into a line field and back (Worksheet::setLineField, the
// table model). Returns false when the value cannot be that field.
bool assignLineField(ClaimLine &line, LineField field, const QVariant &value);
QVariant lineFieldValue(const ClaimLine &line, LineField field);

// A date edit: QDate, or a string parseDateInput reads ("" and a null QVariant clear the date).
bool dateFromVariant(const QVariant &value, QDate *date);

} // namespace codedesk
