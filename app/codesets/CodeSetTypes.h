#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace codedesk {

// The official code sets CodeDesk imports. Names are the command-line contract's KIND words.
enum class CodeSetKind
{
    Icd10Cm,
    Hcpcs,
    Pfs,
    PlaceOfService,
    NcciPtp, // the CMS NCCI practitioner procedure-to-procedure edits (PayerEditStore)
    Mue      // the CMS practitioner medically unlikely edits (PayerEditStore)
};

QString codeSetKindName(CodeSetKind kind); // "icd10cm", "hcpcs", "pfs", "pos", "ncci-ptp", "mue"
std::optional<CodeSetKind> codeSetKindFromName(const QString &name);

// One file a code set is made of; ICD-10-CM has two (the order file and the tabular list).
enum class CodeSetPart
{
    Icd10CmOrder,
    Icd10CmTabular,
    Hcpcs,
    Pfs,
    PlaceOfService,
    NcciPtp,
    Mue
};

QString codeSetPartName(CodeSetPart part); // "icd10cm-order", "icd10cm-tabular", "hcpcs", "pfs", "pos"
std::optional<CodeSetPart> codeSetPartFromName(const QString &name);
CodeSetKind codeSetKindOf(CodeSetPart part);

// A line of an imported file that could not be used, with its 1-based line number.
struct ImportProblem
{
    int line = 0;
    QString message;
};

// One code of a code set (an ICD-10-CM order-file line, a HCPCS type-3 record with its
// continuations).
struct CodeSetEntry
{
    QString code; // as coders write it: "C78.7", "G0121"
    bool billable = false;
    QString shortDescription;
    QString longDescription;
    QDate terminated; // HCPCS termination date, invalid when none
    QDate added;      // HCPCS code added date, invalid when none
};

// Upper case, no dot, no spaces: "c78.7" -> "C787". The form codes are stored and matched in.
QString codeKey(const QString &code);

// ICD-10-CM instructional notes, by the tabular list's element names.
enum class NoteKind
{
    Includes,
    InclusionTerm,
    Excludes1,
    Excludes2,
    CodeFirst,
    UseAdditional,
    CodeAlso,
    Note,          // <notes> and <sevenChrNote>: general instructions
    SevenCharacter // one <sevenChrDef> extension, text "A\tinitial encounter ..." (not a note: see
                   // CodeSetStore::seventhCharacters)
};

QString noteKindName(NoteKind kind); // "includes", "inclusionTerm", "excludes1", "excludes2", "codeFirst", ...
std::optional<NoteKind> noteKindFromName(const QString &name);

struct CodeNote
{
    NoteKind kind = NoteKind::Includes;
    QString text;
    QString origin; // the code, section ("C15-C26") or chapter ("Chapter 2") the note is written under
};

struct PlaceOfService
{
    QString code; // two digits, "22"
    QString name;
    QString description;
};

// What one import recorded: which file, its hash, the year it states and what it held.
struct CodeSetVersion
{
    CodeSetPart part = CodeSetPart::Icd10CmOrder;
    QString fileName;
    QString sha256;
    int statedYear = 0; // 0: the file does not say
    QDate effectiveFrom;
    QDate effectiveTo;
    QString importedAt; // ISO 8601 UTC
    int entries = 0;
    int billable = 0;
    int notes = 0;
    QString label; // "ICD-10-CM 2021", "HCPCS 2020", "PFS 2025"
};

} // namespace codedesk
