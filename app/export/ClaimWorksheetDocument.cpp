#include "export/ClaimWorksheetDocument.h"

#include "export/PrintBuilder.h"
#include "worksheet/WorksheetFields.h"

#include <QTextTable>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

namespace {

QString dateText(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString capitalised(const QString &text)
{
    return text.isEmpty() ? text : text.at(0).toUpper() + text.mid(1);
}

void writeHeader(PrintBuilder &builder, const WorksheetContent &worksheet, const QString &file)
{
    builder.note(u"Claim worksheet (CMS-1500)"_s);
    builder.title(file.isEmpty() ? u"Claim worksheet"_s : file);
    const ClaimHeader &claim = worksheet.claim;
    builder.fields({
        {u"Patient account"_s, claim.patientAccount},
        {u"Payer"_s, claim.payer},
        {u"Place of service"_s, claim.placeOfService},
        {u"Rendering NPI"_s, claim.renderingNpi},
        {u"Date of service"_s, dateText(claim.dateOfService)},
    });
    if (!claim.notes.trimmed().isEmpty()) {
        builder.heading(u"Notes"_s);
        builder.paragraph(claim.notes);
    }
}

void writeDiagnoses(PrintBuilder &builder, const WorksheetContent &worksheet,
                    const ClaimWorksheetDocument::DiagnosisLookup &lookup)
{
    builder.heading(u"Diagnoses (box 21)"_s);
    if (worksheet.diagnoses.isEmpty()) {
        builder.paragraph(u"No diagnoses entered."_s);
        return;
    }
    QTextTable *table =
        builder.table({u"Pointer"_s, u"ICD-10-CM"_s, u"Description"_s}, {9, 14, 77}, int(worksheet.diagnoses.size()));
    QStringList sources;
    for (int row = 0; row < worksheet.diagnoses.size(); ++row) {
        const QString &code = worksheet.diagnoses.at(row);
        const std::optional<DiagnosisEntry> entry = lookup ? lookup(code) : std::nullopt;
        builder.setCell(table, row, 0, pointerLetter(row), builder.boldFormat());
        builder.setCell(table, row, 1, code);
        if (entry) {
            builder.setCell(table, row, 2, entry->description);
            const QString source = entry->source + (entry->date.isEmpty() ? QString() : u", "_s + entry->date);
            if (!entry->source.isEmpty() && !sources.contains(source))
                sources << source;
        } else {
            builder.setCell(table, row, 2, u"No description on file"_s, builder.mutedFormat());
        }
    }
    if (!sources.isEmpty())
        builder.note(u"Descriptions: "_s + sources.join(u"; "_s));
}

void writeLines(PrintBuilder &builder, const WorksheetContent &worksheet)
{
    builder.heading(u"Claim lines (box 24)"_s);
    if (worksheet.lines.isEmpty()) {
        builder.paragraph(u"No claim lines entered."_s);
        return;
    }
    const QStringList headers{u"Line"_s,      u"From"_s,     u"To"_s,     u"POS"_s,   u"Code"_s,
                              u"Modifiers"_s, u"Pointers"_s, u"Charge"_s, u"Units"_s, u"Rendering NPI"_s};
    QTextTable *table =
        builder.table(headers, {6, 11.5, 11.5, 5.5, 8, 13, 10, 11, 7, 16.5}, int(worksheet.lines.size()));
    const ClaimHeader &claim = worksheet.claim;
    for (int row = 0; row < worksheet.lines.size(); ++row) {
        const ClaimLine &line = worksheet.lines.at(row);
        builder.setCell(table, row, 0, QString::number(row + 1), builder.mutedFormat(), Qt::AlignRight);
        builder.setCell(table, row, 1, dateText(line.effectiveFrom(claim)));
        builder.setCell(table, row, 2, dateText(line.effectiveTo(claim)));
        builder.setCell(table, row, 3, line.effectivePlaceOfService(claim));
        builder.setCell(table, row, 4, line.code, builder.boldFormat());
        builder.setCell(table, row, 5, line.modifiers.join(u' '));
        builder.setCell(table, row, 6, pointerListText(line.pointers));
        builder.setCell(table, row, 7, line.charge ? line.charge->toString() : u"\u2014"_s, builder.boldFormat(),
                        Qt::AlignRight);
        builder.setCell(table, row, 8, QString::number(line.units), builder.boldFormat(), Qt::AlignHCenter);
        builder.setCell(table, row, 9, line.effectiveRenderingNpi(claim));
    }
    int withoutCharge = 0;
    for (const ClaimLine &line : worksheet.lines)
        withoutCharge += line.charge ? 0 : 1;
    QString total =
        u"Total charge: %1 (%2 lines)"_s.arg(worksheet.totalCharge().toString()).arg(worksheet.lines.size());
    if (withoutCharge > 0)
        total += u", %1 without a charge"_s.arg(withoutCharge);
    builder.spacer();
    builder.paragraph(total);
}

void writeFindings(PrintBuilder &builder, const ClaimFindings &findings)
{
    builder.heading(u"Findings"_s);
    if (findings.isEmpty()) {
        builder.paragraph(u"No findings."_s);
        return;
    }
    // The message gets the room: rule and field share a cell, the rule id first. One type size
    // for every cell keeps each row's first lines together at a page break.
    QTextTable *table = builder.table({u"Severity"_s, u"Line"_s, u"Rule, field"_s, u"Finding"_s, u"Source"_s},
                                      {11, 6, 18, 41, 24}, int(findings.size()));
    for (int row = 0; row < findings.size(); ++row) {
        const ClaimFinding &finding = findings.at(row);
        const bool serious = finding.severity != Severity::Info;
        builder.setCell(table, row, 0, capitalised(severityName(finding.severity)), builder.severityFormat(serious));
        builder.setCell(table, row, 1, finding.line < 0 ? u"claim"_s : findingLines(finding), builder.smallFormat());
        builder.setCell(table, row, 2, finding.rule, builder.smallFormat());
        if (!finding.field.isEmpty()) // in the coder's words: "Rendering NPI", not renderingNpi
            builder.setCell(table, row, 2, capitalised(fieldLabel(finding.field)), builder.smallFormat());
        builder.setCell(table, row, 3, finding.message, builder.smallFormat());
        builder.setCell(table, row, 4, finding.source, builder.smallFormat());
    }
}

} // namespace

PrintDocument ClaimWorksheetDocument::build(const WorksheetContent &worksheet, const ClaimFindings &findings,
                                            const DiagnosisLookup &diagnosis, const Source &source)
{
    PrintDocument result;
    result.text = std::make_unique<QTextDocument>();
    // The title goes into the PDF's metadata: the file name, never the patient account.
    result.title = source.file.isEmpty() ? u"Claim worksheet"_s : u"Claim worksheet "_s + source.file;
    result.sourceFile = source.file;
    result.sha256 = source.sha256;
    result.ownerOnly = true; // the claim header names the patient
    {
        PrintBuilder builder(result.text.get());
        writeHeader(builder, worksheet, source.file);
        writeDiagnoses(builder, worksheet, diagnosis);
        writeLines(builder, worksheet);
        writeFindings(builder, findings);
    }
    result.text->setMetaInformation(QTextDocument::DocumentTitle, result.title);
    return result;
}

} // namespace codedesk
