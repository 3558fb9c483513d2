#include "codesets/PayerEditStore.h"

#include "core/LibraryDatabase.h"

#include <QSet>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

namespace {

QString placeholders(qsizetype count)
{
    QStringList marks(count, u"?"_s);
    return marks.join(u',');
}

// The rationale ids a set of packed records uses.
void collectRationales(const QByteArray &records, QSet<int> *ids)
{
    for (qsizetype at = 0; at + PtpRecord::size <= records.size(); at += PtpRecord::size) {
        const char *record = records.constData() + at;
        ids->insert(((quint8(record[14]) & 0x7f) << 8) | quint8(record[15]));
    }
}

} // namespace

PayerEditStore::PayerEditStore(LibraryDatabase &database)
    : m_database(database)
{}

std::optional<CodeSetVersion> PayerEditStore::version(CodeSetPart part) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT file_name, sha256, stated_year, effective_from, effective_to, imported_at, entries, label"
                  " FROM codeset_version WHERE part = ?"_s);
    query.addBindValue(codeSetPartName(part));
    if (!query.exec() || !query.next())
        return std::nullopt;
    CodeSetVersion version;
    version.part = part;
    version.fileName = query.value(0).toString();
    version.sha256 = query.value(1).toString();
    version.statedYear = query.value(2).toInt();
    version.effectiveFrom = QDate::fromString(query.value(3).toString(), Qt::ISODate);
    version.effectiveTo = QDate::fromString(query.value(4).toString(), Qt::ISODate);
    version.importedAt = query.value(5).toString();
    version.entries = query.value(6).toInt();
    version.label = query.value(7).toString();
    return version;
}

QString PayerEditStore::sourceText(CodeSetPart part) const
{
    const auto recorded = version(part);
    if (!recorded)
        return {};
    return u"CMS %1 (%2, imported %3)"_s.arg(recorded->label, recorded->fileName, recorded->importedAt.left(10));
}

QStringList PayerEditStore::rationales(const QList<int> &ids) const
{
    QStringList texts;
    if (ids.isEmpty())
        return texts;
    int highest = 0;
    for (int id : ids)
        highest = std::max(highest, id);
    texts.resize(highest + 1);
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT id, text FROM ncci_ptp_rationale WHERE id IN (%1)"_s.arg(placeholders(ids.size())));
    for (int id : ids)
        query.addBindValue(id);
    if (query.exec()) {
        while (query.next())
            texts[query.value(0).toInt()] = query.value(1).toString();
    }
    return texts;
}

QList<PtpEdit> PayerEditStore::editsAmong(const QStringList &codes) const
{
    QList<PtpEdit> edits;
    QStringList distinct;
    for (const QString &code : codes) {
        const QString upper = code.trimmed().toUpper();
        if (upper.size() == 5 && !distinct.contains(upper))
            distinct << upper;
    }
    if (distinct.size() < 2)
        return edits;
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT code, data FROM ncci_ptp WHERE role = 1 AND code IN (%1)"_s.arg(
        placeholders(distinct.size())));
    for (const QString &code : std::as_const(distinct))
        query.addBindValue(code);
    if (!query.exec())
        return edits;
    const QSet<QString> wanted(distinct.cbegin(), distinct.cend());
    QList<std::pair<QString, QByteArray>> matching; // column 1 code, the records naming a wanted column 2
    QSet<int> rationaleIds;
    while (query.next()) {
        const QByteArray data = query.value(1).toByteArray();
        QByteArray kept;
        for (qsizetype at = 0; at + PtpRecord::size <= data.size(); at += PtpRecord::size) {
            if (wanted.contains(QString::fromLatin1(data.constData() + at, 5).trimmed()))
                kept.append(data.constData() + at, PtpRecord::size);
        }
        if (!kept.isEmpty()) {
            collectRationales(kept, &rationaleIds);
            matching.append({query.value(0).toString(), kept});
        }
    }
    const QStringList texts = rationales(QList<int>(rationaleIds.cbegin(), rationaleIds.cend()));
    for (const auto &[column1, records] : std::as_const(matching))
        edits += PtpRecord::decode(column1, true, records, texts);
    return edits;
}

QList<PtpEdit> PayerEditStore::partners(const QString &code) const
{
    QList<PtpEdit> edits;
    const QString key = code.trimmed().toUpper();
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT role, data FROM ncci_ptp WHERE code = ? ORDER BY role"_s);
    query.addBindValue(key);
    if (!query.exec())
        return edits;
    QList<std::pair<int, QByteArray>> rows;
    QSet<int> rationaleIds;
    while (query.next()) {
        rows.append({query.value(0).toInt(), query.value(1).toByteArray()});
        collectRationales(rows.constLast().second, &rationaleIds);
    }
    const QStringList texts = rationales(QList<int>(rationaleIds.cbegin(), rationaleIds.cend()));
    for (const auto &[role, records] : std::as_const(rows))
        edits += PtpRecord::decode(key, role == 1, records, texts);
    return edits;
}

std::optional<MueLimit> PayerEditStore::mue(const QString &code) const
{
    const QHash<QString, MueLimit> found = mues({code});
    const auto it = found.constBegin();
    return it == found.constEnd() ? std::nullopt : std::optional(it.value());
}

QHash<QString, MueLimit> PayerEditStore::mues(const QStringList &codes) const
{
    QHash<QString, MueLimit> found;
    QStringList distinct;
    for (const QString &code : codes) {
        const QString upper = code.trimmed().toUpper();
        if (!upper.isEmpty() && !distinct.contains(upper))
            distinct << upper;
    }
    if (distinct.isEmpty())
        return found;
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT code, units, adjudication, adjudication_text, rationale FROM ncci_mue WHERE code IN (%1)"_s
                      .arg(placeholders(distinct.size())));
    for (const QString &code : std::as_const(distinct))
        query.addBindValue(code);
    if (!query.exec())
        return found;
    while (query.next()) {
        MueLimit limit;
        limit.code = query.value(0).toString();
        limit.units = query.value(1).toInt();
        limit.adjudication = query.value(2).toInt();
        limit.adjudicationText = query.value(3).toString();
        limit.rationale = query.value(4).toString();
        found.insert(limit.code, limit);
    }
    return found;
}

} // namespace codedesk
