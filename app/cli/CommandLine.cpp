#include "cli/CommandLine.h"

#include "cli/Commands.h"
#include "cli/WindowArguments.h"
#include "core/AppIdentity.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace codedesk::cli {

namespace {

struct CommandInfo
{
    QStringView name;
    QStringView synopsis;
    int (*run)(const QStringList &, Console &);
    bool paints;
};

const std::array<CommandInfo, 8> &commands()
{
    static const std::array<CommandInfo, 8> table = {{
        {u"list", u"list [--json]                         the procedure codes in the library", runList, false},
        {u"show", u"show CODE [--kind KIND] [--json]      the page of any code in the library", runShow, false},
        {u"search", u"search QUERY [--json] [--limit N]     ranked search over procedures and code sets", runSearch,
         false},
        {u"import",
         u"import [--check] [--json] FILE... | import --remove CODE   add reports to the library (--check: only "
         u"parse) or take one out",
         runImport, false},
        {u"validate", u"validate WORKSHEET [--json] [--today YYYY-MM-DD]   check a worksheet's claim lines",
         runValidate, false},
        {u"export", u"export WORKSHEET (--csv|--json) OUT [--allow-errors]  write the claim lines for billing",
         runExport, false},
        {u"print", u"print (--procedure CODE|--worksheet WORKSHEET) --pdf OUT   print to PDF", nullptr, true},
        {u"codeset", u"codeset import KIND FILE | codeset search KIND QUERY   official code sets", runCodeset, false},
    }};
    return table;
}

const CommandInfo *findCommand(const QString &name)
{
    for (const CommandInfo &command : commands()) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

struct TopLevel
{
    QCommandLineParser parser;
    QCommandLineOption help{{u"h"_s, u"help"_s}, u"Show this help and exit."_s};
    QCommandLineOption version{{u"v"_s, u"version"_s}, u"Show the version and exit."_s};
    QCommandLineOption quitWhenReady{u"quit-when-ready"_s,
                                     u"Open the window and quit once it is shown and idle (for timing)."_s};
    bool ok = false;

    explicit TopLevel(const QStringList &arguments)
    {
        parser.setApplicationDescription(u"CodeDesk: procedure code reference and claim worksheet."_s);
        parser.addOption(help);
        parser.addOption(version);
        parser.addOption(quitWhenReady);
        parser.addPositionalArgument(u"worksheet"_s, u"Worksheets to open in the window."_s, u"[WORKSHEET...]"_s);
        // Options after the subcommand belong to the subcommand.
        parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
        ok = parser.parse(arguments.isEmpty() ? QStringList{u"codedesk"_s}
                                              : WindowArguments::withoutQtOptions(arguments));
    }

    const CommandInfo *command() const
    {
        const QStringList positional = parser.positionalArguments();
        return positional.isEmpty() ? nullptr : findCommand(positional.constFirst());
    }

    // Without a command: a word that is no file is a mistyped command; otherwise the paths that
    // do not exist. Either way the window does not open.
    bool unknownCommand() const
    {
        const QStringList positional = parser.positionalArguments();
        return !positional.isEmpty() && !command() && WindowArguments::looksLikeCommand(positional.constFirst());
    }

    QStringList missingFiles() const
    {
        QStringList missing;
        for (const QString &path : parser.positionalArguments()) {
            if (!QFileInfo::exists(path))
                missing << path;
        }
        return missing;
    }
};

QStringList commandNames()
{
    QStringList names;
    for (const CommandInfo &command : commands())
        names << command.name.toString();
    return names;
}

int reportUnknownCommand(const QString &word, Console &console)
{
    QString message = u"'%1' is not a command (commands: %2)"_s.arg(word, commandNames().join(u", "_s));
    const QString closest = WindowArguments::closestCommand(word, commandNames());
    if (!closest.isEmpty())
        message += u"; did you mean '%1'?"_s.arg(closest);
    console.problem(message);
    console.err() << "Try 'codedesk --help'.\n";
    return UsageError;
}

QString helpText()
{
    QString text = u"Usage: codedesk [options] [WORKSHEET...]\n"
                   "       codedesk COMMAND [options] [arguments]\n\n"
                   "CodeDesk: procedure code reference and claim worksheet.\n"
                   "Without a command, opens the window with the worksheets given.\n\n"
                   "Options:\n"
                   "  -h, --help            Show this help and exit.\n"
                   "  -v, --version         Show the version and exit.\n"
                   "  --quit-when-ready     Open the window and quit once it is shown and idle.\n"
                   "  -style NAME, -platform NAME, -reverse, ...\n"
                   "                        Qt's standard window options (see codedesk(1)).\n\n"
                   "Commands:\n"_s;
    for (const CommandInfo &command : commands())
        text += u"  codedesk "_s + command.synopsis.toString() + u'\n';
    text += u"\nExit status: 0 success, 1 rejected input, unknown code or error finding, 2 usage error.\n"
            "Run 'codedesk COMMAND --help' for a command's options.\n"_s;
    return text;
}

} // namespace

Mode chooseMode(const QStringList &arguments)
{
    const TopLevel top(arguments);
    if (!top.ok || top.parser.isSet(top.help) || top.parser.isSet(top.version))
        return Mode::CommandLine;
    if (const CommandInfo *command = top.command())
        return command->paints ? Mode::CommandLineWithGui : Mode::CommandLine;
    if (top.unknownCommand() || !top.missingFiles().isEmpty())
        return Mode::CommandLine;
    return Mode::Window;
}

WindowOptions windowOptions(const QStringList &arguments)
{
    const TopLevel top(arguments);
    WindowOptions options;
    options.quitWhenReady = top.parser.isSet(top.quitWhenReady);
    options.worksheets = top.parser.positionalArguments();
    return options;
}

int runCommandLine(const QStringList &arguments, Console &console, CommandRunner printCommand)
{
    const TopLevel top(arguments);
    if (!top.ok) {
        console.problem(top.parser.errorText());
        console.err() << "Try 'codedesk --help'.\n";
        return UsageError;
    }
    if (top.parser.isSet(top.help)) {
        console.out() << helpText();
        return Success;
    }
    if (top.parser.isSet(top.version)) {
        console.out() << "codedesk " << CODEDESK_VERSION << '\n';
        return Success;
    }
    const CommandInfo *command = top.command();
    if (!command && top.unknownCommand())
        return reportUnknownCommand(top.parser.positionalArguments().constFirst(), console);
    if (!command && !top.missingFiles().isEmpty()) {
        for (const QString &path : top.missingFiles())
            console.problem(path, u"no such file"_s);
        return Failure;
    }
    if (!command) {
        console.problem(u"no command given"_s);
        console.err() << "Try 'codedesk --help'.\n";
        return UsageError;
    }
    const CommandRunner run = command->paints ? printCommand : command->run;
    if (!run) {
        console.problem(u"'%1' needs the graphical part of CodeDesk, which is not loaded"_s.arg(command->name));
        return Failure;
    }
    return run(top.parser.positionalArguments().mid(1), console);
}

QStringList argumentsOf(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

int runOnStandardStreams(const QStringList &arguments, CommandRunner printCommand)
{
    setApplicationIdentity();
    QFile out;
    QFile err;
    out.open(stdout, QIODevice::WriteOnly);
    err.open(stderr, QIODevice::WriteOnly);
    Console console(&out, &err);
    return runCommandLine(arguments, console, printCommand);
}

} // namespace codedesk::cli
