#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace codedesk {

// The line-level vocabulary of the report format (DESIGN.md): headings, the title line, the
// "Service type:" lines, the payer sentence and the "Data not available in the input" notes.
// Every function looks at one line or sentence and runs in time linear in its length.
namespace ReportPatterns {

enum class Heading
{
    None = -1,
    Summary,
    Billing,
    ClinicalCoding,
    ClinicalContext,
    CodingSpecifications
};
inline constexpr int headingCount = 5;

QString headingTitle(Heading heading); // "Summary & Overview", ...
Heading knownHeading(QStringView trimmed);
// A line that looks like a heading the format does not define: "## Anything", or a short
// title-case line of 2 to 10 words without final punctuation ("Payer Coverage Notes").
bool looksLikeHeading(QStringView trimmed);
QString headingText(QStringView trimmed); // without markdown decoration

// "CPT 47382: Title" or "HCPCS C9751: Title" with a code of a known shape.
bool titleLine(QStringView trimmed, QString *code, QString *title);
// A code named in running text ("CPT code 47382 represents"), for reports without a title line.
QString codeInText(QStringView line);

enum class Key
{
    None,
    ServiceType,
    SiteOfService
};
Key keyLine(QStringView trimmed, QString *value);

// The payers of "Key payers ... include A, B, C, and D." in a paragraph; empty if none named.
QStringList payers(QStringView paragraph);
// The sentences of `text` that say data was not available (or provided) in the input.
QStringList missingDataSentences(QStringView text);

} // namespace ReportPatterns

} // namespace codedesk
