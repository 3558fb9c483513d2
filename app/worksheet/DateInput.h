#pragma once

#include <QDate>
#include <QString>

namespace codedesk {

// A date as coders type it: YYYY-MM-DD, MM/DD/YYYY (also M/D/YYYY) and, once the coder is done
// typing (`finished`), M/D/YY (20YY, or 19YY when 20YY would be more than 20 years ahead). While
// typing, "1/3/20" is only the start of "1/3/2025" and is not read as a date. Invalid (a null
// QDate) when the text is none of these or not a real day. Dates are shown ISO 8601 everywhere.
QDate parseDateInput(const QString &text, bool finished = true);

} // namespace codedesk
