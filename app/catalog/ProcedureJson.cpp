#include "catalog/ProcedureJson.h"

#include "catalog/CodeShape.h"
#include "reference/MedicareIndicators.h"

using namespace Qt::Literals::StringLiterals;

namespace codedesk::ProcedureJson {

namespace {

QJsonValue indicator(int value)
{
    return value < 0 ? QJsonValue() : QJsonValue(value);
}

} // namespace

QJsonArray diagnostics(const QList<Diagnostic> &diagnostics)
{
    QJsonArray array;
    for (const Diagnostic &diagnostic : diagnostics) {
        array.append(QJsonObject{
            {u"line"_s, diagnostic.line > 0 ? QJsonValue(diagnostic.line) : QJsonValue()},
            {u"severity"_s, severityName(diagnostic.severity)},
            {u"message"_s, diagnostic.message},
        });
    }
    return array;
}

QJsonArray findings(const QList<Finding> &findings)
{
    QJsonArray array;
    for (const Finding &finding : findings) {
        array.append(QJsonObject{
            {u"severity"_s, severityName(finding.severity)},
            {u"message"_s, finding.message},
            {u"source"_s, finding.source},
        });
    }
    return array;
}

QJsonValue medicare(const MedicareIndicatorRow *row, const QString &label)
{
    if (!row)
        return QJsonValue();
    return QJsonObject{
        {u"status"_s, row->status},
        {u"workRvu"_s, row->workRvu},
        {u"facilityTotal"_s, row->facilityTotal},
        {u"nonFacilityTotal"_s, row->nonFacilityTotal},
        {u"globalDays"_s, row->globalDays},
        {u"pcTc"_s, indicator(row->pcTc)},
        {u"multipleProcedure"_s, indicator(row->multipleProcedure)},
        {u"bilateral"_s, indicator(row->bilateral)},
        {u"assistant"_s, indicator(row->assistant)},
        {u"coSurgeon"_s, indicator(row->coSurgeon)},
        {u"team"_s, indicator(row->team)},
        {u"conversionFactor"_s, row->conversionFactor},
        {u"source"_s, u"%1 (%2), %3"_s.arg(row->source, label, row->sourceDate)},
    };
}

QJsonObject procedure(const Procedure &procedure, const MedicareIndicators *medicareIndicators)
{
    QJsonArray modifiers;
    for (const ModifierRow &row : procedure.modifiers) {
        modifiers.append(QJsonObject{
            {u"modifier"_s, row.modifier},
            {u"description"_s, row.description},
            {u"whenToUse"_s, row.whenToUse},
            {u"line"_s, row.line},
            {u"findings"_s, findings(row.findings)},
        });
    }
    QJsonArray sections;
    for (const Section &section : procedure.sections)
        sections.append(QJsonObject{{u"title"_s, section.title}, {u"text"_s, section.text}});
    return QJsonObject{
        {u"code"_s, procedure.code},
        {u"title"_s, procedure.title},
        {u"codeSystem"_s, codeSystemName(procedure.codeSystem)},
        {u"summary"_s, QJsonArray::fromStringList(procedure.summary)},
        {u"payers"_s, QJsonArray::fromStringList(procedure.payers)},
        {u"billingOverview"_s, procedure.billingOverview},
        {u"serviceType"_s, procedure.serviceType},
        {u"siteOfService"_s, procedure.siteOfService},
        {u"clinicalContext"_s, procedure.clinicalContext},
        {u"modifiers"_s, modifiers},
        {u"medicare"_s, medicareIndicators
                            ? medicare(medicareIndicators->find(procedure.code), medicareIndicators->label())
                            : QJsonValue()},
        {u"sections"_s, sections},
        {u"diagnostics"_s, diagnostics(procedure.diagnostics)},
        {u"source"_s, QJsonObject{{u"file"_s, procedure.source.file},
                                  {u"sha256"_s, procedure.source.sha256},
                                  {u"bytes"_s, double(procedure.source.bytes)},
                                  {u"origin"_s, originName(procedure.source.origin)}}},
    };
}

} // namespace codedesk::ProcedureJson
