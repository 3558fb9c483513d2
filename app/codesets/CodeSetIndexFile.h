#pragma once

#include "codesets/CodeSetTypes.h"

#include <QByteArray>
#include <QFile>
#include <QString>

namespace codedesk {

// A copy of one code set's search index in a file beside the library database, memory-mapped:
// a search touches only the pages it needs, where reading the index from the database means
// reading all of it (2 MB for ICD-10-CM) first. The database stays the source: the file carries
// the stamp of the index it was copied from and is used only while that stamp is current.
class CodeSetIndexFile final
{
public:
    CodeSetIndexFile(const QString &libraryPath, CodeSetKind kind);
    ~CodeSetIndexFile();
    Q_DISABLE_COPY_MOVE(CodeSetIndexFile)

    QString path() const { return m_file.fileName(); }

    // The index bytes, if the file holds the index with this stamp; empty otherwise. The bytes
    // point into the mapping: they are valid while this object lives.
    QByteArray map(const QString &stamp);
    // Writes the file (owner-only, atomically). False if it could not be written; the search
    // then simply goes on reading the database.
    bool write(const QString &stamp, const QByteArray &index) const;

private:
    static QByteArray header(const QString &stamp);

    mutable QFile m_file;
    uchar *m_mapping = nullptr;
    qint64 m_size = 0;
};

} // namespace codedesk
