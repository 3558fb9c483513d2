#include "reference/BundlingTable.h"

#include "reference/ReferenceJson.h"

#include <QJsonArray>
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
    return QStringList(all.begin(), all.end());
}

} // namespace codedesk
