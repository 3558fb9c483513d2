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
// A date edit as typed: what dateFromVariant reads sets the date and clears *input; other text is
// kept in *input and the date stays as it was. False only for a value that is not text or a date.
bool typedDateFromVariant(const QVariant &value, QDate *date, QString *input);
// The value of a date field for an edit or its undo: the unreadable input when there is one.
QVariant typedDateValue(const QDate &date, const QString &input);

} // namespace codedesk
