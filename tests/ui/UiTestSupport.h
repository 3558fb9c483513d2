#pragma once

#include "MainWindow.h"
#include "TestHome.h"
#include "library/Workspace.h"

#include <memory>

namespace codedesk::test {

// A workspace and a main window in a fresh home, as a coder would see them after start-up.
struct WindowFixture
{
    std::unique_ptr<TestHome> home; // made by the test's init(), before start()
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<ui::MainWindow> window;

    void start();   // (re)creates workspace and window on the same home
    void stop();    // closes the window without questions
};

} // namespace codedesk::test
