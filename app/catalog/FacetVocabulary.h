#pragma once

#include "catalog/Procedure.h"

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QString>

namespace codedesk {

// The words that tag a procedure with facets for filtering (approach, energy, organ), read from
// resources/reference/facets.json so that no organ or technique is written into the code.
class FacetVocabulary final
{
public:
    // The bundled vocabulary, loaded once.
    static const FacetVocabulary &bundled();
    bool loadJson(const QByteArray &json, QString *error);

    // Each facet is looked for in the title and service type first; only when those name none of
    // its values, in the billing overview (a summary often mentions the alternatives too).
    Facets derive(const Procedure &procedure) const;

private:
    struct Entry
    {
        QString facet;
        QString value;
        QRegularExpression pattern;
    };
    QStringList matches(const QString &facet, const QString &text) const;

    QList<Entry> m_entries;
};

} // namespace codedesk
