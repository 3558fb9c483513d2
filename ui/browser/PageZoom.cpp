#include "browser/PageZoom.h"

#include "Setting.h"

#include <QAction>
#include <QWheelEvent>
#include <QWidget>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace codedesk::ui {

namespace {
const Setting<int> zoomSetting{u"reference/zoom"_s, 0};
} // namespace

PageZoom::PageZoom(QWidget *view)
    : QObject(view)
    , m_steps(std::clamp(zoomSetting.value(), -maxSteps, maxSteps))
{
    const auto addZoom = [this, view](const QList<QKeySequence> &keys, const QString &name, int delta) {
        auto *action = new QAction(view);
        action->setObjectName(name);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, [this, delta] { setSteps(delta == 0 ? 0 : m_steps + delta); });
        view->addAction(action);
    };
    addZoom({QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence::ZoomIn},
            u"actionZoomIn"_s, 1);
    addZoom({QKeySequence(Qt::CTRL | Qt::Key_Minus), QKeySequence::ZoomOut}, u"actionZoomOut"_s, -1);
    addZoom({QKeySequence(Qt::CTRL | Qt::Key_0)}, u"actionZoomReset"_s, 0);
}

void PageZoom::setSteps(int steps)
{
    steps = std::clamp(steps, -maxSteps, maxSteps);
    if (steps == m_steps)
        return;
    m_steps = steps;
    zoomSetting.setValue(m_steps);
    Q_EMIT changed(m_steps);
}

bool PageZoom::zoomByWheel(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier) || event->angleDelta().y() == 0)
        return false;
    setSteps(m_steps + (event->angleDelta().y() > 0 ? 1 : -1));
    event->accept();
    return true;
}

} // namespace codedesk::ui
