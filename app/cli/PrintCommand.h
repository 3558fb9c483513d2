#pragma once

#include "cli/Console.h"

#include <QStringList>

namespace codedesk::cli {

// print (--procedure CODE|--worksheet WORKSHEET) --pdf OUT. Needs a QGuiApplication; its caller
// passes it to runCommandLine() (the model's dispatcher does not link Qt GUI).
int runPrint(const QStringList &arguments, Console &console);

} // namespace codedesk::cli
