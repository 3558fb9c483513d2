#pragma once

#include "export/PrintDocument.h"

#include <QObject>
#include <QPrinter>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QDialog;
class QWidget;

namespace codedesk::ui {

// File > Print Preview, Print (Ctrl+P) and Export PDF for whatever the window shows: the window
// hands in a source that builds the current PrintDocument (a procedure or a claim worksheet) and
// wires its actions to these slots. Preview, printing and PDF all go through PagePrinter, with
// the paper size and margins of one QPrinter that keeps the coder's choices between jobs.
class PrintController final : public QObject
{
    Q_OBJECT

public:
    using DocumentSource = std::function<std::optional<PrintDocument>()>;
    // Runs a modal dialog and returns its result; tests replace it to answer without showing.
    using DialogRunner = std::function<int(QDialog *dialog)>;

    explicit PrintController(QWidget *window);
    ~PrintController() override;
    Q_DISABLE_COPY_MOVE(PrintController)

    void setDocumentSource(DocumentSource source) { m_source = std::move(source); }
    void setDialogRunner(DialogRunner runner) { m_runDialog = std::move(runner); }
    QPrinter *printer();
    // The system's default printer's paper, else the locale's. Asks the print system: slow.
    static QPageSize systemPageSize();

public Q_SLOTS:
    bool printPreview();
    bool print();       // asks with QPrintDialog, then prints
    bool printDirect(); // prints to the current printer without asking
    bool exportPdf();   // asks for a file name (DialogSeams), writes through QSaveFile

Q_SIGNALS:
    void printed(int pageCount);
    void exported(const QString &path, int pageCount);
    void failed(const QString &message); // plain text for the window to show

private:
    std::optional<PrintDocument> document();
    bool paint(const PrintDocument &document, QPrinter *printer);
    void fail(const QString &message);

    QWidget *m_window;
    std::unique_ptr<QPrinter> m_printer;
    DocumentSource m_source;
    DialogRunner m_runDialog;
};

} // namespace codedesk::ui
