#include "FailingDevice.h"

namespace codedesk::test {

FailingDevice::FailingDevice(qint64 capacity, QObject *parent)
    : QBuffer(parent)
    , m_capacity(capacity)
{
}

qint64 FailingDevice::writeData(const char *data, qint64 length)
{
    const qint64 room = m_capacity - size();
    if (room <= 0) {
        setErrorString(QStringLiteral("No space left on device"));
        return -1;
    }
    return QBuffer::writeData(data, qMin(room, length));
}

} // namespace codedesk::test
