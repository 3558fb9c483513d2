#include "reference/DiagnosisList.h"

#include "reference/ReferenceJson.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

DiagnosisList DiagnosisList::bundled()
{
    DiagnosisList list;
    QString error;
    if (!list.loadJson(bundledReference(u"diagnoses.json"_s), &error))
        qWarning("codedesk: bundled diagnoses.json is unusable: %s", qPrintable(error));
    return list;
}

QString DiagnosisList::key(const QString &code)
{
    QString key = code.trimmed().toUpper();
    key.remove(u'.');
    return key;
}

bool DiagnosisList::loadJson(const QByteArray &json, QString *error)
{
    QList<QJsonObject> entries;
    if (!readReferenceTable(json, u"codedesk-diagnoses"_s, u"diagnoses"_s, &entries, error))
        return false;
    QHash<QString, DiagnosisEntry> byKey;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        DiagnosisEntry entry;
        entry.code = entries.at(i).value(u"code"_s).toString().trimmed().toUpper();
        entry.description = entries.at(i).value(u"description"_s).toString();
        entry.source = entries.at(i).value(u"source"_s).toString();
        entry.date = entries.at(i).value(u"date"_s).toString();
        if (entry.code.isEmpty() || entry.description.isEmpty()) {
            *error = u"\"diagnoses\" entry %1: needs a code and a description"_s.arg(i + 1);
            return false;
        }
        byKey.insert(key(entry.code), entry);
    }
    m_byKey = std::move(byKey);
    return true;
}

const DiagnosisEntry *DiagnosisList::find(const QString &code) const
{
    const auto it = m_byKey.constFind(key(code));
    return it == m_byKey.constEnd() ? nullptr : &it.value();
}

QList<DiagnosisEntry> DiagnosisList::all() const
{
    QList<DiagnosisEntry> list = m_byKey.values();
    std::sort(list.begin(), list.end(),
              [](const DiagnosisEntry &a, const DiagnosisEntry &b) { return a.code < b.code; });
    return list;
}

} // namespace codedesk
