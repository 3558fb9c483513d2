#include "worksheetview/ClaimLinesTable.h"

#include "worksheet/ClaimLineRoles.h"

#include <QDropEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMimeData>
#include <QStyle>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace codedesk::ui {

ClaimLinesTable::ClaimLinesTable(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(u"claimLinesTable"_s);
    setAccessibleName(tr("Claim lines"));
    setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked
                    | QAbstractItemView::EditKeyPressed);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setTabKeyNavigation(true);
    setAlternatingRowColors(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DropOnly);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setHighlightSections(false);
}

void ClaimLinesTable::sizeColumnsForValues()
{
    if (!model())
        return;
    // CellDelegate draws a finding's icon at 12x12, beside the text.
    const int icon = 12 + 4;
    const int padding = 2 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 6;
    const auto sample = [](ClaimLineColumn column) -> QString {
        switch (column) {
        case ClaimLineColumn::From:
        case ClaimLineColumn::To:
            return u"2026-12-31"_s;
        case ClaimLineColumn::PlaceOfService:
            return u"99"_s;
        case ClaimLineColumn::Code:
            return u"00000T"_s;
        case ClaimLineColumn::Modifier1:
        case ClaimLineColumn::Modifier2:
        case ClaimLineColumn::Modifier3:
        case ClaimLineColumn::Modifier4:
            return u"XX"_s;
        case ClaimLineColumn::Pointers:
            return u"A, B, C, D"_s;
        case ClaimLineColumn::Units:
            return u"999"_s;
        case ClaimLineColumn::Charge:
            return u"99999.00"_s;
        case ClaimLineColumn::RenderingNpi:
            return u"1234567893"_s;
        case ClaimLineColumn::Count:
            break;
        }
        return {};
    };
    const QFontMetrics header = horizontalHeader()->fontMetrics();
    // Any cell can carry a finding's icon (a code set's period on every From date), and inherited
    // values show in italics.
    QFont italic = font();
    italic.setItalic(true);
    const QFontMetrics italicMetrics(italic);
    // A title longer than its values is elided (its tooltip says it whole), down to a few letters.
    const int shortestTitle = header.horizontalAdvance(u"Mod…"_s) + padding;
    for (int column = 0; column < int(ClaimLineColumn::Count); ++column) {
        const QString title = model()->headerData(column, Qt::Horizontal).toString();
        const QString text = sample(ClaimLineColumn(column));
        const int value =
            std::max(fontMetrics().horizontalAdvance(text), italicMetrics.horizontalAdvance(text)) + icon + padding;
        setColumnWidth(column, std::max(value, std::min(header.horizontalAdvance(title) + padding, shortestTitle)));
    }
}

void ClaimLinesTable::arrangeColumnsByUse()
{
    using C = ClaimLineColumn;
    static constexpr std::array order{C::Code,  C::Modifier1, C::Modifier2,      C::Pointers,  C::Units,     C::Charge,
                                      C::From,  C::To,        C::PlaceOfService, C::Modifier3, C::Modifier4, C::RenderingNpi};
    static_assert(order.size() == size_t(C::Count));
    QHeaderView *header = horizontalHeader();
    for (int visual = 0; visual < int(order.size()); ++visual)
        header->moveSection(header->visualIndex(int(order.at(size_t(visual)))), visual);
}

void ClaimLinesTable::editCell(int row, int column)
{
    const QModelIndex index = model()->index(row, column);
    if (!index.isValid())
        return;
    setCurrentIndex(index);
    scrollTo(index);
    edit(index);
}

void ClaimLinesTable::keyPressEvent(QKeyEvent *event)
{
    const int row = currentIndex().isValid() ? currentIndex().row() : -1;
    const bool editing = state() == QAbstractItemView::EditingState;
    if (!editing) {
        const auto modifiers = event->modifiers() & ~Qt::KeypadModifier;
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && modifiers == Qt::NoModifier) {
            Q_EMIT addLineRequested(row);
            return;
        }
        if (event->key() == Qt::Key_Delete && modifiers == Qt::NoModifier && row >= 0) {
            Q_EMIT removeLineRequested(row);
            return;
        }
        if (event->key() == Qt::Key_D && modifiers == Qt::ControlModifier && row >= 0) {
            Q_EMIT duplicateLineRequested(row);
            return;
        }
        if (modifiers == Qt::AltModifier && row >= 0 && (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)) {
            const int to = event->key() == Qt::Key_Up ? row - 1 : row + 1;
            if (to >= 0 && to < model()->rowCount())
                Q_EMIT moveLineRequested(row, to);
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

void ClaimLinesTable::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(u"application/x-codedesk-code"_s) || event->mimeData()->hasText())
        event->acceptProposedAction();
}

void ClaimLinesTable::dragMoveEvent(QDragMoveEvent *event)
{
    event->acceptProposedAction();
}

void ClaimLinesTable::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    QString code = mime->hasFormat(u"application/x-codedesk-code"_s)
                       ? QString::fromUtf8(mime->data(u"application/x-codedesk-code"_s))
                       : mime->text();
    code = code.section(u'\t', 0, 0).trimmed();
    if (code.isEmpty() || code.size() > 16)
        return;
    const QModelIndex at = indexAt(event->position().toPoint());
    Q_EMIT codeDropped(code, at.isValid() ? at.row() + 1 : model()->rowCount());
    event->acceptProposedAction();
}

} // namespace codedesk::ui
