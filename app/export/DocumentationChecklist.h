#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace codedesk {

// What a coder confirms in the operative note before billing, drawn from the report's clinical
// context: an item applies when one of its keywords occurs there as a whole word. The items and
// their keywords are data (resources/reference/documentation-checklist.json) with a source.
class DocumentationChecklist final
{
public:
    struct Item
    {
        QString id;
        QString label;
        QStringList keywords;
        QString source;
        QString date;
    };

    struct Match
    {
        QString id;
        QString label;
        QString evidence; // the words as the report writes them
    };

    static DocumentationChecklist bundled();
    bool loadJson(const QByteArray &json, QString *error);

    QList<Item> items() const { return m_items; }
    QString source() const { return m_source; }
    QString date() const { return m_date; }

    // The items the text mentions, in the checklist's order.
    QList<Match> matches(const QString &clinicalContext) const;

private:
    QList<Item> m_items;
    QString m_source;
    QString m_date;
};

} // namespace codedesk
