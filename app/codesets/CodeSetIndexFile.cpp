#include "codesets/CodeSetIndexFile.h"

#include "core/PrivateFileSaver.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

namespace {

// Magic, then the stamp, padded so that the index starts 8-byte aligned in the mapping.
constexpr qsizetype HeaderSize = 64;
constexpr char Magic[] = "CDIXF1\n";

QString indexFilePath(const QString &libraryPath, CodeSetKind kind)
{
    const QFileInfo library(libraryPath);
    return library.dir().filePath(library.completeBaseName() + u'-' + codeSetKindName(kind) + u".index"_s);
}

} // namespace

CodeSetIndexFile::CodeSetIndexFile(const QString &libraryPath, CodeSetKind kind)
    : m_file(indexFilePath(libraryPath, kind))
{}

CodeSetIndexFile::~CodeSetIndexFile() = default; // QFile unmaps on destruction

QByteArray CodeSetIndexFile::header(const QString &stamp)
{
    QByteArray bytes = QByteArray(Magic) + stamp.toLatin1() + '\n';
    if (stamp.isEmpty() || bytes.size() > HeaderSize)
        return {};
    bytes.resize(HeaderSize, '\0');
    return bytes;
}

QByteArray CodeSetIndexFile::map(const QString &stamp)
{
    const QByteArray expected = header(stamp);
    if (expected.isEmpty())
        return {};
    if (!m_mapping) {
        if (!m_file.open(QIODevice::ReadOnly) || m_file.size() <= HeaderSize)
            return {};
        m_size = m_file.size();
        m_mapping = m_file.map(0, m_size);
        m_file.close(); // the mapping stays until the QFile is destroyed
        if (!m_mapping)
            return {};
    }
    if (QByteArrayView(m_mapping, HeaderSize) != expected)
        return {};
    return QByteArray::fromRawData(reinterpret_cast<const char *>(m_mapping) + HeaderSize,
                                   qsizetype(m_size - HeaderSize));
}

bool CodeSetIndexFile::write(const QString &stamp, const QByteArray &index) const
{
    const QByteArray head = header(stamp);
    if (head.isEmpty() || index.isEmpty())
        return false;
    QString error;
    return savePrivateFile(
        m_file.fileName(),
        [&](QIODevice *device, QString *reason) {
            return writeAll(device, head, reason) && writeAll(device, index, reason);
        },
        &error);
}

} // namespace codedesk
