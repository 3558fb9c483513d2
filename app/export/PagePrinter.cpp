#include "export/PagePrinter.h"

#include "export/PrintBuilder.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPalette>
#include <QTextBlock>
#include <QTextCursor>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

namespace {

QFont footerFont(const QTextDocument &document)
{
    QFont font = document.defaultFont();
    font.setPointSizeF(7.5);
    return font;
}

// Empty blocks without a rule take no room of their own (tables start with one that the layout
// tucks onto the table's border): they neither follow nor break a keep-with-next chain.
bool isSpacer(const QTextBlock &block)
{
    return block.length() <= 1 && !block.blockFormat().hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth);
}

QTextBlock nextContent(const QTextBlock &block)
{
    QTextBlock next = block.next();
    while (next.isValid() && isSpacer(next))
        next = next.next();
    return next;
}

void setPageBreakBefore(const QTextBlock &block, bool on)
{
    QTextBlockFormat format = block.blockFormat();
    format.setPageBreakPolicy(on ? QTextFormat::PageBreak_AlwaysBefore : QTextFormat::PageBreak_Auto);
    QTextCursor(block).setBlockFormat(format);
}

// Keep-with-next blocks (a heading, the lines for notes) form chains with the block after them.
// Where a page break falls inside a chain, the chain moves to the top of the next page. Returns
// the blocks given a page break (the document then needs laying out again).
QList<QTextBlock> keepChainsTogether(QTextDocument *document, qreal pageHeight)
{
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    const auto pageOf = [&](const QTextBlock &block) {
        return int(layout->blockBoundingRect(block).top() / pageHeight);
    };
    QList<QTextBlock> moves;
    QTextBlock chainStart;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (isSpacer(block))
            continue;
        if (!block.blockFormat().boolProperty(PrintBuilder::KeepWithNextProperty)) {
            chainStart = QTextBlock();
            continue;
        }
        if (!chainStart.isValid())
            chainStart = block;
        const QTextBlock next = nextContent(block);
        // A chain that already starts a page and still does not fit is longer than a page: leave it.
        if (next.isValid() && pageOf(next) > pageOf(chainStart) &&
            !(chainStart.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore) &&
            !moves.contains(chainStart))
            moves << chainStart;
    }
    for (const QTextBlock &block : std::as_const(moves))
        setPageBreakBefore(block, true);
    return moves;
}

// Lays the document out on the device's pages for as long as it lives, then puts it back as it
// was: no paint device kept (the device may die), the old page size, no page breaks of ours.
// Laying out the document itself rather than a copy saves the copy's time on long worksheets.
class DeviceLayout final
{
public:
    DeviceLayout(QTextDocument *document, QPagedPaintDevice *device, const QSizeF &pageSize)
        : m_document(document)
        , m_oldDevice(document->documentLayout()->paintDevice())
        , m_oldPageSize(document->pageSize())
    {
        document->documentLayout()->setPaintDevice(device);
        document->setPageSize(pageSize);
        // A moved heading can push another one down: settle, but never loop for ever.
        for (int pass = 0; pass < 4; ++pass) {
            const QList<QTextBlock> moved = keepChainsTogether(document, pageSize.height());
            if (moved.isEmpty())
                break;
            m_moved << moved;
        }
    }
    ~DeviceLayout()
    {
        // Without a page size the document does not lay out again at each of these changes.
        m_document->setPageSize(m_oldPageSize);
        for (const QTextBlock &block : std::as_const(m_moved))
            setPageBreakBefore(block, false);
        m_document->documentLayout()->setPaintDevice(m_oldDevice);
    }
    Q_DISABLE_COPY_MOVE(DeviceLayout)

private:
    QTextDocument *m_document;
    QPaintDevice *m_oldDevice;
    QSizeF m_oldPageSize;
    QList<QTextBlock> m_moved;
};

} // namespace

PagePrinter::PagePrinter(const PrintDocument &document, QDate printed)
    : m_document(document)
    , m_printed(printed)
{}

QString PagePrinter::footerText(const QString &sourceFile, const QString &sha256, QDate printed)
{
    const QString source = sourceFile.isEmpty() ? u"(unsaved)"_s : sourceFile;
    const QString hash = sha256.isEmpty() ? u"no SHA-256"_s : u"SHA-256 "_s + sha256.left(Sha256PrefixLength);
    return u"%1 \u00b7 %2 \u00b7 printed %3"_s.arg(source, hash, printed.toString(Qt::ISODate));
}

QString PagePrinter::pageText(int page, int pageCount)
{
    return u"Page %1 of %2"_s.arg(page).arg(pageCount);
}

bool PagePrinter::print(QPagedPaintDevice *device)
{
    m_pageCount = 0;
    m_error.clear();
    if (!m_document.text || !device) {
        m_error = u"nothing to print"_s;
        return false;
    }

    QPainter painter;
    if (!painter.begin(device)) {
        m_error = u"cannot paint on the printer or file"_s;
        return false;
    }
    QTextDocument *document = m_document.text.get();
    // With margins the painter's origin is the top left of the printable area.
    const QSizeF area(device->width(), device->height());
    const QFont font = footerFont(*document);
    const QFontMetricsF metrics(font, device);
    const qreal footerHeight = metrics.height() * 2.2;
    const qreal pageHeight = area.height() - footerHeight;
    if (area.width() <= 0 || pageHeight <= 0) {
        m_error = u"the page has no room to print on"_s;
        return false;
    }
    // Laid out on the device, text is measured in the device's own resolution.
    const DeviceLayout onDevice(document, device, QSizeF(area.width(), pageHeight));
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    m_pageCount = document->pageCount();

    const QString footer = footerText(m_document.sourceFile, m_document.sha256, m_printed);
    const qreal rule = std::max<qreal>(1.0, device->logicalDpiY() / 200.0);
    for (int page = 0; page < m_pageCount; ++page) {
        if (page > 0 && !device->newPage()) {
            m_error = u"cannot start page %1"_s.arg(page + 1);
            return false;
        }
        painter.save();
        const QRectF view(0, page * pageHeight, area.width(), pageHeight);
        painter.translate(0, -view.top());
        painter.setClipRect(view);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = view;
        // Paper is white whatever the desktop's colour scheme says.
        context.palette.setColor(QPalette::Text, Qt::black);
        layout->draw(&painter, context);
        painter.restore();

        const qreal top = area.height() - footerHeight + metrics.height() * 0.6;
        painter.fillRect(QRectF(0, top, area.width(), rule), QColor(0x80, 0x80, 0x80));
        painter.setFont(font);
        painter.setPen(QColor(0x30, 0x30, 0x30));
        const QString pageLabel = pageText(page + 1, m_pageCount);
        const qreal pageLabelWidth = metrics.horizontalAdvance(pageLabel);
        const QRectF line(0, top + metrics.height() * 0.3, area.width(), metrics.height());
        const QString left = metrics.elidedText(footer, Qt::ElideMiddle, area.width() - pageLabelWidth * 1.5);
        painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, left);
        painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, pageLabel);
    }
    if (!painter.end()) {
        m_error = u"cannot finish the printout"_s;
        return false;
    }
    return true;
}

} // namespace codedesk
