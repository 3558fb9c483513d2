#include "reference/ReferenceJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

bool readReferenceTable(const QByteArray &json, const QString &format, const QString &arrayKey,
                        QList<QJsonObject> *entries, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = u"not JSON at offset %1: %2"_s.arg(parseError.offset).arg(parseError.errorString());
        return false;
    }
    const QJsonObject root = document.object();
    if (root.value(u"format"_s).toString() != format) {
        *error = u"not a %1 table"_s.arg(format);
        return false;
    }
    if (!root.value(arrayKey).isArray()) {
        *error = u"missing \"%1\" list"_s.arg(arrayKey);
        return false;
    }
    entries->clear();
    const QJsonArray array = root.value(arrayKey).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject entry = array.at(i).toObject();
        if (entry.value(u"source"_s).toString().isEmpty() || entry.value(u"date"_s).toString().isEmpty()) {
            *error = u"\"%1\" entry %2: every entry needs a source and a date"_s.arg(arrayKey).arg(i + 1);
            return false;
        }
        entries->append(entry);
    }
    return true;
}

QByteArray bundledReference(const QString &name)
{
    QFile file(u":/codedesk/reference/"_s + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString sourceWithDate(const QString &source, const QString &date)
{
    if (date.isEmpty() || source.contains(date))
        return source;
    return u"%1 (%2)"_s.arg(source, date);
}

} // namespace codedesk
