#pragma once

#include <QObject>

class QWheelEvent;
class QWidget;

namespace codedesk::ui {

// The reference pages' zoom, in steps of one point: Ctrl+= (or Ctrl++), Ctrl+- and Ctrl+0 over
// the page and Ctrl+wheel. One remembered setting for every page view.
class PageZoom final : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxSteps = 10;

    // Adds the zoom actions to `view` (shortcuts while it or a child has focus); starts from the
    // remembered steps.
    explicit PageZoom(QWidget *view);

    int steps() const { return m_steps; }
    // Clamped to +-maxSteps and remembered; changed() when it changes.
    void setSteps(int steps);
    // Ctrl+wheel zooms: true when the event was that (and is accepted).
    bool zoomByWheel(QWheelEvent *event);

Q_SIGNALS:
    void changed(int steps);

private:
    int m_steps = 0;
};

} // namespace codedesk::ui
