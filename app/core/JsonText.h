#pragma once

#include <QDate>
#include <QJsonValue>
#include <QString>
#include <QStringView>

namespace codedesk {

// Writing JSON as text, fast enough for 10,000-line worksheets (QJsonObject building costs
// several times more). Output is valid JSON that QJsonDocument reads back exactly.
namespace json {

void appendString(QString &out, QStringView text);       // quoted and escaped
void appendValue(QString &out, const QJsonValue &value); // any value, compact
void appendKey(QString &out, QStringView key);           // "key":
QString isoDate(QDate date);                             // "2026-11-02"; empty when invalid

} // namespace json

} // namespace codedesk
