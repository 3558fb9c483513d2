// The thin entry point. Most runs of codedesk are one command-line query: those run here on
// QCoreApplication and the model alone, without loading Qt GUI and Widgets (a third of the
// libraries and most of the start-up time of a short command). The window and `print` live in
// the codedesk-gui module (app/gui_main.cpp), loaded only for them.
#include "cli/CommandLine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibrary>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

// Beside the executable in the build tree; under the library folder once installed.
QStringList guiModuleCandidates(const char *argv0)
{
    QString executable = QFile::symLinkTarget(u"/proc/self/exe"_s);
    if (executable.isEmpty())
        executable = QFileInfo(QString::fromLocal8Bit(argv0)).absoluteFilePath();
    const QDir folder = QFileInfo(executable).absoluteDir();
    return {folder.filePath(u"codedesk-gui.so"_s),
            QDir::cleanPath(folder.filePath(QStringLiteral(CODEDESK_MODULE_RELATIVE_DIR) + u"/codedesk-gui.so"_s))};
}

int runGuiModule(int &argc, char *argv[])
{
    using GuiMain = int (*)(int &, char **);
    const QStringList candidates = guiModuleCandidates(argv[0]);
    QStringList problems;
    for (const QString &path : candidates) {
        if (!QFileInfo::exists(path))
            continue;
        QLibrary module(path);
        if (const auto guiMain = reinterpret_cast<GuiMain>(module.resolve("codedeskGuiMain")))
            return guiMain(argc, argv); // the module stays loaded until the process ends
        problems << module.errorString();
    }
    if (problems.isEmpty())
        problems << u"not found at %1"_s.arg(candidates.join(u" or "_s));
    std::fprintf(stderr, "codedesk: cannot load the window and printing module codedesk-gui.so: %s\n",
                 qPrintable(problems.join(u"; "_s)));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    // Qt JIT-compiles every regular expression. CodeDesk's match a report a line or a paragraph
    // at a time, where compiling costs more than it saves: without it the window starts with 65
    // fewer page faults (the bundled reports' facet patterns), and bench_parser parses a 1 MB
    // report as fast. QT_ENABLE_REGEXP_JIT set by the user still wins.
    if (!qEnvironmentVariableIsSet("QT_ENABLE_REGEXP_JIT"))
        qputenv("QT_ENABLE_REGEXP_JIT", "0");
    const QStringList arguments = codedesk::cli::argumentsOf(argc, argv);
    if (codedesk::cli::chooseMode(arguments) != codedesk::cli::Mode::CommandLine)
        return runGuiModule(argc, argv);
    QCoreApplication app(argc, argv);
    return codedesk::cli::runOnStandardStreams(arguments);
}
