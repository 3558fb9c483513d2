#include "reference/SearchSynonyms.h"

#include "reference/ReferenceJson.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

namespace {

// Lower-case words of letters and digits joined by one space, as the search folds a query (a
// possessive's lone "s" dropped: "golfer's elbow" is "golfer elbow").
QString foldPhrase(const QString &text)
{
    QStringList words;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty() && word != u"s"_s)
            words << word;
        word.clear();
    };
    for (const QChar c : text.toCaseFolded()) {
        if (c.isLetterOrNumber())
            word += c;
        else
            flush();
    }
    flush();
    return words.join(u' ');
}

} // namespace

QString SearchSynonym::label() const
{
    return term + u": "_s + meaning;
}

const SearchSynonyms &SearchSynonyms::bundled()
{
    static const SearchSynonyms table = [] {
        SearchSynonyms loaded;
        QString error;
        if (!loaded.loadJson(bundledReference(u"search-synonyms.json"_s), &error))
            qWarning("codedesk: bundled search-synonyms.json is unusable: %s", qPrintable(error));
        return loaded;
    }();
    return table;
}

bool SearchSynonyms::loadJson(const QByteArray &json, QString *error)
{
    QList<QJsonObject> entries;
    if (!readReferenceTable(json, u"codedesk-search-synonyms"_s, u"terms"_s, &entries, error))
        return false;
    SearchSynonyms table;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject &object = entries.at(i);
        SearchSynonym entry;
        entry.term = object.value(u"term"_s).toString().trimmed();
        entry.meaning = object.value(u"meaning"_s).toString().trimmed();
        entry.source = object.value(u"source"_s).toString();
        entry.date = object.value(u"date"_s).toString();
        entry.searchAs << foldPhrase(entry.meaning);
        for (const QJsonValue &value : object.value(u"searchAs"_s).toArray()) {
            const QString phrase = foldPhrase(value.toString());
            if (!phrase.isEmpty() && !entry.searchAs.contains(phrase))
                entry.searchAs << phrase;
        }
        const QString key = foldPhrase(entry.term);
        if (key.isEmpty() || entry.searchAs.first().isEmpty()) {
            *error = u"\"terms\" entry %1: needs a term and a meaning"_s.arg(i + 1);
            return false;
        }
        if (table.m_byPhrase.contains(key)) {
            *error = u"\"terms\" entry %1: %2 is listed twice"_s.arg(i + 1).arg(entry.term);
            return false;
        }
        table.m_byPhrase.insert(key, table.m_entries.size());
        table.m_maxWords = std::max(table.m_maxWords, int(key.count(u' ')) + 1);
        table.m_entries.append(entry);
    }
    *this = std::move(table);
    return true;
}

const SearchSynonym *SearchSynonyms::find(const QString &phrase) const
{
    const auto it = m_byPhrase.constFind(phrase);
    return it == m_byPhrase.cend() ? nullptr : &m_entries.at(*it);
}

} // namespace codedesk
