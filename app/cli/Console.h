#pragma once

#include "cli/ControlEscapingDevice.h"

#include <QIODevice>
#include <QString>
#include <QTextStream>

namespace codedesk::cli {

// Exit statuses of the command-line contract (DESIGN.md).
enum ExitCode : int { Success = 0, Failure = 1, UsageError = 2 };

// Where a command writes: results to out(), problems to err(). Tests hand in buffers.
// Problems follow the contract format "codedesk: FILE:LINE: message". Never put patient
// identifiers into a problem message. Control characters never reach the devices raw
// (ControlEscapingDevice): a report title cannot send escape sequences to the terminal.
class Console final
{
public:
    Console(QIODevice *out, QIODevice *err);
    ~Console();
    Q_DISABLE_COPY_MOVE(Console)

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    void problem(const QString &message);
    void problem(const QString &file, const QString &message);
    void problem(const QString &file, int line, const QString &message);

private:
    ControlEscapingDevice m_outDevice;
    ControlEscapingDevice m_errDevice;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace codedesk::cli
