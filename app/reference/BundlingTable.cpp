#include "reference/BundlingTable.h"

#include "reference/ReferenceJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

namespace {

QStringList upperCodes(const QJsonValue &value)
{
    QStringList codes;
    for (const QJsonValue code : value.toArray())
        codes << code.toString().trimmed().toUpper();
    codes.removeAll(QString());
    return codes;
}

// A list the table may leave out (older tables have none): empty then, but checked when present.
bool readOptional(const QByteArray &json, const QString &key, QList<QJsonObject> *entries, QString *error)
{
    entries->clear();
    if (!QJsonDocument::fromJson(json).object().contains(key))
        return true;
    return readReferenceTable(json, u"codedesk-bundling"_s, key, entries, error);
}

} // namespace

BundlingTable BundlingTable::bundled()
{
    BundlingTable table;
    QString error;
    if (!table.loadJson(bundledReference(u"bundling.json"_s), &error))
        qWarning("codedesk: bundled bundling.json is unusable: %s", qPrintable(error));
    return table;
}

bool BundlingTable::loadJson(const QByteArray &json, QString *error)
{
    QList<QJsonObject> included;
    QList<QJsonObject> groups;
    if (!readReferenceTable(json, u"codedesk-bundling"_s, u"includedServices"_s, &included, error) ||
        !readReferenceTable(json, u"codedesk-bundling"_s, u"sameOrganGroups"_s, &groups, error))
        return false;

    QHash<QString, IncludedServices> byCode;
    for (qsizetype i = 0; i < included.size(); ++i) {
        IncludedServices entry;
        entry.code = included.at(i).value(u"code"_s).toString().trimmed().toUpper();
        entry.includes = upperCodes(included.at(i).value(u"includes"_s));
        entry.reason = included.at(i).value(u"reason"_s).toString();
        entry.source = included.at(i).value(u"source"_s).toString();
        entry.date = included.at(i).value(u"date"_s).toString();
        if (entry.code.isEmpty() || entry.includes.isEmpty()) {
            *error = u"\"includedServices\" entry %1: needs a code and the codes it includes"_s.arg(i + 1);
            return false;
        }
        byCode.insert(entry.code, entry);
    }

    QList<SameOrganGroup> organGroups;
    QHash<QString, qsizetype> groupOfCode;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        SameOrganGroup group;
        group.name = groups.at(i).value(u"name"_s).toString();
        group.organ = groups.at(i).value(u"organ"_s).toString();
        group.codes = upperCodes(groups.at(i).value(u"codes"_s));
        group.reason = groups.at(i).value(u"reason"_s).toString();
        group.distinctModifiers = upperCodes(groups.at(i).value(u"distinctModifiers"_s));
        group.source = groups.at(i).value(u"source"_s).toString();
        group.date = groups.at(i).value(u"date"_s).toString();
        if (group.organ.isEmpty() || group.codes.size() < 2) {
            *error = u"\"sameOrganGroups\" entry %1: needs an organ and at least two codes"_s.arg(i + 1);
            return false;
        }
        for (const QString &code : std::as_const(group.codes))
            groupOfCode.insert(code, organGroups.size());
        organGroups << group;
    }
    QList<OpenConversion> conversions;
    QList<QJsonObject> entries;
    if (!readOptional(json, u"conversions"_s, &entries, error))
        return false;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        OpenConversion entry;
        entry.laparoscopic = upperCodes(entries.at(i).value(u"laparoscopic"_s));
        entry.open = upperCodes(entries.at(i).value(u"open"_s));
        entry.reason = entries.at(i).value(u"reason"_s).toString();
        entry.source = entries.at(i).value(u"source"_s).toString();
        entry.date = entries.at(i).value(u"date"_s).toString();
        if (entry.laparoscopic.isEmpty() || entry.open.isEmpty()) {
            *error = u"\"conversions\" entry %1: needs laparoscopic and open codes"_s.arg(i + 1);
            return false;
        }
        conversions << entry;
    }
    QList<DistinctServiceModifier> distinct;
    if (!readOptional(json, u"distinctServiceModifiers"_s, &entries, error))
        return false;
    for (const QJsonObject &object : std::as_const(entries)) {
        distinct << DistinctServiceModifier{object.value(u"modifier"_s).toString().trimmed().toUpper(),
                                            object.value(u"situation"_s).toString(),
                                            object.value(u"source"_s).toString(), object.value(u"date"_s).toString()};
    }
    QStringList ncciModifiers;
    QString ncciSource;
    if (!readOptional(json, u"ncciAssociatedModifiers"_s, &entries, error))
        return false;
    for (const QJsonObject &object : std::as_const(entries)) {
        ncciModifiers << upperCodes(object.value(u"modifiers"_s));
        ncciSource = sourceWithDate(object.value(u"source"_s).toString(), object.value(u"date"_s).toString());
    }
    m_conversions = std::move(conversions);
    m_distinct = std::move(distinct);
    m_ncciModifiers = std::move(ncciModifiers);
    m_ncciModifierSource = ncciSource;
    m_included = std::move(byCode);
    m_groups = std::move(organGroups);
    m_groupOfCode = std::move(groupOfCode);
    return true;
}

const IncludedServices *BundlingTable::includedServices(const QString &code) const
{
    const auto it = m_included.constFind(code.trimmed().toUpper());
    return it == m_included.constEnd() ? nullptr : &it.value();
}

const SameOrganGroup *BundlingTable::sameOrganGroup(const QString &code) const
{
    const auto it = m_groupOfCode.constFind(code.trimmed().toUpper());
    return it == m_groupOfCode.constEnd() ? nullptr : &m_groups.at(it.value());
}

const OpenConversion *BundlingTable::conversion(const QString &laparoscopic, const QString &open) const
{
    for (const OpenConversion &entry : m_conversions) {
        if (entry.laparoscopic.contains(laparoscopic) && entry.open.contains(open))
            return &entry;
    }
    return nullptr;
}

QString BundlingTable::distinctServiceAdvice() const
{
    QStringList choices;
    for (const DistinctServiceModifier &entry : m_distinct)
        choices << u"%1 for %2"_s.arg(entry.modifier, entry.situation);
    if (choices.size() < 2)
        return choices.join(QString());
    const QString last = choices.takeLast();
    return choices.join(u"; "_s) + u"; or "_s + last;
}

QStringList BundlingTable::codes() const
{
    QSet<QString> all;
    for (const IncludedServices &entry : m_included) {
        all.insert(entry.code);
        for (const QString &code : entry.includes)
            all.insert(code);
    }
    for (const QString &code : m_groupOfCode.keys())
        all.insert(code);
    for (const OpenConversion &entry : m_conversions) {
        for (const QString &code : entry.laparoscopic + entry.open)
            all.insert(code);
    }
    return QStringList(all.begin(), all.end());
}

} // namespace codedesk
