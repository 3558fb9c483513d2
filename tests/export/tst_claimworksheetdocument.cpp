// The printed claim worksheet, read back from the PDF with poppler's pdftotext.
#include "PdfText.h"
#include "TestHome.h"

#include "export/ClaimWorksheetDocument.h"
#include "export/PagePrinter.h"
#include "export/PdfExport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

#include <ctime>

using namespace Qt::Literals::StringLiterals;
using namespace codedesk;
using namespace codedesk::test;

namespace {

const QDate PrintDate(2026, 11, 23);
const QString Sha = u"fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210"_s;

WorksheetContent sampleClaim()
{
    WorksheetContent content;
    content.claim.patientAccount = u"ACCT-991"_s;
    content.claim.payer = u"Medicare"_s;
    content.claim.placeOfService = u"22"_s;
    content.claim.renderingNpi = u"1234567893"_s;
    content.claim.dateOfService = QDate(2026, 11, 2);
    content.diagnoses = {u"C78.7"_s, u"Z85.038"_s, u"X99.9"_s};
    ClaimLine ablation;
    ablation.code = u"47382"_s;
    ablation.modifiers = {u"59"_s, u"XS"_s};
    ablation.pointers = {0, 1};
    ablation.units = 1;
    ablation.charge = Money::fromCents(420000);
    ClaimLine guidance;
    guidance.from = QDate(2026, 11, 3);
    guidance.to = QDate(2026, 11, 4);
    guidance.placeOfService = u"19"_s;
    guidance.code = u"76940"_s;
    guidance.modifiers = {u"26"_s};
    guidance.pointers = {0};
    guidance.units = 2;
    guidance.charge = Money::fromCents(35050);
    guidance.renderingNpi = u"1999999984"_s;
    ClaimLine unpriced;
    unpriced.code = u"99999"_s;
    content.lines = {ablation, guidance, unpriced};
    return content;
}

ClaimFindings sampleFindings()
{
    return {
        ClaimFinding{u"modifier.59WithX"_s,
                     Severity::Error,
                     0,
                     u"modifier1"_s,
                     u"59 and XS on one line"_s,
                     u"CMS NCCI policy manual 2025"_s,
                     {}},
        ClaimFinding{u"code.unknown"_s,
                     Severity::Warning,
                     2,
                     u"code"_s,
                     u"99999 is not a known code"_s,
                     u"CodeDesk catalog"_s,
                     {}},
        ClaimFinding{u"claim.npi"_s, Severity::Info, -1, u"renderingNpi"_s, u"NPI checked"_s, u"CMS NPI rule"_s, {}},
    };
}

std::optional<DiagnosisEntry> describe(const QString &code)
{
    if (code == u"C78.7")
        return DiagnosisEntry{code, u"Secondary malignant neoplasm of liver"_s, u"ICD-10-CM 2026"_s, u"2025-10-01"_s};
    if (code == u"Z85.038")
        return DiagnosisEntry{code, u"Personal history of malignant neoplasm of large intestine"_s, u"ICD-10-CM 2026"_s,
                              u"2025-10-01"_s};
    return std::nullopt;
}

WorksheetContent longClaim(int lines)
{
    WorksheetContent content = sampleClaim();
    content.lines.clear();
    for (int i = 0; i < lines; ++i) {
        ClaimLine line;
        line.code = u"%1"_s.arg(10000 + i);
        line.pointers = {0};
        line.units = 1;
        line.charge = Money::fromCents(qint64(i + 1) * 1000);
        content.lines << line;
    }
    return content;
}

} // namespace

class TestClaimWorksheetDocument final : public QObject
{
    Q_OBJECT

private:
    QStringList printPages(const WorksheetContent &content, const ClaimFindings &findings,
                           QPageSize pageSize = QPageSize(QPageSize::Letter), QString *pdfPath = nullptr)
    {
        const PrintDocument document =
            ClaimWorksheetDocument::build(content, findings, describe, {u"claim.codedesk"_s, Sha});
        const QString path = m_home->filePath(u"claim.pdf"_s);
        if (pdfPath)
            *pdfPath = path;
        return printToPdf(document, path, pageSize, PrintDate);
    }

    static int lineHeaderCount(const QString &page)
    {
        static const QRegularExpression header(
            u"Line\\s+From\\s+To\\s+POS\\s+Code\\s+Modifiers\\s+Pointers\\s+Charge\\s+Units\\s+Rendering NPI"_s);
        int count = 0;
        for (auto it = header.globalMatch(page); it.hasNext(); it.next())
            ++count;
        return count;
    }

    static bool hasLineHeader(const QString &page)
    {
        static const QRegularExpression header(
            u"Line\\s+From\\s+To\\s+POS\\s+Code\\s+Modifiers\\s+Pointers\\s+Charge\\s+Units\\s+Rendering NPI"_s);
        return header.match(page).hasMatch();
    }

private Q_SLOTS:
    void init() { m_home = std::make_unique<TestHome>(); }
    void cleanup() { m_home.reset(); }

    void print_sample_showsClaimHeaderAndDiagnoses()
    {
        const QString text = squeezed(printPages(sampleClaim(), sampleFindings()).join(u'\n'));
        QVERIFY(text.contains(u"Claim worksheet (CMS-1500)"_s));
        QVERIFY(text.contains(u"Patient account ACCT-991"_s));
        QVERIFY(text.contains(u"Payer Medicare"_s));
        QVERIFY(text.contains(u"Place of service 22"_s));
        QVERIFY(text.contains(u"Rendering NPI 1234567893"_s));
        QVERIFY(text.contains(u"Date of service 2026-11-02"_s));
        QVERIFY(text.contains(u"A C78.7 Secondary malignant neoplasm of liver"_s));
        QVERIFY(text.contains(u"B Z85.038 Personal history of malignant neoplasm of large intestine"_s));
        QVERIFY(text.contains(u"C X99.9 No description on file"_s));
        QVERIFY(text.contains(u"Descriptions: ICD-10-CM 2026, 2025-10-01"_s));
    }

    void print_sample_listsEveryLineInBox24Columns()
    {
        const QString layout = printPages(sampleClaim(), sampleFindings()).join(u'\n');
        QVERIFY(hasLineHeader(layout));
        // Line 1 inherits the claim's dates, place of service and NPI; line 2 has its own.
        QVERIFY2(
            QRegularExpression(u"1\\s+2026-11-02\\s+2026-11-02\\s+22\\s+47382\\s+59 XS\\s+A, B\\s+4200\\.00\\s+1\\s+"
                               "1234567893"_s)
                .match(layout)
                .hasMatch(),
            qPrintable(layout));
        QVERIFY(QRegularExpression(u"2\\s+2026-11-03\\s+2026-11-04\\s+19\\s+76940\\s+26\\s+A\\s+350\\.50\\s+2\\s+"
                                   "1999999984"_s)
                    .match(layout)
                    .hasMatch());
        QVERIFY(QRegularExpression(u"3\\s+2026-11-02\\s+2026-11-02\\s+22\\s+99999\\s+\u2014\\s+1\\s+1234567893"_s)
                    .match(layout)
                    .hasMatch());
        QVERIFY(squeezed(layout).contains(u"Total charge: 4550.50 (3 lines), 1 without a charge"_s));
    }

    void print_sample_listsEveryFindingWithRuleAndSource()
    {
        const QString layout = printPages(sampleClaim(), sampleFindings()).join(u'\n');
        const QString text = squeezed(layout);
        QVERIFY(QRegularExpression(u"Severity\\s+Line\\s+Rule, field\\s+Finding\\s+Source"_s).match(layout).hasMatch());
        QVERIFY(
            QRegularExpression(
                u"Error\\s+1\\s+modifier\\.59WithX\\s+59 and XS on one line\\s+CMS NCCI policy manual 2025\\s+Modifier 1"_s)
                .match(layout)
                .hasMatch());
        QVERIFY(QRegularExpression(
                    u"Warning\\s+3\\s+code\\.unknown\\s+99999 is not a known code\\s+CodeDesk catalog\\s+Procedure code\\s"_s)
                    .match(layout)
                    .hasMatch());
        QVERIFY(QRegularExpression(u"Info\\s+claim\\s+claim\\.npi\\s+NPI checked\\s+CMS NPI rule\\s+Rendering NPI"_s)
                    .match(layout)
                    .hasMatch());
        QVERIFY(text.contains(u"CodeDesk catalog"_s));
        // The fields in the coder's words, never the file format's names.
        for (const QString &internal : {u"renderingNpi"_s, u"modifier1"_s})
            QVERIFY2(!layout.contains(internal), qPrintable(internal));
    }

    void print_findingNamingManyLines_isOneRowNamingThem()
    {
        ClaimFinding units{u"units.limit"_s,
                           Severity::Error,
                           0,
                           u"units"_s,
                           u"47382 is reported 3 units in all on 2026-11-02 across 3 lines"_s,
                           u"CodeDesk units table"_s,
                           {0, 1, 2}};
        const QString layout = printPages(sampleClaim(), {units}).join(u'\n');
        const QString text = squeezed(layout);
        QVERIFY2(QRegularExpression(u"Error\\s+1–3\\s+units\\.limit"_s).match(layout).hasMatch(), qPrintable(layout));
        QCOMPARE(text.count(u"reported 3 units in all"_s), 1);
    }

    void print_sample_footerNamesFileHashDateAndPage()
    {
        const QStringList pages = printPages(sampleClaim(), sampleFindings());
        QCOMPARE(pages.size(), 1);
        QVERIFY(squeezed(pages.first())
                    .contains(u"claim.codedesk \u00b7 SHA-256 fedcba987654 \u00b7 printed 2026-11-23 Page 1 of 1"_s));
    }

    void print_emptyWorksheet_saysWhatIsMissing()
    {
        WorksheetContent content;
        const QString text = squeezed(printPages(content, {}).join(u'\n'));
        QVERIFY(text.contains(u"No diagnoses entered."_s));
        QVERIFY(text.contains(u"No claim lines entered."_s));
        QVERIFY(text.contains(u"No findings."_s));
        QVERIFY(text.count(u"Data not available in the input"_s) >= 5);
    }

    void print_htmlLookingText_printsLiterally()
    {
        WorksheetContent content = sampleClaim();
        content.claim.payer = u"<b>Payer</b>"_s;
        content.claim.notes = u"<img src=\"file:///etc/passwd\"> & <a href=x>link</a>"_s;
        content.lines[0].code = u"<i>47382</i>"_s;
        ClaimFindings findings = sampleFindings();
        findings[0].message = u"<script>alert('x')</script>"_s;
        QString path;
        const QString text = squeezed(printPages(content, findings, QPageSize(QPageSize::Letter), &path).join(u'\n'));
        QVERIFY(text.contains(u"<b>Payer</b>"_s));
        QVERIFY(text.contains(u"<img src=\"file:///etc/passwd\"> & <a href=x>link</a>"_s));
        QVERIFY(QString(pdfRawText(path)).remove(u'\n').contains(u"<i>47382</i>"_s)); // a narrow column wraps it
        QVERIFY(text.contains(u"<script>alert('x')</script>"_s));
    }

    void print_patientAccount_staysOutOfThePdfTitle()
    {
        QString path;
        printPages(sampleClaim(), sampleFindings(), QPageSize(QPageSize::Letter), &path);
        QProcess info;
        info.start(u"pdfinfo"_s, {path});
        QVERIFY(info.waitForFinished(60000));
        const QByteArray metadata = info.readAllStandardOutput();
        QVERIFY(metadata.contains("Claim worksheet claim.codedesk"));
        QVERIFY(!metadata.contains("ACCT-991"));
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions{});
    }

    // Qt lays a paragraph out whole for each page it reaches: one long field printed in quadratic
    // time (1 MB of notes took 27 s). Four times the notes take well under sixteen times as long,
    // and every word is printed. CPU time, so that a busy machine does not count.
    void print_longNotes_linearInLengthAndComplete()
    {
        const auto notesOf = [](int words) {
            QString notes;
            for (int i = 0; i < words; ++i)
                notes += u"note%1 "_s.arg(i);
            return notes;
        };
        const auto cpuMsToPrint = [this](const QString &notes, QString *printed) {
            WorksheetContent content = sampleClaim();
            content.claim.notes = notes;
            timespec start{};
            timespec end{};
            clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &start);
            const PrintDocument document =
                ClaimWorksheetDocument::build(content, sampleFindings(), describe, {u"claim.codedesk"_s, Sha});
            PdfExport::Options options;
            options.printed = PrintDate;
            PdfExport pdf(options);
            const QByteArray bytes = pdf.render(document);
            clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &end);
            if (printed) {
                const QString path = m_home->filePath(u"notes.pdf"_s);
                QFile file(path);
                if (file.open(QIODevice::WriteOnly))
                    file.write(bytes);
                file.close();
                *printed = squeezed(pdfRawText(path));
            }
            return double(end.tv_sec - start.tv_sec) * 1e3 + double(end.tv_nsec - start.tv_nsec) / 1e6;
        };
        QString text;
        const double small = cpuMsToPrint(notesOf(4000), nullptr); // about 36,000 characters
        const double large = cpuMsToPrint(notesOf(16000), &text); // about 150,000 characters
        qInfo("notes of %lld characters printed in %.0f ms, %lld characters in %.0f ms",
              qint64(notesOf(4000).size()), small, qint64(notesOf(16000).size()), large);
        QVERIFY2(large < 8 * small, qPrintable(u"%1 ms, then %2 ms"_s.arg(small).arg(large)));
        // The step that made it quadratic: no paragraph of the printed document is that long now.
        WorksheetContent content = sampleClaim();
        content.claim.notes = notesOf(16000);
        const PrintDocument document =
            ClaimWorksheetDocument::build(content, sampleFindings(), describe, {u"claim.codedesk"_s, Sha});
        int longest = 0;
        for (QTextBlock block = document.text->begin(); block.isValid(); block = block.next())
            longest = std::max(longest, block.length());
        QVERIFY2(longest <= 2001, qPrintable(QString::number(longest)));
        qsizetype at = 0;
        for (int i = 0; i < 16000; ++i) {
            const QString word = u"note%1 "_s.arg(i);
            const qsizetype found = text.indexOf(word, at);
            QVERIFY2(found >= 0, qPrintable(word + u"is missing"_s));
            at = found + word.size() - 1;
        }
    }

    void print_300Lines_runsToSeveralPagesWithTheHeaderOnEach()
    {
        QFETCH(QPageSize, pageSize);
        const int count = 300;
        const QStringList pages = printPages(longClaim(count), sampleFindings(), pageSize);
        QVERIFY2(pages.size() >= 5, qPrintable(QString::number(pages.size())));
        static const QRegularExpression lineRow(u"^\\s*(\\d+)\\s+2026-11-02\\s+2026-11-02\\s+22\\s+(\\d{5})\\s+A\\s+"
                                                "(\\d+\\.\\d\\d)\\s+1\\s+1234567893\\s*$"_s,
                                                QRegularExpression::MultilineOption);
        QList<int> seen;
        int pagesWithLines = 0;
        for (int page = 0; page < pages.size(); ++page) {
            const QString &text = pages.at(page);
            QVERIFY2(text.contains(PagePrinter::pageText(page + 1, int(pages.size()))), qPrintable(text));
            int rowsOnPage = 0;
            for (auto it = lineRow.globalMatch(text); it.hasNext();) {
                const QRegularExpressionMatch match = it.next();
                const int number = match.captured(1).toInt();
                QCOMPARE(match.captured(2).toInt(), 10000 + number - 1);
                QCOMPARE(match.captured(3), Money::fromCents(qint64(number) * 1000).toString());
                seen << number;
                ++rowsOnPage;
            }
            if (rowsOnPage == 0)
                continue;
            ++pagesWithLines;
            QVERIFY2(hasLineHeader(text), qPrintable(u"page %1 has lines but no header"_s.arg(page + 1)));
            QCOMPARE(lineHeaderCount(text), 1); // repeated on each page, once
        }
        QVERIFY(pagesWithLines >= 4);
        QCOMPARE(seen.size(), count);
        for (int i = 0; i < count; ++i)
            QCOMPARE(seen.at(i), i + 1);
        const QString all = squeezed(pages.join(u'\n'));
        QVERIFY(all.contains(u"Total charge: 451500.00 (300 lines)"_s));
        QVERIFY(all.contains(u"59 and XS on one line"_s));
    }

    void print_300Lines_runsToSeveralPagesWithTheHeaderOnEach_data()
    {
        QTest::addColumn<QPageSize>("pageSize");
        QTest::newRow("letter") << QPageSize(QPageSize::Letter);
        QTest::newRow("a4") << QPageSize(QPageSize::A4);
    }

private:
    std::unique_ptr<TestHome> m_home;
};

QTEST_MAIN(TestClaimWorksheetDocument)
#include "tst_claimworksheetdocument.moc"
