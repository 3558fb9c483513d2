#pragma once

#include <string>

// Finds and runs the parts of codedesk that are loaded only when needed (codedesk-cli.so, and
// from it codedesk-gui.so): beside the executable in the build tree, under the library folder
// once installed. Plain C++: the launcher has not loaded Qt.
namespace codedesk::service {

// The launcher loads this module, and the search service's address and its check for a replaced
// build both follow this file: one name for all three.
inline constexpr const char *CommandLineModule = "codedesk-cli.so";

// The running executable's path (/proc/self/exe), else argv[0] as given.
std::string executablePath(const char *argv0);
// The module's path, or empty with `problem` saying where it was looked for.
std::string findModule(const std::string &executable, const std::string &name, std::string *problem);
// Loads the module and calls `int entry(int &argc, char **argv)`; says on stderr what failed.
int runModule(const std::string &path, const char *entry, int &argc, char **argv);

} // namespace codedesk::service
