#include "codesets/PlaceOfServiceImporter.h"

#include "codesets/CsvLine.h"
#include "codesets/LineReader.h"
#include "codesets/TextDecoding.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

namespace {

// "1" -> "01"; anything but one or two digits is not a place-of-service code.
QString normalisedCode(const QString &text)
{
    const QString code = text.trimmed();
    if (code.isEmpty() || code.size() > 2)
        return {};
    for (const QChar c : code) {
        if (!c.isDigit())
            return {};
    }
    return code.rightJustified(2, u'0');
}

bool addPlace(PlaceOfServiceResult &result, QSet<QString> &seen, int line, const QString &rawCode, const QString &name,
              const QString &description)
{
    const QString code = normalisedCode(rawCode);
    if (code.isEmpty()) {
        result.problems.append({line, u"'%1' is not a place-of-service code (two digits)"_s.arg(rawCode.trimmed())});
        return false;
    }
    if (name.trimmed().isEmpty()) {
        result.problems.append({line, u"place of service %1 has no name"_s.arg(code)});
        return false;
    }
    if (seen.contains(code)) {
        result.problems.append({line, u"place of service %1 appears twice; the first is kept"_s.arg(code)});
        return false;
    }
    seen.insert(code);
    result.places.append({code, name.simplified(), description.simplified()});
    return true;
}

} // namespace

PlaceOfServiceResult PlaceOfServiceImporter::parse(const QByteArray &bytes, const ImportControl &control)
{
    if (control.cancelled()) {
        PlaceOfServiceResult cancelled;
        cancelled.cancelled = true;
        return cancelled;
    }
    const QByteArrayView head = QByteArrayView(bytes).trimmed();
    PlaceOfServiceResult result = head.startsWith('[') || head.startsWith('{') ? parseJson(bytes) : parseCsv(bytes);
    if (result.error.isEmpty() && result.places.isEmpty())
        result.error = u"no place-of-service codes in the file"_s;
    control.report(1.0);
    return result;
}

PlaceOfServiceResult PlaceOfServiceImporter::parseJson(const QByteArray &bytes)
{
    PlaceOfServiceResult result;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        result.error = u"not valid JSON at byte %1: %2"_s.arg(error.offset).arg(error.errorString());
        return result;
    }
    if (!document.isArray()) {
        result.error = u"expected a JSON array of place-of-service objects"_s;
        return result;
    }
    QSet<QString> seen;
    const QJsonArray array = document.array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        const QJsonValue code = object.value(u"placeOfServiceCode"_s);
        const QString codeText = code.isDouble() ? QString::number(code.toInt()) : code.toString();
        addPlace(result, seen, int(i + 1), codeText, object.value(u"placeOfServiceName"_s).toString(),
                 object.value(u"placeOfServiceDescription"_s).toString());
    }
    return result;
}

PlaceOfServiceResult PlaceOfServiceImporter::parseCsv(const QByteArray &bytes)
{
    PlaceOfServiceResult result;
    QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF"))
        view = view.sliced(3);
    LineReader reader(view);
    QByteArrayView raw;
    QSet<QString> seen;
    while (reader.next(&raw)) {
        const QString line = decodeUtf8OrWindows1252(raw);
        if (line.trimmed().isEmpty())
            continue;
        bool ok = true;
        const QStringList cells = splitCsvLine(line, &ok);
        if (reader.lineNumber() == 1 && normalisedCode(cells.value(0)).isEmpty() &&
            cells.value(0).trimmed().compare(u"code"_s, Qt::CaseInsensitive) == 0)
            continue; // header
        if (!ok || cells.size() < 2) {
            result.problems.append({reader.lineNumber(), u"expected code,name,description"_s});
            continue;
        }
        addPlace(result, seen, reader.lineNumber(), cells.at(0), cells.at(1), cells.mid(2).join(u','));
    }
    return result;
}

} // namespace codedesk
