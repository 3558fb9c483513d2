#pragma once

#include <QJsonObject>
#include <QTextBrowser>

namespace codedesk::ui {

class PageZoom;

// Shows one code page as a read-only document. Links are "code:KIND/CODE"; the view never opens
// them itself (openLinks off) and never loads a resource a page names (loadResource refuses),
// so a file:// image in an imported text cannot load. Ctrl+wheel, Ctrl+=, Ctrl+- and Ctrl+0 zoom
// (remembered).
class CodePageView final : public QTextBrowser
{
    Q_OBJECT

public:
    explicit CodePageView(QWidget *parent = nullptr);

    void setPage(const QJsonObject &page);
    QJsonObject page() const { return m_page; }

    int zoomSteps() const;
    void setZoomSteps(int steps);
    PageZoom *zoom() const { return m_zoom; }

    QVariant loadResource(int type, const QUrl &name) override;

Q_SIGNALS:
    void codeLinkActivated(const QString &kind, const QString &code);

protected:
    void wheelEvent(QWheelEvent *event) override;

private:
    void followLink(const QUrl &url);
    void applyZoom(int steps);

    QJsonObject m_page;
    PageZoom *m_zoom = nullptr;
    int m_applied = 0; // the steps the document's font has been zoomed by
};

} // namespace codedesk::ui
