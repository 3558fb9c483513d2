#pragma once

#include "catalog/Procedure.h"
#include "catalog/SearchHit.h"

#include <QList>
#include <QString>

namespace codedesk {

// Ranked text search over every field of the procedures: a code match first (exact, then
// prefix), then titles holding every word of the query, then the rest of the text.
// Scores: code 1000 / 900, title 500 to 599, title and body 300 to 399, body 100 to 199.
class ProcedureSearch final
{
public:
    void clear() { m_documents.clear(); }
    void add(const Procedure &procedure);
    QList<SearchHit> search(const QString &query, int limit) const;

private:
    struct Document
    {
        QString code;
        QString title;
        QString codeFolded;
        QString titleFolded;
        QString bodyFolded;
    };
    static double score(const Document &document, const QString &phrase, const QStringList &words);

    QList<Document> m_documents;
};

} // namespace codedesk
