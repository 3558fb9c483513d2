#include "export/PagePrinter.h"

#include "export/PrintBuilder.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPalette>
#include <QElapsedTimer>
#include <cstdio>
#include <QTextBlock>
#include <QTextCursor>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

namespace {

QFont footerFont(const QTextDocument &document)
{
    QFont font = document.defaultFont();
    font.setPointSizeF(7.5);
    return font;
}

// What follows a block on the page: the next block with text or a rule (tables start with an
// empty block that the layout tucks onto the table's border).
QTextBlock nextContent(const QTextBlock &block)
{
    QTextBlock next = block.next();
    while (next.isValid() && next.length() <= 1 &&
           !next.blockFormat().hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth))
        next = next.next();
    return next;
}

// Moves each keep-with-next block (a heading) that ends a page to the top of the next page.
// Returns whether anything moved (the document then needs laying out again).
bool keepHeadingsWithNext(QTextDocument *document, qreal pageHeight)
{
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    QList<QTextBlock> moves;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (!block.blockFormat().boolProperty(PrintBuilder::KeepWithNextProperty) ||
            block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            continue;
        const QTextBlock next = nextContent(block);
        if (!next.isValid())
            continue;
        const int page = int(layout->blockBoundingRect(block).top() / pageHeight);
        const int nextPage = int(layout->blockBoundingRect(next).top() / pageHeight);
        if (nextPage > page)
            moves << block;
    }
    for (const QTextBlock &block : std::as_const(moves)) {
        QTextBlockFormat format = block.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).setBlockFormat(format);
    }
    return !moves.isEmpty();
}

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
    // A copy laid out on the device measures text in the device's own resolution.
    QElapsedTimer T; T.start();
    const std::unique_ptr<QTextDocument> document(m_document.text->clone());
    fprintf(stderr, "clone %lld\n", T.restart());
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    layout->setPaintDevice(device);

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
    document->setPageSize(QSizeF(area.width(), pageHeight));
    // A moved heading can push another one down: settle, but never loop for ever.
    { const qint64 t0 = T.restart(); const int pc = document->pageCount(); fprintf(stderr, "setPageSize %lld first layout pages %d: %lld\n", t0, pc, T.restart()); }
    for (int pass = 0; pass < 4 && keepHeadingsWithNext(document.get(), pageHeight); ++pass) {
        fprintf(stderr, "keep pass %lld\n", T.restart());
    }
    m_pageCount = document->pageCount();
    fprintf(stderr, "layout %lld\n", T.restart());

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
        if (!qEnvironmentVariableIsSet("NOCLIP")) painter.setClipRect(view);
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
    fprintf(stderr, "paint %lld\n", T.restart());
    if (!painter.end()) {
        m_error = u"cannot finish the printout"_s;
        return false;
    }
    return true;
}

} // namespace codedesk
