#include "browser/CodePageView.h"

#include "browser/CodePageHtml.h"
#include "browser/PageZoom.h"

#include <QScrollBar>
#include <QWheelEvent>

using namespace Qt::Literals::StringLiterals;

namespace codedesk::ui {

CodePageView::CodePageView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(u"codePageView"_s);
    setAccessibleName(tr("Code page"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setUndoRedoEnabled(false);
    connect(this, &QTextBrowser::anchorClicked, this, &CodePageView::followLink);

    m_zoom = new PageZoom(this);
    connect(m_zoom, &PageZoom::changed, this, &CodePageView::applyZoom);
    applyZoom(m_zoom->steps());
}

void CodePageView::setPage(const QJsonObject &page)
{
    m_page = page;
    setHtml(CodePageHtml::render(page));
    verticalScrollBar()->setValue(0);
}

int CodePageView::zoomSteps() const
{
    return m_zoom->steps();
}

void CodePageView::setZoomSteps(int steps)
{
    m_zoom->setSteps(steps);
}

void CodePageView::applyZoom(int steps)
{
    if (steps > m_applied)
        zoomIn(steps - m_applied);
    else if (steps < m_applied)
        zoomOut(m_applied - steps);
    m_applied = steps;
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
    if (!m_zoom->zoomByWheel(event))
        QTextBrowser::wheelEvent(event);
}

} // namespace codedesk::ui
