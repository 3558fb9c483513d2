#pragma once

#include "worksheet/WorksheetContent.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

class QIODevice;

namespace codedesk {

// Writes a worksheet's claim for a billing system as JSON: {format: "codedesk-claim-export",
// version, claim: {...}, diagnoses: [{pointer, code}], lines: [{line, from, to, placeOfService,
// code, modifiers, pointers, units, charge, renderingNpi}], totalCharge}. Lines carry the
// effective (inherited) values; charges are exact decimal strings ("4200.00"); missing dates and
// charges are null.
class JsonWriter final
{
public:
    static QString formatName(); // "codedesk-claim-export"

    bool write(QIODevice *device, const WorksheetContent &content);
    QString errorString() const { return m_error; }

    static QByteArray toJson(const WorksheetContent &content);
    static QJsonObject toJsonObject(const WorksheetContent &content); // toJson() parsed

private:
    QString m_error;
};

} // namespace codedesk
