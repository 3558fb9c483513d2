#pragma once

#include "worksheet/WorksheetContent.h"

#include <QString>
#include <QStringList>

class QIODevice;

namespace codedesk {

// Writes a worksheet's claim lines as CSV for a billing system: RFC 4180 (comma, CRLF, quotes
// doubled), UTF-8 without a byte order mark, a header row with the DESIGN.md columns, one row
// per line with the effective (inherited) values and the dotted ICD-10-CM codes its pointers
// point to (diagnosis1..diagnosis4). A text cell that a spreadsheet would run as a
// formula (starting with = + - @, tab or CR) gets a leading apostrophe; numbers stay numbers.
class CsvWriter final
{
public:
    static QStringList columns(); // line, from, to, placeOfService, ..., pointer4, diagnosis1..4, ...

    bool write(QIODevice *device, const WorksheetContent &content);
    QString errorString() const { return m_error; }

    static QByteArray toCsv(const WorksheetContent &content);
    static QString textCell(const QString &text);     // guarded and quoted as needed
    static QString numberCell(const QString &number); // quoted only if it has to be

private:
    QString m_error;
};

} // namespace codedesk
