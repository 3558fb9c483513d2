#pragma once

#include "codesets/CodeSetIndex.h"
#include "codesets/CodeSetTypes.h"
#include "codesets/HcpcsImporter.h"
#include "codesets/Icd10TabularImporter.h"
#include "reference/MedicareIndicators.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <optional>

namespace codedesk {

class LibraryDatabase;
class ModifierDictionary;

// A code with everything the tabular list says about it, its own notes and those it inherits
// from its subcategory, category, section and chapter.
struct CodeSetEntryDetails
{
    CodeSetKind kind = CodeSetKind::Icd10Cm;
    QString code;
    bool billable = false;
    QString shortDescription;
    QString longDescription;
    QDate terminated;
    QDate added;           // HCPCS: the code added date
    QList<CodeNote> notes; // nearest first: the code's own, then its ancestors'

    QList<CodeNote> notesOf(NoteKind wanted) const;
};

// Two diagnoses that an Excludes1 note forbids together.
struct Excludes1Conflict
{
    QString code;            // the code whose (possibly inherited) note forbids the other
    QString excluded;        // the other code
    CodeNote note;           // note.origin names where it is written ("C22")
    QString message() const; // "C22 excludes1 secondary malignant neoplasm of liver (C78.7)"
};

// Two of a list of diagnoses that an Excludes1 note forbids together (indices into the list).
struct Excludes1Pair
{
    int first = -1;
    int second = -1;
    Excludes1Conflict conflict;
};

// One seventh character a category defines, and the full code it makes of a code under it.
struct SeventhCharacter
{
    QString character; // "A"
    QString meaning;   // "initial encounter for closed fracture"
    QString code;      // "S72.001A", "T15.00XA": padded with the placeholder X to six characters
};

struct EffectivePeriod
{
    int year = 0;
    QDate from;
    QDate to;
    QString label; // "ICD-10-CM 2021"
    bool isValid() const { return from.isValid() && to.isValid(); }
    bool contains(const QDate &date) const { return isValid() && date >= from && date <= to; }
};

// Reads the imported code sets from the library database. Cheap to make; every call queries the
// database through the calling thread's connection, except version() and what is built on it
// while rememberVersions() holds (for a long-lived store that is told when an import lands).
class CodeSetStore final
{
public:
    explicit CodeSetStore(LibraryDatabase &database);

    // The worksheet checks ask for the versions on every keystroke: read them once, until the
    // next rememberVersions() or forgetVersions().
    void rememberVersions();
    void forgetVersions() { m_versions.reset(); }

    QList<CodeSetVersion> versions() const;
    std::optional<CodeSetVersion> version(CodeSetPart part) const;
    int entryCount(CodeSetKind kind) const;

    // With or without the dot, any case. withNotes = false skips the tabular notes (one query).
    std::optional<CodeSetEntryDetails> entry(CodeSetKind kind, const QString &code, bool withNotes = true) const;
    QList<CodeNote> notes(const QString &icd10Code) const; // own and inherited
    std::optional<Excludes1Conflict> excludes1Conflict(const QString &first, const QString &second) const;
    // Every forbidden pair among `codes` (first < second); each code's notes are read once.
    QList<Excludes1Pair> excludes1Pairs(const QStringList &codes) const;
    // A predicate "is this code in the imported set", asking the database once per distinct code.
    std::function<bool(const QString &code)> membership(CodeSetKind kind) const;
    EffectivePeriod period(CodeSetKind kind) const;
    // "ICD-10-CM 2021 (icd10cm-order-Jan-2021.txt, imported 2025-11-23)": for findings' sources.
    QString sourceText(CodeSetPart part) const;

    // The tabular list's tree for code pages: a node by key ("C220", "S:C15-C26", "CH:2"), its
    // children in file order, and the seventh characters that apply to a code (the nearest
    // definition above it; empty when none applies).
    std::optional<TabularNode> tabularNode(const QString &key) const;
    QList<TabularNode> tabularChildren(const QString &key) const;
    QList<SeventhCharacter> seventhCharacters(const QString &icd10Code) const;
    // A HCPCS record's fields other than its descriptions, by the CMS record layout's names.
    QList<std::pair<QString, QString>> hcpcsFields(const QString &code) const;
    QDate hcpcsAddedDate(const QString &code) const; // its "Code Added Date" field; invalid when none

    QString placeOfServiceName(const QString &code) const; // empty when unknown or none imported
    QList<PlaceOfService> placesOfService() const;
    QList<HcpcsModifier> hcpcsModifiers() const;
    QList<MedicareIndicatorRow> pfsRows() const;

    // Puts imported data where the app reads it: the official Level II modifier descriptions and
    // the imported RVU rows. Does nothing for what was not imported.
    void applyTo(ModifierDictionary *modifiers, MedicareIndicators *medicare) const;

    // For CodeSetSearch: the stored index blob and the inputs to rebuild it.
    QByteArray indexBlob(CodeSetKind kind) const;
    QString indexStamp(CodeSetKind kind) const; // changes with every write of the index; empty: none
    QList<IndexInput> indexInputs(CodeSetKind kind) const;
    // The tabular list's inclusion terms of one code (the index searches them), in its order.
    QStringList inclusionTerms(const QString &icd10Code) const;
    static QHash<QString, QStringList> inclusionTermsByKey(const QSqlDatabase &db);
    // The stored chunks (EntryChunk bytes) that begin at these code keys, by first key.
    QHash<QString, QByteArray> chunks(CodeSetKind kind, const QStringList &firstKeys) const;

    static EffectivePeriod periodFor(CodeSetPart part, int year);

private:
    LibraryDatabase &m_database;
    std::optional<QHash<CodeSetPart, CodeSetVersion>> m_versions;
};

} // namespace codedesk
