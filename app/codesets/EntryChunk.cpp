#include "codesets/EntryChunk.h"

#include <cstring>

namespace codedesk {

namespace {

void appendString(QByteArray &bytes, const QByteArray &utf8)
{
    const auto length = quint32(utf8.size());
    bytes.append(reinterpret_cast<const char *>(&length), 4);
    bytes.append(utf8);
}

class Reader
{
public:
    explicit Reader(const QByteArray &bytes)
        : m_bytes(bytes)
    {}
    bool atEnd() const { return m_pos >= m_bytes.size(); }
    template <typename T> bool read(T *value)
    {
        if (m_bytes.size() - m_pos < qsizetype(sizeof(T)))
            return false;
        std::memcpy(value, m_bytes.constData() + m_pos, sizeof(T));
        m_pos += qsizetype(sizeof(T));
        return true;
    }
    bool readRaw(QByteArrayView *raw)
    {
        quint32 length = 0;
        if (!read(&length) || m_bytes.size() - m_pos < qsizetype(length))
            return false;
        *raw = QByteArrayView(m_bytes.constData() + m_pos, qsizetype(length));
        m_pos += qsizetype(length);
        return true;
    }
    bool readString(QString *text)
    {
        quint32 length = 0;
        if (!read(&length) || m_bytes.size() - m_pos < qsizetype(length))
            return false;
        *text = QString::fromUtf8(m_bytes.constData() + m_pos, qsizetype(length));
        m_pos += qsizetype(length);
        return true;
    }

private:
    const QByteArray &m_bytes;
    qsizetype m_pos = 0;
};

} // namespace

QByteArray EntryChunk::encode(const QList<const CodeSetEntry *> &entries)
{
    QByteArray bytes;
    bytes.reserve(entries.size() * 160);
    for (const CodeSetEntry *entry : entries) {
        bytes.append(char((entry->billable ? BillableFlag : 0) | (entry->added.isValid() ? AddedFlag : 0)));
        const qint64 day = entry->terminated.isValid() ? entry->terminated.toJulianDay() : 0;
        bytes.append(reinterpret_cast<const char *>(&day), 8);
        if (entry->added.isValid()) {
            const qint64 added = entry->added.toJulianDay();
            bytes.append(reinterpret_cast<const char *>(&added), 8);
        }
        appendString(bytes, codeKey(entry->code).toUtf8());
        appendString(bytes, entry->code.toUtf8());
        appendString(bytes, entry->shortDescription.toUtf8());
        appendString(bytes, entry->longDescription.toUtf8());
    }
    return bytes;
}

bool EntryChunk::decode(const QByteArray &bytes, QList<CodeSetEntry> *entries, const QSet<QByteArray> *keys)
{
    Reader reader(bytes);
    while (!reader.atEnd()) {
        char flags = 0;
        qint64 day = 0;
        qint64 added = 0;
        QByteArrayView key;
        CodeSetEntry entry;
        if (!reader.read(&flags) || !reader.read(&day) || ((flags & AddedFlag) && !reader.read(&added)) ||
            !reader.readRaw(&key))
            return false;
        if (keys && !keys->contains(key.toByteArray())) {
            QByteArrayView skipped;
            if (!reader.readRaw(&skipped) || !reader.readRaw(&skipped) || !reader.readRaw(&skipped))
                return false;
            continue;
        }
        if (!reader.readString(&entry.code) || !reader.readString(&entry.shortDescription) ||
            !reader.readString(&entry.longDescription))
            return false;
        entry.billable = flags & BillableFlag;
        if (day != 0)
            entry.terminated = QDate::fromJulianDay(day);
        if (added != 0)
            entry.added = QDate::fromJulianDay(added);
        entries->append(std::move(entry));
    }
    return true;
}

} // namespace codedesk
