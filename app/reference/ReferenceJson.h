#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace codedesk {

// Reads one of CodeDesk's own reference tables (units, bundling, E/M, diagnoses): a JSON object
// with {format, version, source, date, <arrayKey>: [entries]}, where every entry names its own
// source and date. Returns false with *error set when the shape is wrong or an entry lacks them.
bool readReferenceTable(const QByteArray &json, const QString &format, const QString &arrayKey,
                        QList<QJsonObject> *entries, QString *error);

// The bundled bytes of ":/codedesk/reference/<name>"; empty when missing.
QByteArray bundledReference(const QString &name);

// "CMS ... (2025-09-11)": a source with its date, as findings and the UI show it.
QString sourceWithDate(const QString &source, const QString &date);

} // namespace codedesk
