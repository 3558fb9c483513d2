#include "cli/Console.h"

using namespace Qt::Literals::StringLiterals;

namespace codedesk::cli {

Console::Console(QIODevice *out, QIODevice *err)
    : m_outDevice(out)
    , m_errDevice(err)
    , m_out(&m_outDevice)
    , m_err(&m_errDevice)
{
}

Console::~Console()
{
    m_out.flush();
    m_err.flush();
}

void Console::problem(const QString &message)
{
    m_err << "codedesk: " << message << '\n';
    m_err.flush();
}

void Console::problem(const QString &file, const QString &message)
{
    problem(file + u": "_s + message);
}

void Console::problem(const QString &file, int line, const QString &message)
{
    problem(u"%1:%2: %3"_s.arg(file).arg(line).arg(message));
}

} // namespace codedesk::cli
