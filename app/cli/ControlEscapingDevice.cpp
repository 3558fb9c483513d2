#include "cli/ControlEscapingDevice.h"

#include <QByteArray>

namespace codedesk::cli {

namespace {

void appendSymbol(QByteArray &out, char16_t symbol)
{
    out.append(QString(QChar(symbol)).toUtf8());
}

} // namespace

ControlEscapingDevice::ControlEscapingDevice(QIODevice *target, QObject *parent)
    : QIODevice(parent)
    , m_target(target)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

ControlEscapingDevice::~ControlEscapingDevice()
{
    if (m_pendingLead)
        m_target->write("\xC2", 1);
}

qint64 ControlEscapingDevice::readData(char *, qint64)
{
    return -1;
}

qint64 ControlEscapingDevice::writeData(const char *data, qint64 size)
{
    QByteArray out;
    out.reserve(qsizetype(size) + 8);
    for (qint64 i = 0; i < size; ++i) {
        const auto byte = static_cast<unsigned char>(data[i]);
        if (m_pendingLead) {
            m_pendingLead = false;
            if (byte >= 0x80 && byte <= 0x9F) {
                appendSymbol(out, 0xFFFD);
                continue;
            }
            out.append('\xC2');
        }
        if (byte == 0xC2) {
            m_pendingLead = true;
        } else if ((byte < 0x20 && byte != '\t' && byte != '\n') || byte == 0x7F) {
            appendSymbol(out, byte == 0x7F ? char16_t(0x2421) : char16_t(0x2400 + byte));
        } else {
            out.append(char(byte));
        }
    }
    if (!out.isEmpty() && m_target->write(out) != out.size())
        return -1;
    return size;
}

} // namespace codedesk::cli
