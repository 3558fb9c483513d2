#pragma once

#include <QBuffer>

namespace codedesk::test {

// A QIODevice that accepts `capacity` bytes and then fails every write, like a full disk.
class FailingDevice final : public QBuffer
{
public:
    explicit FailingDevice(qint64 capacity, QObject *parent = nullptr);

protected:
    qint64 writeData(const char *data, qint64 length) override;

private:
    qint64 m_capacity;
};

} // namespace codedesk::test
