#include "reference/ModifierDictionary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

ModifierDictionary ModifierDictionary::bundled()
{
    ModifierDictionary dictionary;
    QFile file(u":/codedesk/reference/modifiers.json"_s);
    QString error;
    if (!file.open(QIODevice::ReadOnly) || !dictionary.loadJson(file.readAll(), &error))
        qWarning("codedesk: bundled modifiers.json is unusable: %s", qPrintable(error));
    return dictionary;
}

bool ModifierDictionary::loadJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError
                         ? u"not JSON at offset %1: %2"_s.arg(parseError.offset).arg(parseError.errorString())
                         : u"expected a JSON object"_s;
        return false;
    }
    const QJsonObject root = document.object();
    if (!root.value(u"modifiers"_s).isArray()) {
        if (error)
            *error = u"missing \"modifiers\" array"_s;
        return false;
    }
    QHash<QString, ModifierInfo> byCode;
    const QJsonArray entries = root.value(u"modifiers"_s).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        ModifierInfo info;
        info.code = entry.value(u"code"_s).toString().trimmed().toUpper();
        info.kind = entry.value(u"kind"_s).toString() == u"hcpcs"_s ? ModifierInfo::Kind::HcpcsLevelII
                                                                    : ModifierInfo::Kind::Cpt;
        info.description = entry.value(u"description"_s).toString();
        info.source = entry.value(u"source"_s).toString();
        info.sourceDate = entry.value(u"date"_s).toString();
        info.pricing = entry.value(u"pricing"_s).toBool();
        if (info.code.size() != 2 || info.source.isEmpty() || info.sourceDate.isEmpty()) {
            if (error)
                *error = u"modifier entry %1: needs a two-character code, a source and a date"_s.arg(i + 1);
            return false;
        }
        byCode.insert(info.code, info);
    }
    m_byCode = std::move(byCode);
    m_source = root.value(u"source"_s).toString();
    m_sourceDate = root.value(u"date"_s).toString();
    return true;
}

const ModifierInfo *ModifierDictionary::find(const QString &code) const
{
    const auto it = m_byCode.constFind(code.trimmed().toUpper());
    return it == m_byCode.constEnd() ? nullptr : &it.value();
}

QList<ModifierInfo> ModifierDictionary::all() const
{
    QList<ModifierInfo> list = m_byCode.values();
    std::sort(list.begin(), list.end(), [](const ModifierInfo &a, const ModifierInfo &b) { return a.code < b.code; });
    return list;
}

void ModifierDictionary::joinLevelII(const QList<ModifierInfo> &official)
{
    for (ModifierInfo info : official) {
        info.code = info.code.trimmed().toUpper();
        if (info.code.isEmpty())
            continue;
        const auto it = m_byCode.find(info.code);
        if (it == m_byCode.end()) {
            info.kind = ModifierInfo::Kind::HcpcsLevelII;
            m_byCode.insert(info.code, info);
            continue;
        }
        const bool alreadyListed = it->source == info.source
                                   || std::any_of(it->otherSources.cbegin(), it->otherSources.cend(),
                                                  [&](const ModifierText &text) { return text.source == info.source; });
        if (!alreadyListed)
            it->otherSources.append({info.description, info.source, info.sourceDate});
    }
}

QList<ModifierText> ModifierInfo::texts() const
{
    QList<ModifierText> list{{description, source, sourceDate}};
    list.append(otherSources);
    return list;
}

} // namespace codedesk
