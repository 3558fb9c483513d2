#include "export/JsonWriter.h"

#include "export/PrivateFileSaver.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

namespace {

QJsonValue dateValue(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString JsonWriter::formatName()
{
    return u"codedesk-claim-export"_s;
}

QJsonObject JsonWriter::toJsonObject(const WorksheetContent &content)
{
    const ClaimHeader &claim = content.claim;
    QJsonArray diagnoses;
    for (qsizetype i = 0; i < content.diagnoses.size(); ++i)
        diagnoses.append(QJsonObject{{u"pointer"_s, pointerLetter(int(i))}, {u"code"_s, content.diagnoses.at(i)}});

    QJsonArray lines;
    for (qsizetype i = 0; i < content.lines.size(); ++i) {
        const ClaimLine &line = content.lines.at(i);
        QJsonArray pointers;
        for (int pointer : line.pointers)
            pointers.append(pointerLetter(pointer));
        lines.append(QJsonObject{
            {u"line"_s, int(i + 1)},
            {u"from"_s, dateValue(line.effectiveFrom(claim))},
            {u"to"_s, dateValue(line.effectiveTo(claim))},
            {u"placeOfService"_s, line.effectivePlaceOfService(claim)},
            {u"code"_s, line.code},
            {u"modifiers"_s, QJsonArray::fromStringList(line.modifiers)},
            {u"pointers"_s, pointers},
            {u"units"_s, line.units},
            {u"charge"_s, line.charge ? QJsonValue(line.charge->toString()) : QJsonValue(QJsonValue::Null)},
            {u"renderingNpi"_s, line.effectiveRenderingNpi(claim)},
        });
    }

    return QJsonObject{
        {u"format"_s, formatName()},
        {u"version"_s, 1},
        {u"claim"_s, QJsonObject{{u"patientAccount"_s, claim.patientAccount},
                                 {u"payer"_s, claim.payer},
                                 {u"placeOfService"_s, claim.placeOfService},
                                 {u"renderingNpi"_s, claim.renderingNpi},
                                 {u"dateOfService"_s, dateValue(claim.dateOfService)},
                                 {u"notes"_s, claim.notes}}},
        {u"diagnoses"_s, diagnoses},
        {u"lines"_s, lines},
        {u"totalCharge"_s, content.totalCharge().toString()},
    };
}

bool JsonWriter::write(QIODevice *device, const WorksheetContent &content)
{
    m_error.clear();
    return writeAll(device, QJsonDocument(toJsonObject(content)).toJson(QJsonDocument::Indented), &m_error);
}

} // namespace codedesk
