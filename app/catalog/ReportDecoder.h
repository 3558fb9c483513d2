#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace codedesk {

// A report's bytes as lines of text: UTF-8 with or without a BOM, LF, CRLF or CR line ends.
struct DecodedReport
{
    QStringList lines;
    bool endsWithNewline = false;
    int firstInvalidLine = 0; // 1-based line of the first invalid UTF-8 sequence; 0: none
    int firstControlLine = 0; // 1-based line of the first control character made visible; 0: none
};

class ReportDecoder final
{
public:
    // Rejects what is not text at all, with a one-line reason: empty input, NUL bytes, or
    // mostly invalid UTF-8 / control characters. A few bad bytes become U+FFFD and are reported;
    // control characters (an escape sequence, a bell) become visible symbols (VisibleText).
    static bool decode(const QByteArray &bytes, DecodedReport *report, QString *error);
};

} // namespace codedesk
