#include "export/DocumentationChecklist.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

DocumentationChecklist DocumentationChecklist::bundled()
{
    DocumentationChecklist checklist;
    QFile file(u":/codedesk/reference/documentation-checklist.json"_s);
    QString error;
    if (!file.open(QIODevice::ReadOnly) || !checklist.loadJson(file.readAll(), &error))
        qWarning("bundled documentation checklist unreadable: %s", qPrintable(error));
    return checklist;
}

bool DocumentationChecklist::loadJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        *error = parseError.error != QJsonParseError::NoError ? parseError.errorString() : u"not a JSON object"_s;
        return false;
    }
    const QJsonObject root = document.object();
    if (root.value(u"format"_s).toString() != u"codedesk-documentation-checklist") {
        *error = u"not a documentation checklist"_s;
        return false;
    }
    QList<Item> items;
    const QJsonArray array = root.value(u"items"_s).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        Item item;
        item.id = object.value(u"id"_s).toString();
        item.label = object.value(u"label"_s).toString();
        for (const QJsonValue keyword : object.value(u"keywords"_s).toArray()) {
            if (!keyword.toString().trimmed().isEmpty())
                item.keywords << keyword.toString().trimmed();
        }
        item.source = object.value(u"source"_s).toString();
        item.date = object.value(u"date"_s).toString();
        if (item.label.isEmpty() || item.keywords.isEmpty() || item.source.isEmpty() || item.date.isEmpty()) {
            *error = u"item %1: needs a label, keywords, a source and a date"_s.arg(i + 1);
            return false;
        }
        items << item;
    }
    m_items = items;
    m_source = root.value(u"source"_s).toString();
    m_date = root.value(u"date"_s).toString();
    return true;
}

QList<DocumentationChecklist::Match> DocumentationChecklist::matches(const QString &clinicalContext) const
{
    QList<Match> result;
    if (clinicalContext.trimmed().isEmpty())
        return result;
    for (const Item &item : m_items) {
        for (const QString &keyword : item.keywords) {
            const QRegularExpression pattern(u"(?<!\\w)"_s + QRegularExpression::escape(keyword) + u"(?!\\w)"_s,
                                             QRegularExpression::CaseInsensitiveOption |
                                                 QRegularExpression::UseUnicodePropertiesOption);
            const QRegularExpressionMatch match = pattern.match(clinicalContext);
            if (match.hasMatch()) {
                result << Match{item.id, item.label, match.captured()};
                break;
            }
        }
    }
    return result;
}

} // namespace codedesk
