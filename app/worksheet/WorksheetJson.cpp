#include "worksheet/WorksheetJson.h"

#include "core/JsonText.h"

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

namespace {

void appendMember(QString &out, QStringView key, QStringView text, bool first = false)
{
    if (!first)
        out += u", ";
    json::appendKey(out, key);
    json::appendString(out, text);
}

void appendUnknown(QString &out, const QJsonObject &unknown, const QStringList &known)
{
    for (auto it = unknown.begin(); it != unknown.end(); ++it) {
        if (known.contains(it.key()))
            continue; // the known value was written already
        out += u", ";
        json::appendKey(out, it.key());
        json::appendValue(out, it.value());
    }
}

void appendLine(QString &out, const ClaimLine &line)
{
    out += u'{';
    appendMember(out, u"from", json::isoDate(line.from), true);
    appendMember(out, u"to", json::isoDate(line.to));
    appendMember(out, u"placeOfService", line.placeOfService);
    appendMember(out, u"code", line.code);
    out += u", \"modifiers\": [";
    for (qsizetype m = 0; m < line.modifiers.size(); ++m) {
        if (m > 0)
            out += u", ";
        json::appendString(out, line.modifiers.at(m));
    }
    out += u"], \"pointers\": [";
    for (qsizetype p = 0; p < line.pointers.size(); ++p) {
        if (p > 0)
            out += u", ";
        json::appendString(out, pointerLetter(line.pointers.at(p)));
    }
    out += u"], \"units\": "_s + QString::number(line.units);
    if (line.charge)
        appendMember(out, u"charge", line.charge->toString());
    appendMember(out, u"renderingNpi", line.renderingNpi);
    appendUnknown(out, line.unknownKeys, knownLineKeys());
    out += u'}';
}

} // namespace

const QStringList &knownTopLevelKeys()
{
    static const QStringList keys = {u"format"_s, u"version"_s, u"claim"_s, u"diagnoses"_s, u"lines"_s};
    return keys;
}

const QStringList &knownClaimKeys()
{
    static const QStringList keys = {u"patientAccount"_s, u"payer"_s,         u"placeOfService"_s,
                                     u"renderingNpi"_s,   u"dateOfService"_s, u"notes"_s};
    return keys;
}

const QStringList &knownLineKeys()
{
    static const QStringList keys = {u"from"_s,     u"to"_s,    u"placeOfService"_s, u"code"_s,        u"modifiers"_s,
                                     u"pointers"_s, u"units"_s, u"charge"_s,         u"renderingNpi"_s};
    return keys;
}

QByteArray worksheetJson(const WorksheetContent &content)
{
    QString out;
    out.reserve(400 + 260 * content.lines.size());
    out += u"{\n  \"format\": \"codedesk-worksheet\",\n  \"version\": 1,\n  \"claim\": {";
    const ClaimHeader &claim = content.claim;
    appendMember(out, u"patientAccount", claim.patientAccount, true);
    appendMember(out, u"payer", claim.payer);
    appendMember(out, u"placeOfService", claim.placeOfService);
    appendMember(out, u"renderingNpi", claim.renderingNpi);
    appendMember(out, u"dateOfService", json::isoDate(claim.dateOfService));
    appendMember(out, u"notes", claim.notes);
    appendUnknown(out, claim.unknownKeys, knownClaimKeys());
    out += u"},\n  \"diagnoses\": [";
    for (qsizetype i = 0; i < content.diagnoses.size(); ++i) {
        if (i > 0)
            out += u", ";
        json::appendString(out, content.diagnoses.at(i));
    }
    out += u"],\n  \"lines\": [";
    for (qsizetype i = 0; i < content.lines.size(); ++i) {
        out += i > 0 ? u",\n    " : u"\n    ";
        appendLine(out, content.lines.at(i));
    }
    out += content.lines.isEmpty() ? u"]" : u"\n  ]";
    for (auto it = content.unknownKeys.begin(); it != content.unknownKeys.end(); ++it) {
        if (knownTopLevelKeys().contains(it.key()))
            continue;
        out += u",\n  ";
        json::appendKey(out, it.key());
        json::appendValue(out, it.value());
    }
    out += u"\n}\n";
    return out.toUtf8();
}

} // namespace codedesk
