#pragma once

#include "codesets/CodeSetTypes.h"
#include "codesets/ImportControl.h"

#include <QByteArray>
#include <QList>

namespace codedesk {

struct Icd10OrderResult
{
    QList<CodeSetEntry> entries;   // in file order
    QList<ImportProblem> problems; // lines that were skipped, with why
    int billable = 0;
    bool cancelled = false;
    QString error; // set when the bytes are not an order file at all; entries are then empty
};

// The CDC/NCHS ICD-10-CM order file: fixed width, CRLF. Order number (5), space, code (7, no
// dot), space, billable flag 0/1, space, short description (60), space, long description.
class Icd10OrderImporter final
{
public:
    static Icd10OrderResult parse(const QByteArray &bytes, const ImportControl &control = {});

    // "C787" -> "C78.7": codes of four or more characters get a dot after the category.
    static QString dottedCode(QByteArrayView key);
    static bool isIcd10Code(QByteArrayView key); // letter, digit, alphanumeric, up to four more
};

} // namespace codedesk
