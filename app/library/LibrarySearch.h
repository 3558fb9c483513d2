#pragma once

#include "catalog/SearchHit.h"
#include "library/CodeBookmarks.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace codedesk {

class Workspace;

// One page of a ranked search over everything the library holds.
struct SearchPage
{
    QList<SearchHit> hits; // best first, at most `limit`, starting at `offset`
    int total = 0;         // how many hits the query has in all, for "412 hits" and fetching more
    bool complete = true;  // false: a source stopped at offset + limit, so total is a lower bound
};

// The one search the window's browser, `codedesk search` and `codedesk codeset search` share, so
// that they agree on order: procedures, every imported code set, every modifier the app knows and
// the places of service, ranked together on one scale (SearchHit::score).
// `kinds` are the contract's KIND words ("procedure", "icd10cm", "hcpcs", "modifier", "pos",
// "pfs"); empty means every kind. Asking for "hcpcs" alone also finds the Level II modifiers
// (the HCPCS file's own), as a coder types "RT" or "E0601 RR" there; they come as "modifier" hits.
//
// The window keeps one for the browser, which searches on every keystroke: the small indexes of
// the modifiers and places of service and the coder's notes are made once and kept until the
// library changes (this connection's changes or another process's commit) or invalidate().
class LibrarySearch final
{
public:
    explicit LibrarySearch(Workspace &workspace);
    ~LibrarySearch();
    Q_DISABLE_COPY_MOVE(LibrarySearch)

    SearchPage search(const QString &query, const QStringList &kinds = {}, int limit = 20, int offset = 0);

    // Forget what is kept: after the workspace reloaded its code sets and modifiers.
    void invalidate();

private:
    struct ListIndex;

    QList<SearchHit> modifierHits(const QString &query, bool levelIIOnly, int limit);
    QList<SearchHit> placeOfServiceHits(const QString &query, int limit);
    const ListIndex &modifierIndex(bool levelIIOnly);
    const ListIndex &placeOfServiceIndex();
    const QList<CodeBookmark> &notes();
    void dropWhenLibraryChanged();
    void addExactCodeHits(const QString &query, const QStringList &kinds, QList<SearchHit> *hits);
    void addNoteHits(const QString &query, const QStringList &kinds, QList<SearchHit> *hits);

    Workspace &m_workspace;
    std::unique_ptr<ListIndex> m_allModifiers;
    std::unique_ptr<ListIndex> m_levelIIModifiers;
    std::unique_ptr<ListIndex> m_placesOfService;
    std::optional<QList<CodeBookmark>> m_notes;
    std::optional<std::pair<qint64, qint64>> m_libraryStamp; // what the kept lists were made from
};

} // namespace codedesk
