// The launcher: plain C++, no Qt. A search is answered by the search service when one runs
// (service/SearchServiceClient.h), at the cost of a small process; everything else, and a search
// when no service runs, goes to the command-line module codedesk-cli.so (app/cli_main.cpp), which
// loads Qt Core and the model, and from there the window's module when the window is wanted.
#include "service/ModuleRunner.h"
#include "service/SearchServiceClient.h"

#include <unistd.h>

#include <climits>
#include <cstdio>
#include <cstdlib>

namespace {

bool writeAll(int fd, const std::string &bytes)
{
    size_t written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (n <= 0)
            return false;
        written += size_t(n);
    }
    return true;
}

std::string workingDirectory()
{
    char buffer[PATH_MAX];
    return ::getcwd(buffer, sizeof buffer) ? std::string(buffer) : std::string();
}

} // namespace

int main(int argc, char *argv[])
{
    using namespace codedesk::service;
    // Qt JIT-compiles every regular expression. CodeDesk's match a report a line or a paragraph
    // at a time, where compiling costs more than it saves: without it the window starts with 65
    // fewer page faults (the bundled reports' facet patterns), and bench_parser parses a 1 MB
    // report as fast. QT_ENABLE_REGEXP_JIT set by the user still wins.
    ::setenv("QT_ENABLE_REGEXP_JIT", "0", 0);

    const std::string executable = executablePath(argv[0]);
    std::string problem;
    const std::string module = findModule(executable, CommandLineModule, &problem);
    if (module.empty()) {
        std::fprintf(stderr, "codedesk: cannot load the command-line module codedesk-cli.so: %s\n", problem.c_str());
        return 1;
    }
    const std::vector<std::string> arguments(argv + 1, argv + argc);
    if (isSearchCommand(arguments) && searchServiceEnabled()) {
        const std::string folder = workingDirectory();
        if (const auto address = ServiceAddress::forThisProcess({executable, module}); address && !folder.empty()) {
            const auto answer = askSearchService(*address, Request{arguments, folder}, 120000);
            if (answer && !answer->declined) {
                const bool written = writeAll(STDOUT_FILENO, answer->out) && writeAll(STDERR_FILENO, answer->err);
                return written ? answer->exitCode : 1;
            }
            if (!answer)
                startSearchService(*address, executable); // for the next search; this one runs here
        }
    }
    return runModule(module, "codedeskCliMain", argc, argv);
}
