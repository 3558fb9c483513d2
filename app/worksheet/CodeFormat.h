#pragma once

#include <QString>
#include <QStringView>

namespace codedesk {

// Shape checks for what goes on a claim line. Inputs are expected trimmed and upper-cased.
bool isModifierFormat(QStringView modifier); // two letters or digits
// ICD-10-CM: a letter, a digit, a letter or digit, then optionally a dot and 1 to 4 letters or
// digits ("C78.7", "Z85.038", "C787").
bool isIcd10CmFormat(QStringView code);
// An ICD-10-CM code as claims and coders write it, with its dot ("C787" -> "C78.7"); a code
// already dotted, or not of the ICD-10-CM shape, comes back as it is.
QString dottedIcd10Cm(const QString &code);
// A 10-digit NPI whose last digit is the Luhn check digit over 80840 + the first nine digits.
bool isValidNpi(QStringView npi);

} // namespace codedesk
