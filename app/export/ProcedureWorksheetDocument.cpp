#include "export/ProcedureWorksheetDocument.h"

#include "catalog/CodeShape.h"
#include "export/PrintBuilder.h"
#include "reference/MedicareIndicators.h"

#include <QTextTable>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

namespace {

QString orNotAvailable(const QString &text)
{
    return text.trimmed().isEmpty() ? PrintBuilder::notAvailable() : text;
}

QString capitalised(const QString &text)
{
    return text.isEmpty() ? text : text.at(0).toUpper() + text.mid(1);
}

QString findingText(const Finding &finding)
{
    QString text = capitalised(severityName(finding.severity)) + u": "_s + finding.message;
    if (!finding.source.isEmpty())
        text += u" (source: "_s + finding.source + u')';
    return text;
}

void writeHeader(PrintBuilder &builder, const Procedure &procedure)
{
    builder.note(u"Procedure worksheet"_s);
    builder.title(procedure.code + u" \u2014 "_s + orNotAvailable(procedure.title));
    builder.fields({
        {u"Code"_s, procedure.code},
        {u"Title"_s, procedure.title},
        {u"Code system"_s, codeSystemName(procedure.codeSystem)},
        {u"Service type"_s, procedure.serviceType},
        {u"Typical site of service"_s, procedure.siteOfService},
        {u"Payers"_s, procedure.payers.join(u", "_s)},
    });
}

void writeText(PrintBuilder &builder, const Procedure &procedure)
{
    builder.heading(u"Summary"_s);
    if (procedure.summary.isEmpty())
        builder.paragraph(PrintBuilder::notAvailable());
    for (const QString &paragraph : procedure.summary)
        builder.paragraph(paragraph);
    if (!procedure.billingOverview.trimmed().isEmpty()) {
        builder.heading(u"Billing code overview"_s);
        builder.paragraph(procedure.billingOverview);
    }
    builder.heading(u"Clinical context"_s);
    builder.paragraph(orNotAvailable(procedure.clinicalContext));
}

void writeModifiers(PrintBuilder &builder, const Procedure &procedure)
{
    builder.heading(u"Modifiers"_s);
    if (procedure.modifiers.isEmpty()) {
        builder.paragraph(u"The report lists no modifiers."_s);
        return;
    }
    QTextTable *table = builder.table({u"\u2713"_s, u"Modifier"_s, u"Description"_s, u"When to use"_s, u"Findings"_s},
                                      {5, 10, 22, 33, 30}, int(procedure.modifiers.size()));
    for (int row = 0; row < procedure.modifiers.size(); ++row) {
        const ModifierRow &modifier = procedure.modifiers.at(row);
        builder.setCell(table, row, 0, PrintBuilder::tickBox());
        builder.setCell(table, row, 1, modifier.modifier, builder.boldFormat());
        builder.setCell(table, row, 2, modifier.description);
        builder.setCell(table, row, 3, modifier.whenToUse);
        if (modifier.findings.isEmpty())
            builder.setCell(table, row, 4, u"No findings"_s, builder.smallFormat());
        for (const Finding &finding : modifier.findings)
            builder.setCell(table, row, 4, findingText(finding),
                            builder.severityFormat(finding.severity != Severity::Info));
    }
}

QString indicator(int value)
{
    return value < 0 ? u"\u2014"_s : QString::number(value);
}

void writeMedicare(PrintBuilder &builder, const Procedure &procedure, const MedicareIndicators &medicare)
{
    const QString label = medicare.label().isEmpty() ? QString() : u" ("_s + medicare.label() + u')';
    builder.heading(u"Medicare indicators"_s + label);
    const QList<MedicareIndicatorRow> rows = medicare.rowsFor(procedure.code);
    if (rows.isEmpty()) {
        builder.paragraph(u"No Medicare indicators on file"_s + label + u'.');
        return;
    }
    using Getter = QString (*)(const MedicareIndicatorRow &);
    const QList<std::pair<QString, Getter>> indicators = {
        {u"Status"_s, [](const MedicareIndicatorRow &r) { return r.status; }},
        {u"Work RVU"_s, [](const MedicareIndicatorRow &r) { return r.workRvu; }},
        {u"Facility total RVU"_s, [](const MedicareIndicatorRow &r) { return r.facilityTotal; }},
        {u"Non-facility total RVU"_s, [](const MedicareIndicatorRow &r) { return r.nonFacilityTotal; }},
        {u"Global days"_s, [](const MedicareIndicatorRow &r) { return r.globalDays; }},
        {u"PC/TC indicator"_s, [](const MedicareIndicatorRow &r) { return indicator(r.pcTc); }},
        {u"Multiple procedure (51)"_s, [](const MedicareIndicatorRow &r) { return indicator(r.multipleProcedure); }},
        {u"Bilateral surgery (50)"_s, [](const MedicareIndicatorRow &r) { return indicator(r.bilateral); }},
        {u"Assistant at surgery (80/81/82/AS)"_s, [](const MedicareIndicatorRow &r) { return indicator(r.assistant); }},
        {u"Co-surgeons (62)"_s, [](const MedicareIndicatorRow &r) { return indicator(r.coSurgeon); }},
        {u"Team surgery (66)"_s, [](const MedicareIndicatorRow &r) { return indicator(r.team); }},
        {u"Conversion factor"_s, [](const MedicareIndicatorRow &r) { return r.conversionFactor; }},
    };
    QStringList headers{u"Indicator"_s};
    QList<qreal> widths{40};
    for (const MedicareIndicatorRow &row : rows) {
        headers << (row.modifier.isEmpty() ? u"Global"_s : u"Modifier "_s + row.modifier);
        widths << 60.0 / qreal(rows.size());
    }
    QTextTable *table = builder.table(headers, widths, int(indicators.size()));
    for (int i = 0; i < indicators.size(); ++i) {
        builder.setCell(table, i, 0, indicators.at(i).first);
        for (int column = 0; column < rows.size(); ++column)
            builder.setCell(table, i, column + 1, indicators.at(i).second(rows.at(column)));
    }
    QStringList sources;
    for (const MedicareIndicatorRow &row : rows) {
        const QString source = row.source + (row.sourceDate.isEmpty() ? QString() : u", "_s + row.sourceDate);
        if (!sources.contains(source))
            sources << source;
    }
    builder.note(u"Source: "_s + sources.join(u"; "_s));
}

void writeChecklist(PrintBuilder &builder, const Procedure &procedure, const DocumentationChecklist &checklist)
{
    builder.heading(u"Documentation checklist"_s);
    const QList<DocumentationChecklist::Match> matches = checklist.matches(procedure.clinicalContext);
    if (matches.isEmpty()) {
        builder.paragraph(u"The report's clinical context names no checklist item."_s);
        return;
    }
    QTextTable *table = builder.table({u"\u2713"_s, u"Confirm in the record"_s, u"The report mentions"_s}, {5, 60, 35},
                                      int(matches.size()));
    for (int row = 0; row < matches.size(); ++row) {
        builder.setCell(table, row, 0, PrintBuilder::tickBox());
        builder.setCell(table, row, 1, matches.at(row).label);
        builder.setCell(table, row, 2, u"\u201c"_s + matches.at(row).evidence + u"\u201d"_s, builder.mutedFormat());
    }
    builder.note(u"Source: "_s + checklist.source() + u", "_s + checklist.date());
}

void writeDiagnostics(PrintBuilder &builder, const Procedure &procedure)
{
    if (procedure.diagnostics.isEmpty())
        return;
    builder.heading(u"Problems in the report"_s);
    for (const Diagnostic &diagnostic : procedure.diagnostics) {
        builder.note(
            u"Line %1: %2: %3"_s.arg(diagnostic.line).arg(severityName(diagnostic.severity), diagnostic.message));
    }
}

} // namespace

PrintDocument ProcedureWorksheetDocument::build(const Procedure &procedure, const MedicareIndicators &medicare,
                                                const DocumentationChecklist &checklist)
{
    PrintDocument result;
    result.text = std::make_unique<QTextDocument>();
    result.title = u"Procedure worksheet "_s + procedure.code;
    result.sourceFile = procedure.source.file;
    result.sha256 = procedure.source.sha256;
    {
        PrintBuilder builder(result.text.get());
        writeHeader(builder, procedure);
        writeText(builder, procedure);
        writeModifiers(builder, procedure);
        writeMedicare(builder, procedure, medicare);
        writeChecklist(builder, procedure, checklist);
        writeDiagnostics(builder, procedure);
        builder.heading(u"Coder's notes"_s);
        builder.ruledLines(6);
        builder.paragraph(u"Coder: ________________________________    Date: ________________"_s);
    }
    result.text->setMetaInformation(QTextDocument::DocumentTitle, result.title);
    return result;
}

} // namespace codedesk
