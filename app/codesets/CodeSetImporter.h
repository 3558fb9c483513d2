#pragma once

#include "codesets/CodeSetTypes.h"
#include "codesets/ImportControl.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace codedesk {

class LibraryDatabase;

struct CodeSetImportResult
{
    enum class Status
    {
        Imported,  // the file replaced the previous set
        Unchanged, // this very file (same SHA-256) was already imported: nothing done
        Rejected,  // not a file of that kind, or unreadable: nothing changed
        Cancelled, // nothing changed
        Failed     // the database refused the write: nothing changed
    };
    Status status = Status::Rejected;
    QString error;                 // for Rejected and Failed
    CodeSetVersion version;        // what is now recorded (also for Unchanged)
    QList<ImportProblem> problems; // skipped lines
    int modifiers = 0;             // HCPCS Level II modifiers imported

    bool ok() const { return status == Status::Imported || status == Status::Unchanged; }
};

// Imports one official file into the library: reads it, hashes it, skips it when that exact file
// is already imported, parses it with the importer for its kind (ICD-10-CM: the order file or the
// tabular XML, told apart by content) and replaces the stored set in one transaction.
// Runs on any thread (each thread uses its own database connection).
class CodeSetImporter final
{
public:
    explicit CodeSetImporter(LibraryDatabase &database);

    // The largest file of each kind that is read (checked while reading, so it holds for pipes and
    // devices too).
    static qint64 maximumBytes(CodeSetKind kind);

    CodeSetImportResult importFile(CodeSetKind kind, const QString &path, const ImportControl &control = {});
    CodeSetImportResult importBytes(CodeSetKind kind, const QByteArray &bytes, const QString &fileName,
                                    const ImportControl &control = {});

    // The quarter an NCCI file is for ("2026Q1"), when the user names it; otherwise the file name
    // says it, or else the quarter of the file's latest effective date.
    void setQuarter(const QString &quarter) { m_quarter = quarter.trimmed().toUpper(); }

private:
    LibraryDatabase &m_database;
    QString m_quarter;
};

} // namespace codedesk
