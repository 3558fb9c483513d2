#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace codedesk {

// Walks the lines of a file's bytes without copying: LF or CRLF endings, a last line without a
// newline, 1-based line numbers.
class LineReader final
{
public:
    explicit LineReader(QByteArrayView bytes)
        : m_bytes(bytes)
    {}

    bool next(QByteArrayView *line)
    {
        if (m_pos >= m_bytes.size())
            return false;
        const qsizetype end = m_bytes.indexOf('\n', m_pos);
        const qsizetype stop = end < 0 ? m_bytes.size() : end;
        qsizetype length = stop - m_pos;
        if (length > 0 && m_bytes.at(m_pos + length - 1) == '\r')
            --length;
        *line = m_bytes.sliced(m_pos, length);
        m_pos = stop + 1;
        ++m_lineNumber;
        return true;
    }

    int lineNumber() const { return m_lineNumber; }
    double fraction() const { return m_bytes.isEmpty() ? 1.0 : double(m_pos) / double(m_bytes.size()); }

private:
    QByteArrayView m_bytes;
    qsizetype m_pos = 0;
    int m_lineNumber = 0;
};

} // namespace codedesk
