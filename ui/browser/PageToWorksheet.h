#pragma once

#include <QObject>
#include <QPointer>

class QTabWidget;

namespace codedesk::ui {

class WorksheetManager;
class WorksheetView;

// What "Add to Worksheet" on a code page means for its kind: an ICD-10-CM code becomes a diagnosis,
// a modifier goes on the current claim line, any procedure, HCPCS or fee-schedule code becomes a
// claim line. It goes to the worksheet in front, else the one the coder last worked on. What cannot
// be added (no line for a modifier, a full line, a read-only worksheet, a repeat) is refused with a
// message that says why; nothing changes then.
class PageToWorksheet final : public QObject
{
    Q_OBJECT

public:
    PageToWorksheet(WorksheetManager *worksheets, QTabWidget *tabs, QObject *parent = nullptr);

    void add(const QString &kind, const QString &code);

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    WorksheetView *target() const;
    bool writable(WorksheetView *view, const QString &code) const;
    void addDiagnosis(WorksheetView *view, const QString &code);
    void addModifier(WorksheetView *view, const QString &code);
    void addLine(WorksheetView *view, const QString &code);
    void refuse(const QString &text) const;

    WorksheetManager *m_worksheets;
    QTabWidget *m_tabs;
    QPointer<WorksheetView> m_lastWorkedOn;
};

} // namespace codedesk::ui
