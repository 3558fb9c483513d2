// PdfExport and the page loop it drives (PagePrinter): devices, files, paper, failures.
#include "FailingDevice.h"
#include "PdfText.h"
#include "TestHome.h"

#include "export/PagePrinter.h"
#include "export/PdfExport.h"
#include "export/PrintBuilder.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFile>
#include <QPdfWriter>
#include <QTest>
#include <QTextDocument>

using namespace Qt::Literals::StringLiterals;
using namespace codedesk;
using namespace codedesk::test;

namespace {

// A document of `paragraphs` numbered paragraphs under one heading.
PrintDocument numberedDocument(int paragraphs)
{
    PrintDocument document;
    document.text = std::make_unique<QTextDocument>();
    document.title = u"Numbered"_s;
    document.sourceFile = u"numbers.txt"_s;
    document.sha256 = u"00112233445566778899aabbccddeeff"_s;
    PrintBuilder builder(document.text.get());
    builder.title(u"Numbered paragraphs"_s);
    for (int i = 1; i <= paragraphs; ++i)
        builder.paragraph(u"Paragraph number %1 of the test document."_s.arg(i));
    return document;
}

} // namespace

class TestPdfExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_home = std::make_unique<TestHome>(); }
    void cleanup() { m_home.reset(); }

    void render_producesAPdfWithEveryPageNumbered()
    {
        PdfExport::Options options;
        options.printed = QDate(2026, 1, 31);
        PdfExport pdf(options);
        const PrintDocument document = numberedDocument(200);
        const QByteArray bytes = pdf.render(document);
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(pdf.pageCount() >= 3);
        const QString path = m_home->filePath(u"n.pdf"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        const QStringList pages = pdfPages(path);
        QCOMPARE(pages.size(), pdf.pageCount());
        for (int page = 0; page < pages.size(); ++page) {
            const QString text = squeezed(pages.at(page));
            QVERIFY(text.contains(u"numbers.txt \u00b7 SHA-256 001122334455 \u00b7 printed 2026-01-31"_s));
            QVERIFY(text.contains(PagePrinter::pageText(page + 1, int(pages.size()))));
        }
        const QString all = pages.join(u'\n');
        for (int i = 1; i <= 200; ++i)
            QVERIFY(all.contains(u"Paragraph number %1 of"_s.arg(i)));
    }

    void print_leavesTheDocumentAsItWas()
    {
        const PrintDocument document = numberedDocument(5);
        const QSizeF before = document.text->pageSize();
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        PagePrinter printer(document);
        QVERIFY(printer.print(&writer));
        QCOMPARE(document.text->pageSize(), before);
        QCOMPARE(document.text->documentLayout()->paintDevice(), nullptr);
    }

    void print_twiceOnDifferentPaper_laysOutForEach()
    {
        const PrintDocument document = numberedDocument(120);
        PdfExport::Options letter;
        letter.pageSize = QPageSize(QPageSize::Letter);
        PdfExport::Options small;
        small.pageSize = QPageSize(QPageSize::A6);
        PdfExport letterPdf(letter);
        PdfExport smallPdf(small);
        QVERIFY(!letterPdf.render(document).isEmpty());
        QVERIFY(!smallPdf.render(document).isEmpty());
        QVERIFY(smallPdf.pageCount() > letterPdf.pageCount());
    }

    void print_withoutRoomOnThePage_fails()
    {
        PdfExport::Options options;
        options.pageSize = QPageSize(QPageSize::A10);
        options.marginsMm = QMarginsF(12, 25, 12, 25); // A10 is 26 x 37 mm
        PdfExport pdf(options);
        const PrintDocument document = numberedDocument(1);
        QVERIFY(pdf.render(document).isEmpty());
        QVERIFY(!pdf.errorString().isEmpty());
    }

    void print_emptyDocument_fails()
    {
        PdfExport pdf;
        QVERIFY(pdf.render(PrintDocument{}).isEmpty());
        QCOMPARE(pdf.errorString(), u"nothing to print"_s);
    }

    void write_fullDevice_reportsTheError()
    {
        FailingDevice device(100);
        QVERIFY(device.open(QIODevice::WriteOnly));
        PdfExport pdf;
        QVERIFY(!pdf.write(numberedDocument(3), &device));
        QCOMPARE(pdf.errorString(), u"No space left on device"_s);
    }

    void writeFile_failure_keepsTheOldFile()
    {
        const QString path = m_home->filePath(u"keep.pdf"_s);
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old contents");
        old.close();
        PdfExport pdf;
        QVERIFY(!pdf.writeFile(PrintDocument{}, path));
        QFile again(path);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), QByteArray("old contents"));
    }

    void writeFile_missingFolder_namesTheReason()
    {
        PdfExport pdf;
        QVERIFY(!pdf.writeFile(numberedDocument(1), m_home->filePath(u"no/such/folder/x.pdf"_s)));
        QVERIFY(!pdf.errorString().isEmpty());
    }

    void writeFile_permissions_followTheDocument()
    {
        PrintDocument document = numberedDocument(1);
        const QString open = m_home->filePath(u"open.pdf"_s);
        QVERIFY(PdfExport().writeFile(document, open));
        QVERIFY(QFile::permissions(open) & QFileDevice::ReadOwner);
        document.ownerOnly = true;
        const QString owner = m_home->filePath(u"owner.pdf"_s);
        QVERIFY(PdfExport().writeFile(document, owner));
        QCOMPARE(QFile::permissions(owner) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    void pageSizeFromName_acceptsLetterAndA4Only()
    {
        QPageSize size;
        QVERIFY(PdfExport::pageSizeFromName(u"A4"_s, &size));
        QCOMPARE(size.id(), QPageSize::A4);
        QVERIFY(PdfExport::pageSizeFromName(u" letter "_s, &size));
        QCOMPARE(size.id(), QPageSize::Letter);
        QVERIFY(!PdfExport::pageSizeFromName(u"legal"_s, &size));
        QVERIFY(!PdfExport::pageSizeFromName(QString(), &size));
    }

    void defaultPaper_isTheSystemsElseTheLocales()
    {
        QCOMPARE(PdfExport::localePageSize(QLocale(QLocale::English, QLocale::UnitedStates)).id(), QPageSize::Letter);
        QCOMPARE(PdfExport::localePageSize(QLocale(QLocale::English, QLocale::UnitedKingdom)).id(), QPageSize::A4);
        QCOMPARE(PdfExport::localePageSize(QLocale(QLocale::German, QLocale::Germany)).id(), QPageSize::A4);
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(PdfExport::defaultPageSize().id(), QPageSize::Letter);
        QCOMPARE(PdfExport::Options().pageSize.id(), QPageSize::Letter);
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        QCOMPARE(PdfExport::Options().pageSize.id(), QPageSize::A4);
        PdfExport::setSystemPageSize(QPageSize(QPageSize::Legal)); // a default printer's
        QCOMPARE(PdfExport::Options().pageSize.id(), QPageSize::Legal);
        PdfExport::setSystemPageSize(QPageSize());
        QCOMPARE(PdfExport::Options().pageSize.id(), QPageSize::A4);
        QLocale::setDefault(before);
    }

    void fromPageLayout_takesPaperAndMargins()
    {
        const QPageLayout layout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(10, 12, 14, 16),
                                 QPageLayout::Millimeter);
        const PdfExport::Options options = PdfExport::fromPageLayout(layout);
        QCOMPARE(options.pageSize.id(), QPageSize::A4);
        QCOMPARE(options.marginsMm, QMarginsF(10, 12, 14, 16));
    }

    void footerText_withoutSource_saysSo()
    {
        QCOMPARE(PagePrinter::footerText({}, {}, QDate(2026, 2, 3)),
                 u"(unsaved) \u00b7 no SHA-256 \u00b7 printed 2026-02-03"_s);
        QCOMPARE(PagePrinter::pageText(2, 7), u"Page 2 of 7"_s);
    }

private:
    std::unique_ptr<TestHome> m_home;
};

QTEST_MAIN(TestPdfExport)
#include "tst_pdfexport.moc"
