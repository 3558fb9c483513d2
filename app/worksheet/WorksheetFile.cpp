#include "worksheet/WorksheetFile.h"

#include "core/BoundedReader.h"
#include "core/InputLimits.h"
#include "core/PrivateFileSaver.h"
#include "worksheet/WorksheetJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

namespace {

// Why a text field's value cannot be read, or empty: a NUL character, or longer than its limit.
QString fieldProblem(const QString &text, qsizetype limit)
{
    if (text.contains(QChar(u'\0')))
        return u"contains a NUL character (U+0000), which no field may hold"_s;
    if (text.size() > limit) {
        const QLocale english(QLocale::English);
        return u"is %1 characters, the limit is %2"_s.arg(english.toString(text.size()), english.toString(limit));
    }
    return {};
}

QJsonObject unknownKeys(const QJsonObject &object, const QStringList &known)
{
    QJsonObject unknown;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            unknown.insert(it.key(), it.value());
    }
    return unknown;
}

// Reads the known keys of one JSON object; the first problem wins and names where it is.
class ObjectReader final
{
public:
    ObjectReader(const QJsonObject &object, QString where, QString *error)
        : m_object(object)
        , m_where(std::move(where))
        , m_error(error)
    {}

    bool ok() const { return m_ok; }

    bool fail(const QString &key, const QString &problem)
    {
        if (m_ok)
            *m_error = u"%1\"%2\" %3"_s.arg(m_where, key, problem);
        m_ok = false;
        return false;
    }

    QString text(const QString &key, qsizetype limit = InputLimits::fieldCharacters)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isString())
            fail(key, u"must be a string"_s);
        return checked(key, value.toString(), limit).trimmed();
    }

    // The text itself, or empty after failing when it holds a NUL or is too long.
    QString checked(const QString &key, const QString &text, qsizetype limit = InputLimits::fieldCharacters)
    {
        const QString problem = fieldProblem(text, limit);
        if (problem.isEmpty())
            return text;
        fail(key, problem);
        return {};
    }

    QDate date(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull() || (value.isString() && value.toString().trimmed().isEmpty()))
            return {};
        const QDate parsed = QDate::fromString(value.toString().trimmed(), Qt::ISODate);
        if (!value.isString() || !parsed.isValid())
            fail(key, u"must be an ISO 8601 date such as 2026-11-02"_s);
        return parsed;
    }

    QJsonArray array(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isUndefined() && !value.isNull() && !value.isArray())
            fail(key, u"must be a list"_s);
        return value.toArray();
    }

    const QJsonObject &object() const { return m_object; }

private:
    QJsonObject m_object;
    QString m_where;
    QString *m_error;
    bool m_ok = true;
};

bool readLine(const QJsonValue &value, int number, ClaimLine *line, QString *error)
{
    const QString where = u"claim line %1: "_s.arg(number);
    if (!value.isObject()) {
        *error = where + u"must be an object"_s;
        return false;
    }
    ObjectReader reader(value.toObject(), where, error);
    line->from = reader.date(u"from"_s);
    line->to = reader.date(u"to"_s);
    line->placeOfService = reader.text(u"placeOfService"_s);
    line->code = reader.text(u"code"_s);
    line->renderingNpi = reader.text(u"renderingNpi"_s);
    for (const QJsonValue modifier : reader.array(u"modifiers"_s)) {
        if (!modifier.isString())
            return reader.fail(u"modifiers"_s, u"must hold strings such as \"26\""_s);
        line->modifiers << reader.checked(u"modifiers"_s, modifier.toString()).trimmed();
    }
    for (const QJsonValue pointer : reader.array(u"pointers"_s)) {
        const auto index = pointer.isString() ? pointerIndex(pointer.toString())
                           : pointer.isDouble() && pointer.toDouble() == pointer.toInt()
                               ? pointerIndex(QString::number(pointer.toInt()))
                               : std::nullopt;
        if (!index)
            return reader.fail(u"pointers"_s, u"must hold diagnosis letters A to L (or numbers 1 to 12)"_s);
        line->pointers << *index;
    }
    const QJsonValue units = reader.object().value(u"units"_s);
    if (units.isDouble() && units.toDouble() == double(units.toInt()))
        line->units = units.toInt();
    else if (!units.isUndefined() && !units.isNull())
        return reader.fail(u"units"_s, u"must be a whole number"_s);
    const QJsonValue charge = reader.object().value(u"charge"_s);
    if (!charge.isUndefined() && !charge.isNull() && !(charge.isString() && charge.toString().trimmed().isEmpty())) {
        QString problem;
        line->charge = Money::fromJson(charge, Money::Sign::NonNegative, &problem);
        if (!line->charge)
            return reader.fail(u"charge"_s, u"is not valid: "_s + problem);
    }
    line->unknownKeys = unknownKeys(reader.object(), knownLineKeys());
    return reader.ok();
}

int lineOfOffset(const QByteArray &bytes, qsizetype offset)
{
    return int(bytes.left(offset).count('\n')) + 1;
}

} // namespace

QString WorksheetFile::formatName()
{
    return u"codedesk-worksheet"_s;
}

QString WorksheetFile::suffix()
{
    return u"codedesk"_s;
}

WorksheetFile::WorksheetFile(QString path)
    : m_path(std::move(path))
{}

std::optional<WorksheetContent> WorksheetFile::fromJson(const QByteArray &json, QString *error, int *errorLine)
{
    QString ignored;
    if (!error)
        error = &ignored;
    if (errorLine)
        *errorLine = 0;
    // Editors on Windows like to start UTF-8 with a byte order mark; JSON does not allow one.
    const QByteArray bytes = json.startsWith("\xEF\xBB\xBF") ? json.mid(3) : json;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (errorLine)
            *errorLine = lineOfOffset(bytes, parseError.offset);
        *error = u"not a CodeDesk worksheet: the JSON is damaged (%1)"_s.arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject top = document.object();
    if (!document.isObject() || top.value(u"format"_s).toString() != formatName()) {
        *error = u"not a CodeDesk worksheet (\"format\" is not \"%1\")"_s.arg(formatName());
        return std::nullopt;
    }
    const QJsonValue versionValue = top.value(u"version"_s);
    if (!versionValue.isDouble() || versionValue.toDouble() != double(versionValue.toInt()) ||
        versionValue.toInt() < 1) {
        *error = u"damaged worksheet: \"version\" must be a whole number"_s;
        return std::nullopt;
    }
    if (versionValue.toInt() > version) {
        *error = u"written by a newer CodeDesk (worksheet version %1; this version reads version %2): "
                 "open it with a newer CodeDesk"_s.arg(versionValue.toInt())
                     .arg(version);
        return std::nullopt;
    }
    if (!top.value(u"lines"_s).isArray()) {
        *error = u"damaged worksheet: \"lines\" is missing or not a list"_s;
        return std::nullopt;
    }
    if (!top.value(u"claim"_s).isUndefined() && !top.value(u"claim"_s).isNull() && !top.value(u"claim"_s).isObject()) {
        *error = u"damaged worksheet: \"claim\" must be an object"_s;
        return std::nullopt;
    }

    WorksheetContent content;
    ObjectReader claim(top.value(u"claim"_s).toObject(), u"claim: "_s, error);
    content.claim.patientAccount = claim.text(u"patientAccount"_s);
    content.claim.payer = claim.text(u"payer"_s);
    content.claim.placeOfService = claim.text(u"placeOfService"_s);
    content.claim.renderingNpi = claim.text(u"renderingNpi"_s);
    content.claim.dateOfService = claim.date(u"dateOfService"_s);
    const QJsonValue notes = claim.object().value(u"notes"_s);
    if (notes.isString())
        content.claim.notes = claim.checked(u"notes"_s, notes.toString(), InputLimits::notesCharacters);
    else if (!notes.isUndefined() && !notes.isNull())
        claim.fail(u"notes"_s, u"must be a string"_s);
    content.claim.unknownKeys = unknownKeys(claim.object(), knownClaimKeys());
    if (!claim.ok())
        return std::nullopt;

    ObjectReader root(top, QString(), error);
    for (const QJsonValue diagnosis : root.array(u"diagnoses"_s)) {
        if (!diagnosis.isString()) {
            root.fail(u"diagnoses"_s, u"must hold ICD-10-CM codes as strings"_s);
            break;
        }
        content.diagnoses << root.checked(u"diagnoses"_s, diagnosis.toString()).trimmed();
        if (!root.ok())
            break;
    }
    if (!root.ok())
        return std::nullopt;

    const QJsonArray lines = top.value(u"lines"_s).toArray();
    content.lines.reserve(lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        ClaimLine line;
        if (!readLine(lines.at(i), int(i) + 1, &line, error))
            return std::nullopt;
        content.lines << std::move(line);
    }
    content.unknownKeys = unknownKeys(top, knownTopLevelKeys());
    return content;
}

QByteArray WorksheetFile::toJson(const WorksheetContent &content)
{
    return worksheetJson(content);
}

bool WorksheetFile::writeTo(QIODevice *device, const WorksheetContent &content, QString *error)
{
    return writeAll(device, toJson(content), error);
}

std::optional<WorksheetContent> WorksheetFile::read()
{
    BoundedReader reader(InputLimits::worksheetBytes, u"a worksheet"_s);
    const std::optional<QByteArray> bytes = reader.readFile(m_path);
    if (!bytes) {
        m_error = u"%1: %2"_s.arg(m_path, reader.errorString());
        return std::nullopt;
    }
    QString reason;
    int line = 0;
    auto content = fromJson(*bytes, &reason, &line);
    if (!content)
        m_error = line > 0 ? u"%1:%2: %3"_s.arg(m_path).arg(line).arg(reason) : u"%1: %2"_s.arg(m_path, reason);
    return content;
}

bool WorksheetFile::write(const WorksheetContent &content)
{
    const QByteArray bytes = toJson(content);
    return savePrivateFile(
        m_path, [&bytes](QIODevice *device, QString *error) { return writeAll(device, bytes, error); }, &m_error);
}

} // namespace codedesk
