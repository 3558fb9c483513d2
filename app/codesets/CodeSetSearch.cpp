#include "codesets/CodeSetSearch.h"

#include "codesets/CodeSetIndexFile.h"
#include "codesets/CodeSetStore.h"
#include "codesets/CodeSetWriter.h"
#include "codesets/EntryChunk.h"
#include "core/LibraryDatabase.h"

#include <QMutexLocker>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

CodeSetSearch::CodeSetSearch(LibraryDatabase &database)
    : m_database(database)
{}

namespace {

// An index with the file its bytes may be mapped from: they live and die together.
struct LoadedIndex
{
    LoadedIndex(const QString &libraryPath, CodeSetKind kind)
        : file(libraryPath, kind)
    {}
    CodeSetIndexFile file;
    CodeSetIndex index;
};

} // namespace

std::shared_ptr<const CodeSetIndex> CodeSetSearch::indexFor(CodeSetKind kind)
{
    QMutexLocker lock(&m_mutex);
    if (const auto it = m_indexes.find(kind); it != m_indexes.end())
        return it->second;
    auto loaded = std::make_shared<LoadedIndex>(m_database.path(), kind);
    const CodeSetStore store(m_database);
    QString stamp = store.indexStamp(kind);
    if (!loaded->index.load(loaded->file.map(stamp))) {
        QByteArray blob = store.indexBlob(kind);
        if (!loaded->index.load(blob)) {
            // Missing (an older format) or damaged: rebuild it from the stored codes and keep it.
            blob.clear();
            const QList<IndexInput> inputs = store.indexInputs(kind);
            if (!inputs.isEmpty()) {
                blob = CodeSetIndex::build(inputs);
                if (loaded->index.load(blob) && CodeSetWriter(m_database).writeIndex(kind, blob))
                    stamp = store.indexStamp(kind);
            }
        } else if (stamp.isEmpty() && CodeSetWriter(m_database).stampIndex(kind)) {
            stamp = store.indexStamp(kind); // an index stored before stamps existed
        }
        if (loaded->index.isLoaded() && !stamp.isEmpty())
            loaded->file.write(stamp, blob); // for the next process; without it, the next reads the database
    }
    std::shared_ptr<const CodeSetIndex> index(loaded, &loaded->index);
    m_indexes[kind] = index;
    return index;
}

bool CodeSetSearch::preload(CodeSetKind kind)
{
    return indexFor(kind)->size() > 0;
}

void CodeSetSearch::reset()
{
    QMutexLocker lock(&m_mutex);
    m_indexes.clear();
    m_chunks.clear();
}

QHash<QString, CodeSetEntry> CodeSetSearch::entriesOf(CodeSetKind kind, const QStringList &firstKeys,
                                                      const QSet<QByteArray> &wantedKeys)
{
    const QString prefix = codeSetKindName(kind) + u'\t';
    QList<QByteArray> found;
    QStringList missing;
    {
        QMutexLocker lock(&m_mutex);
        for (const QString &key : firstKeys) {
            if (const QByteArray *chunk = m_chunks.object(prefix + key))
                found.append(*chunk);
            else
                missing.append(key);
        }
    }
    if (!missing.isEmpty()) {
        const QHash<QString, QByteArray> read = CodeSetStore(m_database).chunks(kind, missing);
        QMutexLocker lock(&m_mutex);
        for (auto it = read.cbegin(); it != read.cend(); ++it) {
            found.append(it.value());
            m_chunks.insert(prefix + it.key(), new QByteArray(it.value()), qMax<qsizetype>(1, it.value().size()));
        }
    }
    QList<CodeSetEntry> entries;
    for (const QByteArray &chunk : std::as_const(found))
        EntryChunk::decode(chunk, &entries, &wantedKeys);
    QHash<QString, CodeSetEntry> result;
    for (CodeSetEntry &entry : entries)
        result.insert(codeKey(entry.code), std::move(entry));
    return result;
}

QList<CodeSetHit> CodeSetSearch::search(CodeSetKind kind, const QString &query, int limit)
{
    QList<CodeSetHit> hits;
    const std::shared_ptr<const CodeSetIndex> index = indexFor(kind);
    const QList<IndexHit> found = index->search(query, limit);
    if (found.isEmpty())
        return hits;
    // Each hit's codes chunk starts at the id rounded down to a multiple of the chunk size.
    QStringList firstKeys;
    QSet<QByteArray> wanted;
    for (const IndexHit &hit : found) {
        wanted.insert(index->codeKeyAt(hit.id));
        const QString first = QString::fromLatin1(index->codeKeyAt(hit.id - hit.id % EntryChunk::Size));
        if (!firstKeys.contains(first))
            firstKeys.append(first);
    }
    const CodeSetStore store(m_database);
    const QHash<QString, CodeSetEntry> entries = entriesOf(kind, firstKeys, wanted);
    hits.reserve(found.size());
    for (const IndexHit &hit : found) {
        const auto entry = entries.constFind(QString::fromLatin1(index->codeKeyAt(hit.id)));
        if (entry == entries.cend())
            continue; // the store changed under a loaded index; reset() was not called
        QStringList why;
        if (hit.term >= 0) {
            const QString term = store.inclusionTerms(entry->code).value(hit.term);
            if (!term.isEmpty())
                why << u"inclusion term: "_s + term;
        }
        if (!hit.matched.isEmpty())
            why << hit.matched;
        hits.append({kind, entry->code, entry->longDescription, hit.score, hit.billable, why.join(u"; "_s), hit.partial,
                     hit.fuzzy});
    }
    return hits;
}

QList<CodeSetHit> CodeSetSearch::searchAll(const QString &query, int limit)
{
    QList<CodeSetHit> hits = search(CodeSetKind::Icd10Cm, query, limit);
    hits += search(CodeSetKind::Hcpcs, query, limit);
    std::stable_sort(hits.begin(), hits.end(),
                     [](const CodeSetHit &a, const CodeSetHit &b) { return a.score > b.score; });
    if (hits.size() > limit)
        hits.resize(limit);
    return hits;
}

} // namespace codedesk
