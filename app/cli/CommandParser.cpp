#include "cli/CommandParser.h"

using namespace Qt::Literals::StringLiterals;

namespace codedesk::cli {

CommandParser::CommandParser(const QString &command, const QString &description)
    : m_command(command)
{
    m_parser.setApplicationDescription(description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addHelpOption();
}

void CommandParser::addPositional(const QString &name, const QString &description, const QString &syntax)
{
    m_parser.addPositionalArgument(name, description, syntax);
}

bool CommandParser::parse(const QStringList &arguments, Console &console, int *exitCode, int minPositional,
                          int maxPositional)
{
    if (!m_parser.parse(QStringList{u"codedesk "_s + m_command} + arguments)) {
        *exitCode = usageError(console, m_parser.errorText());
        return false;
    }
    if (m_parser.isSet(u"help"_s)) {
        QString help = m_parser.helpText();
        // helpText() names the executable only; the contract's usage line names the command too.
        const qsizetype usageEnd = help.indexOf(u" [options]"_s);
        if (usageEnd > 0)
            help = u"Usage: codedesk "_s + m_command + help.mid(usageEnd);
        console.out() << help;
        *exitCode = Success;
        return false;
    }
    const qsizetype count = m_parser.positionalArguments().size();
    if (count < minPositional) {
        *exitCode = usageError(console, u"missing argument"_s);
        return false;
    }
    if (maxPositional >= 0 && count > maxPositional) {
        *exitCode = usageError(console, u"unexpected argument '%1'"_s.arg(m_parser.positionalArguments().at(maxPositional)));
        return false;
    }
    return true;
}

int CommandParser::usageError(Console &console, const QString &message) const
{
    console.problem(m_command + u": "_s + message);
    console.err() << "Try 'codedesk " << m_command << " --help'.\n";
    console.err().flush();
    return UsageError;
}

} // namespace codedesk::cli
