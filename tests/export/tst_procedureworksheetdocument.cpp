// The printed procedure worksheet, read back from the PDF with poppler's pdftotext.
#include "PdfText.h"
#include "TestHome.h"

#include "export/PagePrinter.h"
#include "export/PdfExport.h"
#include "export/ProcedureWorksheetDocument.h"
#include "reference/MedicareIndicators.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace codedesk;
using namespace codedesk::test;

namespace {

const QDate PrintDate(2026, 11, 23);

Procedure sampleProcedure()
{
    Procedure p;
    p.code = u"47382"_s;
    p.codeSystem = CodeSystem::CptCategoryI;
    p.title = u"Percutaneous Radiofrequency Ablation of Liver Tumor"_s;
    p.summary = {u"Summary paragraph one about the procedure."_s, u"Second summary paragraph."_s};
    p.payers = {u"Aetna"_s, u"Cigna Health"_s, u"Medicare"_s};
    p.billingOverview = u"Billing overview text."_s;
    p.serviceType = u"Percutaneous radiofrequency tumor ablation"_s;
    p.siteOfService = u"Ambulatory surgical center"_s;
    p.clinicalContext = u"Imaging review of the contrast-enhanced MRI. Informed consent obtained. Under "
                        "conscious sedation the radiologist uses ultrasound guidance. Post-ablation imaging "
                        "is obtained."_s;
    p.modifiers = {
        {u"26"_s,
         u"Professional component"_s,
         u"Only the physician's part of imaging."_s,
         20,
         {Finding{Severity::Error, u"modifier.pctc"_s, u"PC/TC indicator 0: 26 does not apply"_s,
                  u"CMS PFS RVU file 2025"_s}}},
        {u"59"_s, u"Distinct procedural service"_s, u"Separate site or session."_s, 21, {}},
        {u"11"_s,
         u"Bogus modifier"_s,
         u"Never."_s,
         22,
         {Finding{Severity::Warning, u"modifier.unknown"_s, u"11 is not a CPT or HCPCS modifier"_s,
                  u"CodeDesk modifier dictionary"_s}}},
    };
    p.diagnostics = {Diagnostic{23, Severity::Warning, u"the last table row is cut off"_s}};
    p.source = SourceInfo{u"47382.txt"_s, u"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"_s, 4242,
                          Origin::Bundled};
    return p;
}

MedicareIndicators sampleMedicare()
{
    MedicareIndicators medicare;
    MedicareIndicatorRow row;
    row.code = u"47382"_s;
    row.status = u"A"_s;
    row.workRvu = u"14.97"_s;
    row.facilityTotal = u"21.73"_s;
    row.nonFacilityTotal = u"104.18"_s;
    row.globalDays = u"010"_s;
    row.pcTc = 0;
    row.multipleProcedure = 2;
    row.bilateral = 0;
    row.assistant = 1;
    row.coSurgeon = 0;
    row.team = 0;
    row.conversionFactor = u"32.3465"_s;
    row.source = u"CMS PFS RVU file 2025, October release (RVU25D)"_s;
    row.sourceDate = u"2025-09-11"_s;
    medicare.replaceAll({row}, u"PFS 2025"_s);
    return medicare;
}

} // namespace

class TestProcedureWorksheetDocument final : public QObject
{
    Q_OBJECT

private:
    // Renders to PDF in the test's home and returns the pages as pdftotext reads them.
    QStringList printPages(const Procedure &procedure, QPageSize pageSize = QPageSize(QPageSize::Letter),
                           QString *pdfPath = nullptr)
    {
        const PrintDocument document = ProcedureWorksheetDocument::build(procedure, m_medicare);
        const QString path = m_home->filePath(procedure.code + u".pdf"_s);
        if (pdfPath)
            *pdfPath = path;
        return printToPdf(document, path, pageSize, PrintDate);
    }

private Q_SLOTS:
    void init()
    {
        m_home = std::make_unique<TestHome>();
        m_medicare = sampleMedicare();
    }
    void cleanup() { m_home.reset(); }

    void print_sample_showsHeaderFields()
    {
        const QString text = squeezed(printPages(sampleProcedure()).join(u'\n'));
        QVERIFY(text.contains(u"47382"_s));
        QVERIFY(text.contains(u"Percutaneous Radiofrequency Ablation of Liver Tumor"_s));
        QVERIFY(text.contains(u"CPT Category I"_s));
        QVERIFY(text.contains(u"Percutaneous radiofrequency tumor ablation"_s));
        QVERIFY(text.contains(u"Ambulatory surgical center"_s));
        QVERIFY(text.contains(u"Aetna, Cigna Health, Medicare"_s));
        QVERIFY(text.contains(u"Summary paragraph one about the procedure."_s));
        QVERIFY(text.contains(u"Billing overview text."_s));
    }

    void print_sample_listsEveryModifierRowWithItsFindings()
    {
        const QStringList pages = printPages(sampleProcedure());
        const QString layout = pages.join(u'\n');
        for (const QString &modifier : {u"26"_s, u"59"_s, u"11"_s}) {
            const QRegularExpression row(u"\u2610\\s+"_s + modifier + u"\\s"_s);
            QVERIFY2(row.match(layout).hasMatch(), qPrintable(modifier));
        }
        const QString text = squeezed(layout);
        QVERIFY(text.contains(u"Professional"_s));
        QVERIFY(text.contains(u"Distinct procedural"_s));
        QVERIFY(text.contains(u"Error: PC/TC"_s));
        QVERIFY(text.contains(u"Warning: 11 is"_s));
        QVERIFY(text.contains(u"No findings"_s));
    }

    void print_sample_showsMedicareIndicatorsWithSource()
    {
        const QString text = squeezed(printPages(sampleProcedure()).join(u'\n'));
        QVERIFY(text.contains(u"Medicare indicators (PFS 2025)"_s));
        QVERIFY(text.contains(u"14.97"_s));
        QVERIFY(text.contains(u"104.18"_s));
        QVERIFY(text.contains(u"32.3465"_s));
        QVERIFY(text.contains(u"Source: CMS PFS RVU file 2025, October release (RVU25D), 2025-09-11"_s));
    }

    void print_codeNotOnFile_saysNoIndicatorsInsteadOfGuessing()
    {
        Procedure procedure = sampleProcedure();
        procedure.code = u"47384"_s;
        const QString text = squeezed(printPages(procedure).join(u'\n'));
        QVERIFY(text.contains(u"No Medicare indicators on file (PFS 2025)"_s));
        QVERIFY(!text.contains(u"14.97"_s));
    }

    void print_checklist_listsOnlyWhatTheContextMentions()
    {
        const QString text = squeezed(printPages(sampleProcedure()).join(u'\n'));
        QVERIFY(text.contains(u"Documentation checklist"_s));
        QVERIFY(text.contains(u"Informed consent"_s));
        QVERIFY(text.contains(u"Post-procedure imaging"_s));
        QVERIFY(text.contains(u"Anesthesia or sedation"_s));
        QVERIFY(!text.contains(u"tumor board"_s, Qt::CaseInsensitive));
        QVERIFY(!text.contains(u"Pre-procedure labs"_s));
    }

    void print_sample_hasNotesSignOffAndFooter()
    {
        const QStringList pages = printPages(sampleProcedure());
        QVERIFY(!pages.isEmpty());
        const QString text = squeezed(pages.join(u'\n'));
        QVERIFY(text.contains(u"Coder's notes"_s));
        QVERIFY(text.contains(u"Coder: ____"_s));
        QVERIFY(text.contains(u"Date: ____"_s));
        QVERIFY(text.contains(u"Problems in the report"_s));
        QVERIFY(text.contains(u"Line 23: warning: the last table row is cut off"_s));
        for (int page = 0; page < pages.size(); ++page) {
            const QString footer = squeezed(pages.at(page));
            QVERIFY(footer.contains(u"47382.txt \u00b7 SHA-256 0123456789ab \u00b7 printed 2026-11-23"_s));
            QVERIFY(footer.contains(PagePrinter::pageText(page + 1, int(pages.size()))));
            QVERIFY(!footer.contains(u"0123456789abc"_s)); // a prefix, not the whole hash
        }
    }

    void print_missingFields_sayDataNotAvailable()
    {
        Procedure procedure;
        procedure.code = u"0600T"_s;
        procedure.codeSystem = CodeSystem::CptCategoryIII;
        const QString text = squeezed(printPages(procedure).join(u'\n'));
        QVERIFY(text.contains(u"CPT Category III"_s));
        QVERIFY(text.count(u"Data not available in the input"_s) >= 5);
        QVERIFY(text.contains(u"The report lists no modifiers."_s));
        QVERIFY(text.contains(u"names no checklist item"_s));
        QVERIFY(text.contains(u"(unsaved) \u00b7 no SHA-256"_s));
        QVERIFY(text.contains(u"Page 1 of 1"_s));
    }

    void print_htmlLookingText_printsLiterally()
    {
        Procedure procedure = sampleProcedure();
        procedure.title = u"<b>Bold</b> <img src=\"file:///etc/passwd\"> &amp;"_s;
        procedure.summary = {u"<table><tr><td>cell</td></tr></table>"_s};
        procedure.modifiers[1].description = u"=HYPERLINK(\"http://x\")"_s;
        procedure.modifiers[1].whenToUse = u"<script>alert(1)</script>"_s;
        const QString text = squeezed(printPages(procedure).join(u'\n'));
        QVERIFY(text.contains(u"<b>Bold</b>"_s));
        QVERIFY(text.contains(u"<img src=\"file:///etc/passwd\">"_s));
        QVERIFY(text.contains(u"&amp;"_s));
        QVERIFY(text.contains(u"<table><tr><td>cell</td></tr></table>"_s));
        QVERIFY(text.contains(u"=HYPERLINK("_s));
        QVERIFY(text.contains(u"<script>alert(1)</script>"_s));
        QVERIFY(!text.contains(u"root:"_s));
    }

    void print_controlCharacters_doNotBreakTheDocument()
    {
        Procedure procedure = sampleProcedure();
        procedure.title = u"Title\u0000with\u001bcontrols\rand\u007fmore"_s;
        const QStringList pages = printPages(procedure);
        QVERIFY(!pages.isEmpty());
        QVERIFY(squeezed(pages.join(u'\n')).contains(u"controls"_s));
    }

    void print_manyModifierRows_repeatsTheTableHeaderOnEveryPage()
    {
        Procedure procedure = sampleProcedure();
        procedure.modifiers.clear();
        for (int i = 0; i < 150; ++i) {
            procedure.modifiers << ModifierRow{u"M%1"_s.arg(i, 3, 10, QChar(u'0')),
                                               u"Description %1"_s.arg(i),
                                               u"When to use %1"_s.arg(i),
                                               20 + i,
                                               {}};
        }
        const QStringList pages = printPages(procedure);
        QVERIFY2(pages.size() >= 4, qPrintable(QString::number(pages.size())));
        const QString all = pages.join(u'\n');
        for (int i = 0; i < 150; ++i)
            QVERIFY2(all.contains(u"M%1 "_s.arg(i, 3, 10, QChar(u'0'))), qPrintable(QString::number(i)));
        static const QRegularExpression row(u"\u2610\\s+M\\d{3}\\s+Description"_s);
        static const QRegularExpression header(u"Modifier\\s+Description\\s+When to use\\s+Findings"_s);
        int pagesWithTable = 0;
        for (int page = 0; page < pages.size(); ++page) {
            const QString &text = pages.at(page);
            QVERIFY(text.contains(PagePrinter::pageText(page + 1, int(pages.size()))));
            if (!row.match(text).hasMatch())
                continue;
            ++pagesWithTable;
            int headers = 0;
            for (auto it = header.globalMatch(text); it.hasNext(); it.next())
                ++headers;
            QVERIFY2(headers == 1, qPrintable(u"page %1 has %2 header rows"_s.arg(page + 1).arg(headers)));
        }
        QVERIFY(pagesWithTable >= 3);
    }

    // Summaries of growing length move every heading past the bottom of a page at some point.
    void print_headings_neverEndAPage()
    {
        const QStringList headings{u"Summary"_s,
                                   u"Billing code overview"_s,
                                   u"Clinical context"_s,
                                   u"Modifiers"_s,
                                   u"Medicare indicators (PFS 2025)"_s,
                                   u"Documentation checklist"_s,
                                   u"Problems in the report"_s,
                                   u"Coder's notes"_s};
        for (int paragraphs = 10; paragraphs < 40; paragraphs += 2) {
            Procedure procedure = sampleProcedure();
            for (int i = 0; i < paragraphs; ++i)
                procedure.summary << u"Filler paragraph %1 that takes one line of the page."_s.arg(i);
            const QStringList pages = printPages(procedure);
            QVERIFY(pages.size() >= 2);
            for (int page = 0; page < pages.size(); ++page) {
                QStringList lines = pages.at(page).split(u'\n', Qt::SkipEmptyParts);
                while (!lines.isEmpty() && (lines.constLast().trimmed().isEmpty() ||
                                            lines.constLast().contains(u"Page %1 of"_s.arg(page + 1))))
                    lines.removeLast();
                QVERIFY(!lines.isEmpty());
                QVERIFY2(
                    !headings.contains(lines.constLast().trimmed()),
                    qPrintable(
                        u"%1 paragraphs: page %2 ends with %3"_s.arg(paragraphs).arg(page + 1).arg(lines.constLast())));
                // The lines for notes and the sign-off stay on the page of their heading.
                if (pages.at(page).contains(u"Coder: ____"_s))
                    QVERIFY(pages.at(page).contains(u"Coder's notes"_s));
            }
        }
    }

    void print_letterAndA4_useThePaperAsked()
    {
        QString letter;
        QString a4;
        const QStringList letterPages = printPages(sampleProcedure(), QPageSize(QPageSize::Letter), &letter);
        const QString letterSize = pdfPageSize(letter);
        QVERIFY2(letterSize.startsWith(u"612 x 792"_s), qPrintable(letterSize));
        const QStringList a4Pages = printPages(sampleProcedure(), QPageSize(QPageSize::A4), &a4);
        const QString a4Size = pdfPageSize(a4);
        QVERIFY2(a4Size.startsWith(u"595"_s) && a4Size.contains(u"842"_s), qPrintable(a4Size));
        QVERIFY(squeezed(a4Pages.join(u'\n')).contains(u"Percutaneous Radiofrequency Ablation of Liver Tumor"_s));
        QVERIFY(squeezed(letterPages.join(u'\n')).contains(u"Percutaneous Radiofrequency Ablation of Liver Tumor"_s));
    }

    void build_leavesNoHtmlInTheDocument()
    {
        Procedure procedure = sampleProcedure();
        procedure.title = u"<i>x</i>"_s;
        const PrintDocument document = ProcedureWorksheetDocument::build(procedure, m_medicare);
        QVERIFY(document.text->toPlainText().contains(u"<i>x</i>"_s));
        QCOMPARE(document.title, u"Procedure worksheet 47382"_s);
        QCOMPARE(document.sourceFile, u"47382.txt"_s);
    }

private:
    std::unique_ptr<TestHome> m_home;
    MedicareIndicators m_medicare;
};

QTEST_MAIN(TestProcedureWorksheetDocument)
#include "tst_procedureworksheetdocument.moc"
