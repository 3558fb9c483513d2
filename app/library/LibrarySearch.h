#pragma once

#include "catalog/SearchHit.h"

#include <QList>
#include <QString>
#include <QStringList>

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
class LibrarySearch final
{
public:
    explicit LibrarySearch(Workspace &workspace);

    SearchPage search(const QString &query, const QStringList &kinds = {}, int limit = 20, int offset = 0);

private:
    QList<SearchHit> modifierHits(const QString &query, bool levelIIOnly, int limit) const;
    QList<SearchHit> placeOfServiceHits(const QString &query, int limit) const;
    void addExactCodeHits(const QString &query, const QStringList &kinds, QList<SearchHit> *hits);
    void addNoteHits(const QString &query, const QStringList &kinds, QList<SearchHit> *hits);

    Workspace &m_workspace;
};

} // namespace codedesk
