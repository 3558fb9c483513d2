#include "export/JsonWriter.h"

#include "core/JsonText.h"
#include "core/PrivateFileSaver.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

namespace {

void appendText(QString &out, QStringView key, QStringView text)
{
    out += u", ";
    json::appendKey(out, key);
    json::appendString(out, text);
}

void appendDate(QString &out, QStringView key, QDate date)
{
    out += u", ";
    json::appendKey(out, key);
    if (date.isValid())
        json::appendString(out, json::isoDate(date));
    else
        out += u"null";
}

void appendLetters(QString &out, QStringView key, const QStringList &items)
{
    out += u", ";
    json::appendKey(out, key);
    out += u'[';
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += u", ";
        json::appendString(out, items.at(i));
    }
    out += u']';
}

} // namespace

QString JsonWriter::formatName()
{
    return u"codedesk-claim-export"_s;
}

QByteArray JsonWriter::toJson(const WorksheetContent &content)
{
    const ClaimHeader &claim = content.claim;
    QString out;
    out.reserve(400 + 280 * content.lines.size());
    out += u"{\n  \"format\": \"codedesk-claim-export\",\n  \"version\": 1,\n  \"claim\": {";
    json::appendKey(out, u"patientAccount");
    json::appendString(out, claim.patientAccount);
    appendText(out, u"payer", claim.payer);
    appendText(out, u"placeOfService", claim.placeOfService);
    appendText(out, u"renderingNpi", claim.renderingNpi);
    appendDate(out, u"dateOfService", claim.dateOfService);
    appendText(out, u"notes", claim.notes);
    out += u"},\n  \"diagnoses\": [";
    for (qsizetype i = 0; i < content.diagnoses.size(); ++i) {
        out += i > 0 ? u", {\"pointer\": " : u"{\"pointer\": ";
        json::appendString(out, pointerLetter(int(i)));
        appendText(out, u"code", content.diagnoses.at(i));
        out += u'}';
    }
    out += u"],\n  \"lines\": [";
    for (qsizetype i = 0; i < content.lines.size(); ++i) {
        const ClaimLine &line = content.lines.at(i);
        out += i > 0 ? u",\n    {\"line\": " : u"\n    {\"line\": ";
        out += QString::number(i + 1);
        appendDate(out, u"from", line.effectiveFrom(claim));
        appendDate(out, u"to", line.effectiveTo(claim));
        appendText(out, u"placeOfService", line.effectivePlaceOfService(claim));
        appendText(out, u"code", line.code);
        appendLetters(out, u"modifiers", line.modifiers);
        QStringList pointers;
        for (int pointer : line.pointers)
            pointers << pointerLetter(pointer);
        appendLetters(out, u"pointers", pointers);
        out += u", \"units\": "_s + QString::number(line.units) + u", \"charge\": "_s;
        if (line.charge)
            json::appendString(out, line.charge->toString());
        else
            out += u"null";
        appendText(out, u"renderingNpi", line.effectiveRenderingNpi(claim));
        out += u'}';
    }
    out += content.lines.isEmpty() ? u"],\n  \"totalCharge\": " : u"\n  ],\n  \"totalCharge\": ";
    json::appendString(out, content.totalCharge().toString());
    out += u"\n}\n";
    return out.toUtf8();
}

QJsonObject JsonWriter::toJsonObject(const WorksheetContent &content)
{
    return QJsonDocument::fromJson(toJson(content)).object();
}

bool JsonWriter::write(QIODevice *device, const WorksheetContent &content)
{
    m_error.clear();
    return writeAll(device, toJson(content), &m_error);
}

} // namespace codedesk
