#include "core/BoundedReader.h"

#include <QFile>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

BoundedReader::BoundedReader(qint64 limit, QString what)
    : m_limit(limit)
    , m_what(std::move(what))
{
}

std::optional<QByteArray> BoundedReader::read(QIODevice *device)
{
    constexpr qint64 blockSize = 64 * 1024;
    QByteArray bytes;
    for (;;) {
        const qsizetype used = bytes.size();
        const qint64 wanted = std::min<qint64>(blockSize, m_limit + 1 - used);
        bytes.resize(used + qsizetype(wanted));
        const qint64 got = device->read(bytes.data() + used, wanted);
        if (got < 0) {
            m_error = u"cannot read: %1"_s.arg(device->errorString());
            return std::nullopt;
        }
        bytes.resize(used + qsizetype(got));
        if (bytes.size() > m_limit) {
            m_error = u"larger than %1, the limit for %2: not read"_s.arg(sizeText(m_limit), m_what);
            return std::nullopt;
        }
        if (got == 0) // end of input (QFile reads pipes blocking)
            break;
    }
    bytes.squeeze();
    return bytes;
}

std::optional<QByteArray> BoundedReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = u"cannot open: %1"_s.arg(file.errorString());
        return std::nullopt;
    }
    return read(&file);
}

QString BoundedReader::sizeText(qint64 bytes)
{
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0)
        return u"%1 MiB"_s.arg(bytes / (1024 * 1024));
    if (bytes >= 1024 && bytes % 1024 == 0)
        return u"%1 KiB"_s.arg(bytes / 1024);
    return u"%1 bytes"_s.arg(bytes);
}

} // namespace codedesk
