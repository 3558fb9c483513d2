#pragma once

#include <QIODevice>

namespace codedesk::cli {

// A write-only device in front of stdout or stderr that shows control characters instead of
// passing them to the terminal: C0 controls other than tab and line feed become their Control
// Pictures symbol (ESC is U+241B), DEL U+2421, C1 controls (U+0080 to U+009F) U+FFFD. Reports,
// code-set files and worksheets are untrusted text; JSON output is escaped already and passes
// unchanged. The text written is UTF-8.
class ControlEscapingDevice final : public QIODevice
{
public:
    explicit ControlEscapingDevice(QIODevice *target, QObject *parent = nullptr);
    ~ControlEscapingDevice() override;

    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    QIODevice *m_target;
    bool m_pendingLead = false; // the last byte written was 0xC2, the lead byte of U+0080..U+00BF
};

} // namespace codedesk::cli
