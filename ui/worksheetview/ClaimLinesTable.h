#pragma once

#include <QTableView>

namespace codedesk::ui {

// The claim lines, keyboard first: Tab walks the cells, typing starts editing, Enter on a line
// that is not being edited asks for a new line below, Ctrl+D, Delete and Alt+Up/Down ask to
// duplicate, remove and move the current line. It asks; the worksheet view does it.
class ClaimLinesTable final : public QTableView
{
    Q_OBJECT

public:
    explicit ClaimLinesTable(QWidget *parent = nullptr);

    // Moves the current cell and starts editing it.
    void editCell(int row, int column);
    // Widths that fit the longest value each column takes (and a finding's icon where findings
    // show), from sample text: predictable, and no scan of a thousand lines.
    void sizeColumnsForValues();
    // The columns a coder fills on most lines first; those usually left to the claim (To, POS,
    // Rendering NPI) or rarely used (Mod 3, Mod 4) last, so a narrow window hides only those.
    // The model's order (the CMS-1500's) is unchanged; only the default view is.
    void arrangeColumnsByUse();

Q_SIGNALS:
    void addLineRequested(int afterRow);
    void duplicateLineRequested(int row);
    void removeLineRequested(int row);
    void moveLineRequested(int row, int to);
    void codeDropped(const QString &code, int row);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
};

} // namespace codedesk::ui
