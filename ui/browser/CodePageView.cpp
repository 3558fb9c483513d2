#include "browser/CodePageView.h"

#include "browser/CodePageHtml.h"
#include "Setting.h"

#include <QAction>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace codedesk::ui {

namespace {
const Setting<int> zoomSetting{u"reference/zoom"_s, 0};
constexpr int maxZoomSteps = 10;
} // namespace

CodePageView::CodePageView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(u"codePageView"_s);
    setAccessibleName(tr("Code page"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setUndoRedoEnabled(false);
    connect(this, &QTextBrowser::anchorClicked, this, &CodePageView::followLink);

    const auto addZoom = [this](const QList<QKeySequence> &keys, const QString &name, int delta) {
        auto *action = new QAction(this);
        action->setObjectName(name);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, [this, delta] { setZoomSteps(delta == 0 ? 0 : m_zoom + delta); });
        addAction(action);
    };
    addZoom({QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence::ZoomIn},
            u"actionZoomIn"_s, 1);
    addZoom({QKeySequence(Qt::CTRL | Qt::Key_Minus), QKeySequence::ZoomOut}, u"actionZoomOut"_s, -1);
    addZoom({QKeySequence(Qt::CTRL | Qt::Key_0)}, u"actionZoomReset"_s, 0);
    setZoomSteps(zoomSetting.value());
}

void CodePageView::setPage(const QJsonObject &page)
{
    m_page = page;
    setHtml(CodePageHtml::render(page));
    verticalScrollBar()->setValue(0);
}

void CodePageView::setZoomSteps(int steps)
{
    steps = std::clamp(steps, -maxZoomSteps, maxZoomSteps);
    if (steps > m_zoom)
        zoomIn(steps - m_zoom);
    else if (steps < m_zoom)
        zoomOut(m_zoom - steps);
    m_zoom = steps;
    zoomSetting.setValue(m_zoom);
}

QVariant CodePageView::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(type)
    Q_UNUSED(name)
    return {}; // pages carry text only: nothing they name is ever loaded
}

void CodePageView::followLink(const QUrl &url)
{
    if (url.scheme() != u"code")
        return;
    const QString path = url.path();
    const qsizetype slash = path.indexOf(u'/');
    if (slash < 0)
        return;
    Q_EMIT codeLinkActivated(path.left(slash), path.mid(slash + 1));
}

void CodePageView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        setZoomSteps(m_zoom + (event->angleDelta().y() > 0 ? 1 : -1));
        event->accept();
        return;
    }
    QTextBrowser::wheelEvent(event);
}

} // namespace codedesk::ui
