#include "catalog/ProcedureRecord.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>

#include <climits>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace codedesk::ProcedureRecord {

namespace {

QCborArray strings(const QStringList &list)
{
    QCborArray array;
    for (const QString &text : list)
        array.append(text);
    return array;
}

// Reads a record, remembering whether anything had the wrong type.
class Reader final
{
public:
    bool ok() const { return m_ok; }

    QString text(const QCborMap &map, QLatin1StringView key)
    {
        const QCborValue value = map.value(key);
        if (!value.isString())
            m_ok = false;
        return value.toString();
    }

    qint64 number(const QCborMap &map, QLatin1StringView key, qint64 minimum, qint64 maximum)
    {
        const QCborValue value = map.value(key);
        if (!value.isInteger() || value.toInteger() < minimum || value.toInteger() > maximum) {
            m_ok = false;
            return minimum;
        }
        return value.toInteger();
    }

    QStringList strings(const QCborMap &map, QLatin1StringView key)
    {
        QStringList list;
        for (const QCborValue &value : array(map, key)) {
            if (!value.isString())
                m_ok = false;
            list << value.toString();
        }
        return list;
    }

    QCborArray array(const QCborMap &map, QLatin1StringView key)
    {
        const QCborValue value = map.value(key);
        if (!value.isArray())
            m_ok = false;
        return value.toArray();
    }

    QCborMap map(const QCborValue &value)
    {
        if (!value.isMap())
            m_ok = false;
        return value.toMap();
    }

private:
    bool m_ok = true;
};

} // namespace

Procedure outline(Procedure procedure)
{
    procedure.summary.clear();
    procedure.billingOverview.clear();
    procedure.clinicalContext.clear();
    procedure.sections.clear();
    return procedure;
}

QByteArray encode(const Procedure &procedure)
{
    QCborArray modifiers;
    for (const ModifierRow &row : procedure.modifiers) {
        modifiers.append(QCborMap{{"modifier"_L1, row.modifier},
                                  {"description"_L1, row.description},
                                  {"whenToUse"_L1, row.whenToUse},
                                  {"line"_L1, row.line}});
    }
    QCborArray sections;
    for (const Section &section : procedure.sections)
        sections.append(QCborMap{{"title"_L1, section.title}, {"text"_L1, section.text}});
    QCborArray diagnostics;
    for (const Diagnostic &diagnostic : procedure.diagnostics) {
        diagnostics.append(QCborMap{{"line"_L1, diagnostic.line},
                                    {"severity"_L1, int(diagnostic.severity)},
                                    {"message"_L1, diagnostic.message}});
    }
    const QCborMap record{
        {"code"_L1, procedure.code},
        {"codeSystem"_L1, int(procedure.codeSystem)},
        {"title"_L1, procedure.title},
        {"summary"_L1, strings(procedure.summary)},
        {"payers"_L1, strings(procedure.payers)},
        {"billingOverview"_L1, procedure.billingOverview},
        {"serviceType"_L1, procedure.serviceType},
        {"siteOfService"_L1, procedure.siteOfService},
        {"clinicalContext"_L1, procedure.clinicalContext},
        {"modifiers"_L1, modifiers},
        {"sections"_L1, sections},
        {"missingDataNotes"_L1, strings(procedure.missingDataNotes)},
        {"diagnostics"_L1, diagnostics},
        {"sourceFile"_L1, procedure.source.file},
        {"sourceSha256"_L1, procedure.source.sha256},
        {"sourceBytes"_L1, procedure.source.bytes},
        {"approaches"_L1, strings(procedure.facets.approaches)},
        {"energies"_L1, strings(procedure.facets.energies)},
        {"organs"_L1, strings(procedure.facets.organs)},
    };
    return record.toCborValue().toCbor();
}

std::optional<Procedure> decode(const QByteArray &bytes)
{
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(bytes, &error);
    if (error.error != QCborError::NoError || !value.isMap())
        return std::nullopt;
    const QCborMap record = value.toMap();
    Reader read;
    Procedure procedure;
    procedure.code = read.text(record, "code"_L1);
    procedure.codeSystem = CodeSystem(read.number(record, "codeSystem"_L1, int(CodeSystem::Unknown),
                                                  int(CodeSystem::HcpcsLevelII)));
    procedure.title = read.text(record, "title"_L1);
    procedure.summary = read.strings(record, "summary"_L1);
    procedure.payers = read.strings(record, "payers"_L1);
    procedure.billingOverview = read.text(record, "billingOverview"_L1);
    procedure.serviceType = read.text(record, "serviceType"_L1);
    procedure.siteOfService = read.text(record, "siteOfService"_L1);
    procedure.clinicalContext = read.text(record, "clinicalContext"_L1);
    for (const QCborValue &item : read.array(record, "modifiers"_L1)) {
        const QCborMap map = read.map(item);
        ModifierRow row;
        row.modifier = read.text(map, "modifier"_L1);
        row.description = read.text(map, "description"_L1);
        row.whenToUse = read.text(map, "whenToUse"_L1);
        row.line = int(read.number(map, "line"_L1, 0, INT_MAX));
        procedure.modifiers << row;
    }
    for (const QCborValue &item : read.array(record, "sections"_L1)) {
        const QCborMap map = read.map(item);
        procedure.sections << Section{read.text(map, "title"_L1), read.text(map, "text"_L1)};
    }
    procedure.missingDataNotes = read.strings(record, "missingDataNotes"_L1);
    for (const QCborValue &item : read.array(record, "diagnostics"_L1)) {
        const QCborMap map = read.map(item);
        Diagnostic diagnostic;
        diagnostic.line = int(read.number(map, "line"_L1, 0, INT_MAX));
        diagnostic.severity =
            Severity(read.number(map, "severity"_L1, int(Severity::Info), int(Severity::Error)));
        diagnostic.message = read.text(map, "message"_L1);
        procedure.diagnostics << diagnostic;
    }
    procedure.source.file = read.text(record, "sourceFile"_L1);
    procedure.source.sha256 = read.text(record, "sourceSha256"_L1);
    procedure.source.bytes = read.number(record, "sourceBytes"_L1, 0, std::numeric_limits<qint64>::max());
    procedure.source.origin = Origin::Imported;
    procedure.facets.approaches = read.strings(record, "approaches"_L1);
    procedure.facets.energies = read.strings(record, "energies"_L1);
    procedure.facets.organs = read.strings(record, "organs"_L1);
    if (!read.ok() || procedure.code.isEmpty())
        return std::nullopt;
    return procedure;
}

} // namespace codedesk::ProcedureRecord
