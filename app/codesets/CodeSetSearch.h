#pragma once

#include "codesets/CodeSetIndex.h"
#include "codesets/CodeSetTypes.h"

#include <QCache>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QSet>
#include <QString>

#include <map>
#include <memory>

namespace codedesk {

class LibraryDatabase;

struct CodeSetHit
{
    CodeSetKind kind = CodeSetKind::Icd10Cm;
    QString code;
    QString title;
    double score = 0; // higher is better; comparable across kinds
    bool billable = false;
    QString matched; // why it matched when not by code or title (see SearchHit::matched); else empty
    bool partial = false; // some words of the query are not in it
    bool fuzzy = false;   // some words of the query are in it only through a typo
};

// Ranked search over the imported ICD-10-CM and HCPCS codes: by code prefix with or without the
// dot ("C787", "C78.7"), by words in any order and by word prefixes ("sec mal liv"). Best first:
// exact code, code prefix, billable before header codes, then word matches (see CodeSetIndex).
// Nothing is loaded until the first search of a kind (or preload()); each kind's index is one
// compact blob, memory-mapped from its copy beside the library (CodeSetIndexFile) when that is
// current, else read from the library database (and copied for the next time), or rebuilt
// from the stored codes if it is missing.
class CodeSetSearch final
{
public:
    explicit CodeSetSearch(LibraryDatabase &database);
    Q_DISABLE_COPY_MOVE(CodeSetSearch)

    QList<CodeSetHit> search(CodeSetKind kind, const QString &query, int limit = 20);
    // ICD-10-CM and HCPCS together, best first.
    QList<CodeSetHit> searchAll(const QString &query, int limit = 20);

    // Loads a kind's index now (safe from a worker thread). False when nothing is imported.
    bool preload(CodeSetKind kind);
    // Forgets loaded indexes: call after an import so the next search reads the new set.
    void reset();

private:
    std::shared_ptr<const CodeSetIndex> indexFor(CodeSetKind kind);

    QHash<QString, CodeSetEntry> entriesOf(CodeSetKind kind, const QStringList &firstKeys,
                                           const QSet<QByteArray> &wantedKeys);

    LibraryDatabase &m_database;
    QMutex m_mutex;
    std::map<CodeSetKind, std::shared_ptr<const CodeSetIndex>> m_indexes;
    // Stored chunks already read, by kind and first key: typing a word asks for the same few
    // chunks keystroke after keystroke. Bounded by bytes; emptied by reset().
    QCache<QString, QByteArray> m_chunks{8 * 1024 * 1024};
};

} // namespace codedesk
