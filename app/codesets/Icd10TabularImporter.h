#pragma once

#include "codesets/CodeSetTypes.h"
#include "codesets/ImportControl.h"

#include <QByteArray>
#include <QList>

namespace codedesk {

// A place in the tabular list's tree: a chapter ("Chapter 2"), a section ("C15-C26") or a code.
struct TabularNode
{
    QString key;    // unique: a code's key ("C220"), "S:C15-C26" for a section, "CH:2" for a chapter
    QString code;   // as shown: "C22.0", "C15-C26", "Chapter 2"
    QString parent; // the parent's key; empty for chapters
    QString title;
};

struct TabularNote
{
    QString key; // the node the note is written under
    NoteKind kind = NoteKind::Includes;
    QString text;
};

struct Icd10TabularResult
{
    QList<TabularNode> nodes;
    QList<TabularNote> notes;
    int statedYear = 0; // <version>
    int codes = 0;      // diag elements
    int billable = 0;   // codes without subdivisions and without a required 7th character
    QList<ImportProblem> problems;
    bool cancelled = false;
    QString error; // not well-formed XML or not a tabular list; nothing else is then set
};

// The CDC/NCHS ICD-10-CM tabular list (XML): chapters, sections and nested diag elements, each
// with its notes (includes, inclusion terms, excludes1, excludes2, code first, use additional
// code, code also). Notes are kept where they are written; inheritance is resolved on lookup.
class Icd10TabularImporter final
{
public:
    static Icd10TabularResult parse(const QByteArray &bytes, const ImportControl &control = {});
    static bool looksLikeTabular(const QByteArray &bytes); // XML rather than an order file
};

} // namespace codedesk
