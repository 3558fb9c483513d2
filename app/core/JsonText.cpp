#include "core/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace codedesk::json {

void appendString(QString &out, QStringView text)
{
    static constexpr char16_t hex[] = u"0123456789abcdef";
    out += u'"';
    for (QChar c : text) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'"':
            out += u"\\\"";
            break;
        case u'\\':
            out += u"\\\\";
            break;
        case u'\n':
            out += u"\\n";
            break;
        case u'\r':
            out += u"\\r";
            break;
        case u'\t':
            out += u"\\t";
            break;
        default:
            if (u < 0x20) {
                out += u"\\u00";
                out += QChar(hex[u >> 4]);
                out += QChar(hex[u & 0xF]);
            } else {
                out += c;
            }
        }
    }
    out += u'"';
}

void appendKey(QString &out, QStringView key)
{
    appendString(out, key);
    out += u": ";
}

void appendValue(QString &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += u"null";
        return;
    case QJsonValue::Bool:
        out += value.toBool() ? u"true" : u"false";
        return;
    case QJsonValue::String:
        appendString(out, value.toString());
        return;
    default: {
        // Numbers, arrays and objects the way Qt writes them (doubles round-trip exactly).
        const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        out += QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
    }
    }
}

QString isoDate(QDate date)
{
    int year = 0;
    int month = 0;
    int day = 0;
    if (!date.isValid())
        return {};
    date.getDate(&year, &month, &day);
    if (year < 0 || year > 9999)
        return date.toString(Qt::ISODate);
    const char16_t text[] = {char16_t(u'0' + year / 1000),
                             char16_t(u'0' + year / 100 % 10),
                             char16_t(u'0' + year / 10 % 10),
                             char16_t(u'0' + year % 10),
                             u'-',
                             char16_t(u'0' + month / 10),
                             char16_t(u'0' + month % 10),
                             u'-',
                             char16_t(u'0' + day / 10),
                             char16_t(u'0' + day % 10)};
    return QString(reinterpret_cast<const QChar *>(text), 10);
}

} // namespace codedesk::json
