#pragma once

#include <QStringList>

namespace codedesk {

// What the window is asked to do by its command line (read by cli::windowOptions, shown by ui).
struct WindowOptions
{
    bool quitWhenReady = false;
    QStringList worksheets;
};

} // namespace codedesk
