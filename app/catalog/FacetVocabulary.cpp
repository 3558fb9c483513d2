#include "catalog/FacetVocabulary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

namespace {

QString termPattern(QString term)
{
    const bool prefix = term.endsWith(u'*');
    if (prefix)
        term.chop(1);
    return QRegularExpression::escape(term) + (prefix ? u"[\\p{L}\\p{N}-]*"_s : QString());
}

} // namespace

const FacetVocabulary &FacetVocabulary::bundled()
{
    static const FacetVocabulary vocabulary = [] {
        FacetVocabulary loaded;
        QFile file(u":/codedesk/reference/facets.json"_s);
        QString error;
        if (!file.open(QIODevice::ReadOnly) || !loaded.loadJson(file.readAll(), &error))
            qWarning("codedesk: bundled facets.json is unusable: %s", qPrintable(error));
        return loaded;
    }();
    return vocabulary;
}

bool FacetVocabulary::loadJson(const QByteArray &json, QString *error)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    const QJsonArray facets = document.object().value(u"facets"_s).toArray();
    if (facets.isEmpty()) {
        *error = u"expected an object with a non-empty \"facets\" array"_s;
        return false;
    }
    QList<Entry> entries;
    for (const QJsonValue &value : facets) {
        const QJsonObject object = value.toObject();
        QStringList alternatives;
        for (const QJsonValue &term : object.value(u"terms"_s).toArray())
            alternatives << termPattern(term.toString());
        Entry entry;
        entry.facet = object.value(u"facet"_s).toString();
        entry.value = object.value(u"value"_s).toString();
        entry.pattern = QRegularExpression(
            u"(?<![\\p{L}\\p{N}])(?:"_s + alternatives.join(u'|') + u")(?![\\p{L}\\p{N}])"_s,
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        if (entry.facet.isEmpty() || entry.value.isEmpty() || alternatives.isEmpty() || !entry.pattern.isValid()) {
            *error = u"facet entry \"%1\": needs a facet, a value and valid terms"_s.arg(entry.value);
            return false;
        }
        entries.append(entry);
    }
    m_entries = std::move(entries);
    return true;
}

QStringList FacetVocabulary::matches(const QString &facet, const QString &text) const
{
    QStringList values;
    for (const Entry &entry : m_entries) {
        if (entry.facet == facet && !values.contains(entry.value) && entry.pattern.match(text).hasMatch())
            values.append(entry.value);
    }
    return values;
}

Facets FacetVocabulary::derive(const Procedure &procedure) const
{
    const QString primary = procedure.title + u'\n' + procedure.serviceType;
    const auto pick = [&](const QString &facet) {
        QStringList values = matches(facet, primary);
        if (values.isEmpty())
            values = matches(facet, procedure.billingOverview);
        return values;
    };
    Facets facets;
    facets.approaches = pick(u"approach"_s);
    facets.energies = pick(u"energy"_s);
    facets.organs = pick(u"organ"_s);
    return facets;
}

} // namespace codedesk
