#include "export/PdfExport.h"

#include "export/PagePrinter.h"
#include "core/PrivateFileSaver.h"

#include <QBuffer>
#include <QFileInfo>
#include <QPdfWriter>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

PdfExport::PdfExport(Options options)
    : m_options(std::move(options))
{}

PdfExport::PdfExport()
    : PdfExport(Options{})
{}

PdfExport::Options PdfExport::fromPageLayout(const QPageLayout &layout)
{
    Options options;
    if (layout.isValid()) {
        options.pageSize = layout.pageSize();
        options.marginsMm = layout.margins(QPageLayout::Millimeter);
    }
    return options;
}

namespace {
QPageSize &systemPageSize()
{
    static QPageSize size;
    return size;
}
} // namespace

QPageSize PdfExport::defaultPageSize()
{
    return systemPageSize().isValid() ? systemPageSize() : localePageSize(QLocale());
}

QPageSize PdfExport::localePageSize(const QLocale &locale)
{
    return QPageSize(locale.measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4);
}

void PdfExport::setSystemPageSize(const QPageSize &pageSize)
{
    systemPageSize() = pageSize;
}

bool PdfExport::pageSizeFromName(const QString &name, QPageSize *pageSize)
{
    const QString key = name.trimmed().toLower();
    if (key == u"letter")
        *pageSize = QPageSize(QPageSize::Letter);
    else if (key == u"a4")
        *pageSize = QPageSize(QPageSize::A4);
    else
        return false;
    return true;
}

QByteArray PdfExport::render(const PrintDocument &document)
{
    m_error.clear();
    m_pageCount = 0;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(m_options.resolution);
        writer.setPageLayout(
            QPageLayout(m_options.pageSize, QPageLayout::Portrait, m_options.marginsMm, QPageLayout::Millimeter));
        writer.setTitle(document.title);
        writer.setCreator(u"CodeDesk " CODEDESK_VERSION ""_s);
        PagePrinter printer(document, m_options.printed);
        if (!printer.print(&writer)) {
            m_error = printer.errorString();
            return {};
        }
        m_pageCount = printer.pageCount();
    }
    return bytes;
}

bool PdfExport::write(const PrintDocument &document, QIODevice *device)
{
    const QByteArray bytes = render(document);
    if (bytes.isEmpty())
        return false;
    return writeAll(device, bytes, &m_error);
}

bool PdfExport::writeFile(const PrintDocument &document, const QString &path)
{
    const QByteArray bytes = render(document);
    if (bytes.isEmpty())
        return false;
    const FileAccess access = m_options.ownerOnly || document.ownerOnly ? FileAccess::OwnerOnly : FileAccess::Default;
    QString error;
    if (!saveFile(
            path, [&bytes](QIODevice *device, QString *reason) { return writeAll(device, bytes, reason); }, &error,
            access)) {
        // errorString() is the reason alone: callers name the file themselves.
        const QString prefix = path + u": "_s;
        m_error = error.startsWith(prefix) ? error.mid(prefix.size()) : error;
        return false;
    }
    return true;
}

} // namespace codedesk
