#include "ModuleRunner.h"

#include <dlfcn.h>
#include <sys/stat.h>
#include <unistd.h>

#include <climits>
#include <cstdio>

namespace codedesk::service {

namespace {

std::string folderOf(const std::string &path)
{
    const size_t slash = path.rfind('/');
    return slash == std::string::npos ? std::string(".") : path.substr(0, slash);
}

bool isFile(const std::string &path)
{
    struct stat info;
    return ::stat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode);
}

} // namespace

std::string executablePath(const char *argv0)
{
    char buffer[PATH_MAX];
    const ssize_t length = ::readlink("/proc/self/exe", buffer, sizeof buffer - 1);
    if (length > 0)
        return std::string(buffer, size_t(length));
    return argv0 ? std::string(argv0) : std::string();
}

std::string findModule(const std::string &executable, const std::string &name, std::string *problem)
{
    const std::string folder = folderOf(executable);
    const std::string candidates[] = {folder + '/' + name, folder + '/' + CODEDESK_MODULE_RELATIVE_DIR + '/' + name};
    for (const std::string &candidate : candidates) {
        if (isFile(candidate))
            return candidate;
    }
    if (problem)
        *problem = "not found at " + candidates[0] + " or " + candidates[1];
    return {};
}

int runModule(const std::string &path, const char *entry, int &argc, char **argv)
{
    using Entry = int (*)(int &, char **);
    // Lazy: binding every symbol of Qt and its libraries at load would cost a short command 80
    // page faults (what an executable that links Qt directly does not pay either).
    void *module = ::dlopen(path.c_str(), RTLD_LAZY | RTLD_LOCAL);
    if (!module) {
        std::fprintf(stderr, "codedesk: cannot load %s: %s\n", path.c_str(), ::dlerror());
        return 1;
    }
    const auto run = reinterpret_cast<Entry>(::dlsym(module, entry));
    if (!run) {
        std::fprintf(stderr, "codedesk: %s has no %s: %s\n", path.c_str(), entry, ::dlerror());
        return 1;
    }
    return run(argc, argv); // the module stays loaded until the process ends
}

} // namespace codedesk::service
