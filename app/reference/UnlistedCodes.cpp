#include "reference/UnlistedCodes.h"

#include "reference/ReferenceJson.h"

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

UnlistedCodes UnlistedCodes::bundled()
{
    UnlistedCodes table;
    QString error;
    if (!table.loadJson(bundledReference(u"unlisted-codes.json"_s), &error))
        qWarning("codedesk: bundled unlisted-codes.json is unusable: %s", qPrintable(error));
    return table;
}

bool UnlistedCodes::loadJson(const QByteArray &json, QString *error)
{
    QList<QJsonObject> entries;
    if (!readReferenceTable(json, u"codedesk-unlisted-codes"_s, u"codes"_s, &entries, error))
        return false;
    QHash<QString, UnlistedCode> byCode;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        UnlistedCode entry;
        entry.code = entries.at(i).value(u"code"_s).toString().trimmed().toUpper();
        entry.kind = entries.at(i).value(u"kind"_s).toString();
        entry.source = entries.at(i).value(u"source"_s).toString();
        entry.date = entries.at(i).value(u"date"_s).toString();
        if (entry.code.size() != 5) {
            *error = u"\"codes\" entry %1: needs a five-character code"_s.arg(i + 1);
            return false;
        }
        byCode.insert(entry.code, entry);
    }
    m_byCode = std::move(byCode);
    return true;
}

const UnlistedCode *UnlistedCodes::find(const QString &code) const
{
    const auto it = m_byCode.constFind(code.trimmed().toUpper());
    return it == m_byCode.constEnd() ? nullptr : &it.value();
}

} // namespace codedesk
