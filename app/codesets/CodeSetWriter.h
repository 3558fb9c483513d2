#pragma once

#include "codesets/CodeSetTypes.h"
#include "codesets/HcpcsImporter.h"
#include "codesets/Icd10TabularImporter.h"
#include "codesets/ImportControl.h"
#include "codesets/PayerEditTypes.h"
#include "reference/MedicareIndicators.h"

#include <QSqlDatabase>

#include <functional>

namespace codedesk {

class LibraryDatabase;

// Replaces one imported code set in the library database, all or nothing: the old rows are
// deleted and the new ones written inside one transaction that is rolled back on any error or on
// cancel, so a failed import leaves the previous set in place.
class CodeSetWriter final
{
public:
    explicit CodeSetWriter(LibraryDatabase &database);

    bool writeIcd10Order(const QList<CodeSetEntry> &entries, const CodeSetVersion &version,
                         const ImportControl &control = {});
    bool writeIcd10Tabular(const Icd10TabularResult &tabular, const CodeSetVersion &version,
                           const ImportControl &control = {});
    // recordFields: procedure code -> HcpcsRecordFields::read() text, for the code pages.
    bool writeHcpcs(const QList<CodeSetEntry> &procedures, const QList<HcpcsModifier> &modifiers,
                    const CodeSetVersion &version, const ImportControl &control = {},
                    const QList<std::pair<QString, QString>> &recordFields = {});
    bool writePfs(const QList<MedicareIndicatorRow> &rows, const CodeSetVersion &version,
                  const ImportControl &control = {});
    bool writePlacesOfService(const QList<PlaceOfService> &places, const CodeSetVersion &version,
                              const ImportControl &control = {});
    // The NCCI files: PTP edits packed per code (one row per code and role, not per pair) and
    // their rationales; MUE limits one row per code.
    bool writeNcciPtp(const NcciPtpResult &ptp, const CodeSetVersion &version, const ImportControl &control = {});
    bool writeMue(const QList<MueLimit> &limits, const CodeSetVersion &version, const ImportControl &control = {});
    // Stores a rebuilt search index (outside any import), with a new stamp.
    bool writeIndex(CodeSetKind kind, const QByteArray &blob);
    // Gives the stored index a new stamp (an index written before stamps existed).
    bool stampIndex(CodeSetKind kind);

    QString errorString() const { return m_error; }
    bool wasCancelled() const { return m_cancelled; }

private:
    bool inTransaction(const std::function<bool(QSqlDatabase &)> &body);
    bool exec(QSqlDatabase &db, const QString &sql, const QVariantList &values = {});
    bool writeEntries(QSqlDatabase &db, CodeSetKind kind, const QList<CodeSetEntry> &entries,
                      const ImportControl &control);
    bool writeVersion(QSqlDatabase &db, const CodeSetVersion &version);
    bool writeStamp(QSqlDatabase &db, CodeSetKind kind);
    bool checkCancel(const ImportControl &control);
    std::function<bool(qsizetype)> cancelCheck(const ImportControl &control); // for insertRows()

    bool indexInclusionTerms(QSqlDatabase &db);

    LibraryDatabase &m_database;
    QString m_error;
    bool m_cancelled = false;
};

} // namespace codedesk
