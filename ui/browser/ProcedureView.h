#pragma once

#include "catalog/Procedure.h"
#include "reference/MedicareIndicators.h"

#include <QScrollArea>

#include <optional>

class QLabel;
class QTableView;
class QVBoxLayout;

namespace codedesk::ui {

class ModifierTableModel;
class PageZoom;
class TextBlock;

// One procedure laid out like a good reference page: header, facts, summary, clinical context,
// the modifier table with findings, the Medicare indicators with their source, other sections,
// missing data and the report's own diagnostics. Every report string is shown as plain text.
class ProcedureView final : public QScrollArea
{
    Q_OBJECT

public:
    explicit ProcedureView(QWidget *parent = nullptr);
    ~ProcedureView() override;

    void setProcedure(const Procedure &procedure, const QList<MedicareIndicatorRow> &medicare,
                      const QString &medicareLabel);
    void setHighlightTerms(const QStringList &terms);
    QString code() const { return m_code; }

    QTableView *modifierTable() const { return m_modifierTable; }
    PageZoom *zoom() const { return m_zoom; }
    ModifierTableModel *modifierModel() const { return m_modifierModel; }

Q_SIGNALS:
    void addToWorksheetRequested(const QString &code);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    struct PageContent
    {
        Procedure procedure;
        QList<MedicareIndicatorRow> medicare;
        QString medicareLabel;
    };

    void buildPending();
    void rebuildAtZoom();
    void rebuild();
    void addHeader(const Procedure &procedure);
    void addFacts(const Procedure &procedure);
    void addHeading(const QString &text, const QString &objectName);
    TextBlock *addText(const QString &text, const QString &objectName);
    void addMissing(const QString &text);
    void addModifierTable(const Procedure &procedure);
    void addMedicare(const QString &code, const QList<MedicareIndicatorRow> &rows, const QString &label);
    void addDiagnostics(const QList<Diagnostic> &diagnostics);
    void copySelectedModifierRows() const;

    QWidget *m_page = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QTableView *m_modifierTable = nullptr;
    ModifierTableModel *m_modifierModel = nullptr;
    QList<TextBlock *> m_textBlocks;
    QStringList m_terms;
    QString m_code;
    std::optional<PageContent> m_content; // what the page shows (kept to lay it out again when zoomed)
    bool m_pending = false;               // set while hidden: built when shown
    PageZoom *m_zoom = nullptr;
};

} // namespace codedesk::ui
