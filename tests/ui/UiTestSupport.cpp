#include "UiTestSupport.h"

#include "common/DialogSeams.h"
#include "core/AppIdentity.h"

#include <QTest>

namespace codedesk::test {

void WindowFixture::start()
{
    setApplicationIdentity();
    ui::DialogSeams::reset();
    window.reset();
    workspace = std::make_unique<Workspace>();
    QVERIFY2(workspace->load(), qPrintable(workspace->errorString()));
    window = std::make_unique<ui::MainWindow>(*workspace);
    window->resize(1280, 800);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
}

void WindowFixture::stop()
{
    window.reset();
    workspace.reset();
}

} // namespace codedesk::test
