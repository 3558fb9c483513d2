#pragma once

#include "core/Severity.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace codedesk {

// From the code's shape (DESIGN.md): 5 digits Category I, 4 digits + F/T/U/M, letter + 4 digits.
enum class CodeSystem { Unknown, CptCategoryI, CptCategoryII, CptCategoryIII, CptPla, CptMaaa, HcpcsLevelII };

enum class Origin { Bundled, Imported };

// A problem in the report itself, at a 1-based line of the input.
struct Diagnostic
{
    int line = 0;
    Severity severity = Severity::Info;
    QString message;
};

// One data row of the report's modifier table, kept as written even when the modifier is bogus.
struct ModifierRow
{
    QString modifier;
    QString description;
    QString whenToUse;
    int line = 0;
    QList<Finding> findings; // the cross-check's judgement of this row
};

// A section the parser could not place, kept verbatim with its heading.
struct Section
{
    QString title;
    QString text;
};

struct SourceInfo
{
    QString file;   // file name as given (no folders)
    QString sha256; // lowercase hex of the exact bytes
    qint64 bytes = 0;
    Origin origin = Origin::Bundled;
};

// Words derived from the text, for filtering the code list.
struct Facets
{
    QStringList approaches; // "open", "laparoscopic", "percutaneous"
    QStringList energies;   // "radiofrequency", "cryo", "irreversible electroporation", "microwave"
    QStringList organs;     // "liver", ...
};

struct Procedure
{
    QString code;
    CodeSystem codeSystem = CodeSystem::Unknown;
    QString title;
    QStringList summary; // paragraphs
    QStringList payers;
    QString billingOverview;
    QString serviceType;
    QString siteOfService;
    QString clinicalContext;
    QList<ModifierRow> modifiers;
    QList<Section> sections;
    QStringList missingDataNotes; // the "Data not available in the input" sentences
    QList<Diagnostic> diagnostics;
    SourceInfo source;
    Facets facets;
};

} // namespace codedesk
