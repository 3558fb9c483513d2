// The command-line module, codedesk-cli.so, which the launcher (app/main.cpp) loads. Most runs of
// codedesk are one command-line query: those run here on QCoreApplication and the model alone,
// without loading Qt GUI and Widgets (a third of the libraries and most of the start-up time of a
// short command). The window and `print` live in the codedesk-gui module (app/gui_main.cpp),
// loaded only for them. `--search-service SOCKET` runs the search service (cli/SearchService.h).
#include "cli/CommandLine.h"
#include "cli/SearchService.h"
#include "core/AppIdentity.h"
#include "service/ModuleRunner.h"

#include <QCoreApplication>

#include <cstdio>

namespace {

int runGuiModule(int &argc, char *argv[])
{
    std::string problem;
    const std::string path =
        codedesk::service::findModule(codedesk::service::executablePath(argv[0]), "codedesk-gui.so", &problem);
    if (path.empty()) {
        std::fprintf(stderr, "codedesk: cannot load the window and printing module codedesk-gui.so: %s\n",
                     problem.c_str());
        return 1;
    }
    return codedesk::service::runModule(path, "codedeskGuiMain", argc, argv);
}

} // namespace

extern "C" Q_DECL_EXPORT int codedeskCliMain(int &argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--search-service") == 0) {
        QCoreApplication app(argc, argv);
        codedesk::setApplicationIdentity();
        return codedesk::cli::SearchService(QByteArray(argv[2])).run();
    }
    const QStringList arguments = codedesk::cli::argumentsOf(argc, argv);
    if (codedesk::cli::chooseMode(arguments) != codedesk::cli::Mode::CommandLine)
        return runGuiModule(argc, argv);
    QCoreApplication app(argc, argv);
    return codedesk::cli::runOnStandardStreams(arguments);
}
