#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

class QIODevice;

namespace codedesk {

// Reads a whole input of at most `limit` bytes, in blocks, and stops as soon as it passes the
// limit. QFile::size() is 0 for /dev/zero and pipes, so it cannot be the check.
class BoundedReader final
{
public:
    // `what` names the kind of input in the message ("a report", "a worksheet").
    BoundedReader(qint64 limit, QString what);

    // nullopt on failure; errorString() is the reason without the file name, e.g.
    // "larger than 4 MiB, the limit for a report".
    std::optional<QByteArray> read(QIODevice *device);
    std::optional<QByteArray> readFile(const QString &path);

    QString errorString() const { return m_error; }

    // "4 MiB", "512 KiB", "100 bytes"
    static QString sizeText(qint64 bytes);

private:
    qint64 m_limit;
    QString m_what;
    QString m_error;
};

} // namespace codedesk
