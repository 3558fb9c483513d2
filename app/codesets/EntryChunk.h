#pragma once

#include "codesets/CodeSetTypes.h"

#include <QByteArray>
#include <QList>
#include <QSet>

namespace codedesk {

// Codes are stored in chunks of a few dozen consecutive codes (in code-key order), one database
// row each: writing a code set is then a few thousand rows instead of a hundred thousand, which
// keeps an import of the 95,000-line ICD-10-CM order file well under a second.
// Format: per entry a flags byte (1 billable, 2 an added date follows), the termination date as a
// Julian day (int64, 0 none), the added date as a Julian day when flag 2 is set (chunks written
// before it existed have none), and four length-prefixed UTF-8 strings: key, code, short
// description, long description.
class EntryChunk final
{
public:
    static constexpr int Size = 64;
    static constexpr char BillableFlag = 1;
    static constexpr char AddedFlag = 2;

    static QByteArray encode(const QList<const CodeSetEntry *> &entries);
    // False when the bytes are damaged; `entries` then holds what could be read. With `keys`,
    // only the entries whose code key is in it are decoded (the others are skipped unread).
    static bool decode(const QByteArray &bytes, QList<CodeSetEntry> *entries, const QSet<QByteArray> *keys = nullptr);
};

} // namespace codedesk
