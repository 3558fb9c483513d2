#pragma once

#include <QList>
#include <QString>

namespace codedesk {

// One result of `search`: a procedure from the catalog, or an entry of an official code set.
// Sources append their hits to one list; sortSearchHits() orders them best first.
struct SearchHit
{
    QString kind; // "procedure", "icd10cm", "hcpcs", "modifier", "pos", "pfs"
    QString code;
    QString title;
    double score = 0; // higher is better; comparable across kinds
    // Why it matched when not by its code or title, for the coder to see beside the hit:
    // "CHF: congestive heart failure", "inclusion term: Congestive heart failure NOS". Else empty.
    QString matched;
    bool partial = false; // some words of the query are not in it (a fallback: see LibrarySearch)
    bool fuzzy = false;   // some words of the query are in it only through a typo (a fallback too)
};

// Best first; equal scores by kind, then code.
void sortSearchHits(QList<SearchHit> &hits);

} // namespace codedesk
