#include "codesets/CodeSetStore.h"

#include "codesets/CodeReference.h"
#include "codesets/EntryChunk.h"
#include "core/LibraryDatabase.h"
#include "reference/ModifierDictionary.h"

#include <QSet>

#include <memory>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

namespace {

constexpr int MaxAncestors = 16; // guards against a cycle in a damaged tree

CodeSetVersion versionFrom(const QSqlQuery &query)
{
    CodeSetVersion version;
    version.part = codeSetPartFromName(query.value(0).toString()).value_or(CodeSetPart::Icd10CmOrder);
    version.fileName = query.value(1).toString();
    version.sha256 = query.value(2).toString();
    version.statedYear = query.value(3).toInt();
    version.effectiveFrom = QDate::fromString(query.value(4).toString(), Qt::ISODate);
    version.effectiveTo = QDate::fromString(query.value(5).toString(), Qt::ISODate);
    version.importedAt = query.value(6).toString();
    version.entries = query.value(7).toInt();
    version.billable = query.value(8).toInt();
    version.notes = query.value(9).toInt();
    version.label = query.value(10).toString();
    return version;
}

const QString versionColumns = u"part, file_name, sha256, stated_year, effective_from, effective_to, imported_at,"
                               " entries, billable, notes, label"_s;

} // namespace

QList<CodeNote> CodeSetEntryDetails::notesOf(NoteKind wanted) const
{
    QList<CodeNote> result;
    for (const CodeNote &note : notes) {
        if (note.kind == wanted)
            result.append(note);
    }
    return result;
}

QString Excludes1Conflict::message() const
{
    return u"%1 excludes1 %2"_s.arg(note.origin, note.text);
}

CodeSetStore::CodeSetStore(LibraryDatabase &database)
    : m_database(database)
{}

QList<CodeSetVersion> CodeSetStore::versions() const
{
    QList<CodeSetVersion> result;
    QSqlQuery query(m_database.connection());
    if (query.exec(u"SELECT %1 FROM codeset_version ORDER BY part"_s.arg(versionColumns))) {
        while (query.next())
            result.append(versionFrom(query));
    }
    return result;
}

void CodeSetStore::rememberVersions()
{
    QHash<CodeSetPart, CodeSetVersion> versionsByPart;
    for (const CodeSetVersion &recorded : versions())
        versionsByPart.insert(recorded.part, recorded);
    m_versions = versionsByPart;
}

std::optional<CodeSetVersion> CodeSetStore::version(CodeSetPart part) const
{
    if (m_versions) {
        const auto it = m_versions->constFind(part);
        return it == m_versions->cend() ? std::nullopt : std::optional(*it);
    }
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT %1 FROM codeset_version WHERE part = ?"_s.arg(versionColumns));
    query.addBindValue(codeSetPartName(part));
    if (query.exec() && query.next())
        return versionFrom(query);
    return std::nullopt;
}

int CodeSetStore::entryCount(CodeSetKind kind) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT sum(entries) FROM codeset_chunk WHERE kind = ?"_s);
    query.addBindValue(codeSetKindName(kind));
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

std::optional<CodeSetEntryDetails> CodeSetStore::entry(CodeSetKind kind, const QString &code, bool withNotes) const
{
    const QString key = codeKey(code);
    if (key.isEmpty())
        return std::nullopt;
    QSqlQuery query(m_database.connection());
    query.prepare(
        u"SELECT data FROM codeset_chunk WHERE kind = ? AND first_key <= ? ORDER BY first_key DESC LIMIT 1"_s);
    query.addBindValue(codeSetKindName(kind));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return std::nullopt;
    QList<CodeSetEntry> chunk;
    EntryChunk::decode(query.value(0).toByteArray(), &chunk);
    for (const CodeSetEntry &stored : std::as_const(chunk)) {
        if (codeKey(stored.code) != key)
            continue;
        CodeSetEntryDetails details;
        details.kind = kind;
        details.code = stored.code;
        details.billable = stored.billable;
        details.shortDescription = stored.shortDescription;
        details.longDescription = stored.longDescription;
        details.terminated = stored.terminated;
        details.added = stored.added;
        if (kind == CodeSetKind::Hcpcs && !details.added.isValid())
            details.added = hcpcsAddedDate(details.code); // stored before the codes kept it
        if (kind == CodeSetKind::Icd10Cm && withNotes)
            details.notes = notes(details.code);
        return details;
    }
    return std::nullopt;
}

QList<CodeNote> CodeSetStore::notes(const QString &icd10Code) const
{
    QList<CodeNote> result;
    const QSqlDatabase db = m_database.connection();
    QSqlQuery node(db);
    node.prepare(u"SELECT code, parent_key FROM codeset_tabular_node WHERE code_key = ?"_s);
    QSqlQuery noteQuery(db);
    noteQuery.prepare(u"SELECT kind, text FROM codeset_tabular_note WHERE code_key = ? ORDER BY seq"_s);

    // The nearest node the tabular list has: 7th-character codes ("S52.521A") are not in it.
    QString key = codeKey(icd10Code);
    QString origin;
    QString parent;
    bool found = false;
    while (key.size() >= 3 && !found) {
        node.bindValue(0, key);
        if (node.exec() && node.next()) {
            found = true;
            origin = node.value(0).toString();
            parent = node.value(1).toString();
        } else {
            key.chop(1);
        }
    }
    QSet<QString> visited;
    for (int depth = 0; found && depth < MaxAncestors && !visited.contains(key); ++depth) {
        visited.insert(key);
        noteQuery.bindValue(0, key);
        if (noteQuery.exec()) {
            while (noteQuery.next()) {
                const auto kind = noteKindFromName(noteQuery.value(0).toString());
                if (kind && *kind != NoteKind::SevenCharacter)
                    result.append({*kind, noteQuery.value(1).toString(), origin});
            }
        }
        if (parent.isEmpty())
            break;
        key = parent;
        node.bindValue(0, key);
        found = node.exec() && node.next();
        if (found) {
            origin = node.value(0).toString();
            parent = node.value(1).toString();
        }
    }
    return result;
}

std::optional<Excludes1Conflict> CodeSetStore::excludes1Conflict(const QString &first, const QString &second) const
{
    const QList<Excludes1Pair> pairs = excludes1Pairs({first, second});
    return pairs.isEmpty() ? std::nullopt : std::optional<Excludes1Conflict>(pairs.first().conflict);
}

QList<Excludes1Pair> CodeSetStore::excludes1Pairs(const QStringList &codes) const
{
    struct Excluding
    {
        CodeNote note;
        QList<CodeReference> references;
    };
    QList<QList<Excluding>> excluding(codes.size());
    QStringList keys;
    for (qsizetype i = 0; i < codes.size(); ++i) {
        keys << codeKey(codes.at(i));
        if (keys.last().isEmpty())
            continue;
        const QList<CodeNote> all = notes(codes.at(i));
        for (const CodeNote &note : all) {
            if (note.kind == NoteKind::Excludes1)
                excluding[i].append({note, CodeReference::parse(note.text)});
        }
    }
    // The note of `owner` that forbids `other`, if any.
    const auto forbidding = [&](qsizetype owner, qsizetype other) -> const CodeNote * {
        for (const Excluding &entry : excluding.at(owner)) {
            for (const CodeReference &reference : entry.references) {
                if (reference.covers(keys.at(other)))
                    return &entry.note;
            }
        }
        return nullptr;
    };
    QList<Excludes1Pair> pairs;
    for (qsizetype i = 0; i < codes.size(); ++i) {
        for (qsizetype j = i + 1; j < codes.size(); ++j) {
            if (keys.at(i).isEmpty() || keys.at(j).isEmpty() || keys.at(i) == keys.at(j))
                continue;
            if (const CodeNote *note = forbidding(i, j))
                pairs.append({int(i), int(j), {codes.at(i), codes.at(j), *note}});
            else if (const CodeNote *reverse = forbidding(j, i))
                pairs.append({int(i), int(j), {codes.at(j), codes.at(i), *reverse}});
        }
    }
    return pairs;
}

std::function<bool(const QString &)> CodeSetStore::membership(CodeSetKind kind) const
{
    auto known = std::make_shared<QHash<QString, bool>>();
    return [this, kind, known](const QString &code) {
        const QString key = codeKey(code);
        const auto it = known->constFind(key);
        if (it != known->cend())
            return it.value();
        return *known->insert(key, entry(kind, code, false).has_value());
    };
}

EffectivePeriod CodeSetStore::periodFor(CodeSetPart part, int year)
{
    EffectivePeriod period;
    period.year = year;
    if (year <= 0)
        return period;
    switch (part) {
    case CodeSetPart::Icd10CmOrder:
    case CodeSetPart::Icd10CmTabular:
        // ICD-10-CM fiscal year Y runs from 1 October of Y-1 to 30 September of Y.
        period.from = QDate(year - 1, 10, 1);
        period.to = QDate(year, 9, 30);
        period.label = u"ICD-10-CM %1"_s.arg(year);
        break;
    case CodeSetPart::Hcpcs:
        period.from = QDate(year, 1, 1);
        period.to = QDate(year, 12, 31);
        period.label = u"HCPCS %1"_s.arg(year);
        break;
    case CodeSetPart::Pfs:
        period.from = QDate(year, 1, 1);
        period.to = QDate(year, 12, 31);
        period.label = u"PFS %1"_s.arg(year);
        break;
    case CodeSetPart::PlaceOfService:
        period.label = u"Place of service %1"_s.arg(year);
        break;
    case CodeSetPart::NcciPtp:
    case CodeSetPart::Mue:
        break; // quarterly: the import records the quarter's period
    }
    return period;
}

EffectivePeriod CodeSetStore::period(CodeSetKind kind) const
{
    for (const CodeSetPart part : {CodeSetPart::Icd10CmOrder, CodeSetPart::Icd10CmTabular, CodeSetPart::Hcpcs,
                                   CodeSetPart::Pfs, CodeSetPart::PlaceOfService}) {
        if (codeSetKindOf(part) != kind)
            continue;
        if (const auto recorded = version(part); recorded && recorded->statedYear > 0)
            return periodFor(part, recorded->statedYear);
    }
    return {};
}

QString CodeSetStore::sourceText(CodeSetPart part) const
{
    const auto recorded = version(part);
    if (!recorded)
        return {};
    return u"%1 (%2, imported %3)"_s.arg(recorded->label, recorded->fileName, recorded->importedAt.left(10));
}

std::optional<TabularNode> CodeSetStore::tabularNode(const QString &key) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT code, parent_key, title FROM codeset_tabular_node WHERE code_key = ?"_s);
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return TabularNode{key, query.value(0).toString(), query.value(1).toString(), query.value(2).toString()};
}

QList<TabularNode> CodeSetStore::tabularChildren(const QString &key) const
{
    QList<TabularNode> result;
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT code_key, code, title FROM codeset_tabular_node WHERE parent_key = ? ORDER BY code_key"_s);
    query.addBindValue(key);
    if (query.exec()) {
        while (query.next())
            result.append({query.value(0).toString(), query.value(1).toString(), key, query.value(2).toString()});
    }
    return result;
}

QList<SeventhCharacter> CodeSetStore::seventhCharacters(const QString &icd10Code) const
{
    QList<SeventhCharacter> result;
    QString base = codeKey(icd10Code);
    if (base.size() < 3 || base.size() > 6)
        return result;
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT text FROM codeset_tabular_note WHERE code_key = ? AND kind = ? ORDER BY seq"_s);
    QString key = base;
    QSet<QString> visited;
    for (int depth = 0; depth < MaxAncestors && !key.isEmpty() && !visited.contains(key); ++depth) {
        visited.insert(key);
        query.bindValue(0, key);
        query.bindValue(1, noteKindName(NoteKind::SevenCharacter));
        if (query.exec()) {
            while (query.next()) {
                const QString text = query.value(0).toString();
                const qsizetype tab = text.indexOf(u'\t');
                if (tab != 1)
                    continue;
                const QString full = base.leftJustified(6, u'X') + text.left(1);
                result.append({text.left(1), text.mid(2), full.left(3) + u'.' + full.mid(3)});
            }
        }
        if (!result.isEmpty())
            break;
        const std::optional<TabularNode> node = tabularNode(key);
        key = node ? node->parent : QString();
    }
    return result;
}

QList<std::pair<QString, QString>> CodeSetStore::hcpcsFields(const QString &code) const
{
    QList<std::pair<QString, QString>> result;
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT fields FROM codeset_hcpcs_fields WHERE code_key = ?"_s);
    query.addBindValue(codeKey(code));
    if (!query.exec() || !query.next())
        return result;
    // Stored as name/value lines so that the record layout's order is kept.
    const QStringList lines = query.value(0).toString().split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const qsizetype tab = line.indexOf(u'\t');
        if (tab > 0)
            result.append({line.left(tab), line.mid(tab + 1)});
    }
    return result;
}

QDate CodeSetStore::hcpcsAddedDate(const QString &code) const
{
    for (const auto &[name, value] : hcpcsFields(code)) {
        if (name == u"Code Added Date")
            return QDate::fromString(value, u"yyyyMMdd"_s);
    }
    return {};
}

QString CodeSetStore::placeOfServiceName(const QString &code) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT name FROM codeset_place_of_service WHERE code = ?"_s);
    query.addBindValue(code.trimmed().rightJustified(2, u'0'));
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

QList<PlaceOfService> CodeSetStore::placesOfService() const
{
    QList<PlaceOfService> result;
    QSqlQuery query(m_database.connection());
    if (query.exec(u"SELECT code, name, description FROM codeset_place_of_service ORDER BY code"_s)) {
        while (query.next())
            result.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    }
    return result;
}

QList<HcpcsModifier> CodeSetStore::hcpcsModifiers() const
{
    QList<HcpcsModifier> result;
    QSqlQuery query(m_database.connection());
    if (query.exec(u"SELECT code, description, short_description FROM codeset_modifier ORDER BY code"_s)) {
        while (query.next())
            result.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    }
    return result;
}

QList<MedicareIndicatorRow> CodeSetStore::pfsRows() const
{
    QList<MedicareIndicatorRow> result;
    const auto recorded = version(CodeSetPart::Pfs);
    if (!recorded)
        return result;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT code, modifier, status, work_rvu, facility_total, non_facility_total, global_days,"
                    " pc_tc, multiple_procedure, bilateral, assistant, co_surgeon, team, conversion_factor, description"
                    " FROM codeset_pfs_row ORDER BY code, modifier"_s))
        return result;
    const QString source =
        u"CMS %1 RVU file (%2, imported %3)"_s.arg(recorded->label, recorded->fileName, recorded->importedAt.left(10));
    const QString date = recorded->effectiveFrom.isValid() ? recorded->effectiveFrom.toString(Qt::ISODate)
                                                           : recorded->importedAt.left(10);
    while (query.next()) {
        MedicareIndicatorRow row;
        row.code = query.value(0).toString();
        row.modifier = query.value(1).toString();
        row.status = query.value(2).toString();
        row.workRvu = query.value(3).toString();
        row.facilityTotal = query.value(4).toString();
        row.nonFacilityTotal = query.value(5).toString();
        row.globalDays = query.value(6).toString();
        row.pcTc = query.value(7).toInt();
        row.multipleProcedure = query.value(8).toInt();
        row.bilateral = query.value(9).toInt();
        row.assistant = query.value(10).toInt();
        row.coSurgeon = query.value(11).toInt();
        row.team = query.value(12).toInt();
        row.conversionFactor = query.value(13).toString();
        row.description = query.value(14).toString();
        row.source = source;
        row.sourceDate = date;
        result.append(std::move(row));
    }
    return result;
}

void CodeSetStore::applyTo(ModifierDictionary *modifiers, MedicareIndicators *medicare) const
{
    if (modifiers) {
        if (const auto recorded = version(CodeSetPart::Hcpcs)) {
            QList<ModifierInfo> official;
            const QList<HcpcsModifier> imported = hcpcsModifiers();
            for (const HcpcsModifier &modifier : imported) {
                ModifierInfo info;
                info.code = modifier.code;
                info.kind = ModifierInfo::Kind::HcpcsLevelII;
                info.description = modifier.description;
                info.source = u"CMS %1 (%2)"_s.arg(recorded->label, recorded->fileName);
                info.sourceDate = recorded->effectiveFrom.isValid() ? recorded->effectiveFrom.toString(Qt::ISODate)
                                                                    : recorded->importedAt.left(10);
                official.append(std::move(info));
            }
            if (!official.isEmpty())
                modifiers->joinLevelII(official);
        }
    }
    if (medicare) {
        if (const auto recorded = version(CodeSetPart::Pfs)) {
            const QList<MedicareIndicatorRow> rows = pfsRows();
            if (!rows.isEmpty())
                medicare->replaceAll(rows, recorded->label);
        }
    }
}

QByteArray CodeSetStore::indexBlob(CodeSetKind kind) const
{
    QSqlQuery query(m_database.connection());
    // The blob spans a thousand overflow pages: memory-mapped reads spare a system call for each.
    query.exec(u"PRAGMA mmap_size = 268435456"_s);
    query.prepare(u"SELECT data FROM codeset_index WHERE kind = ? AND format = ?"_s);
    query.addBindValue(codeSetKindName(kind));
    query.addBindValue(CodeSetIndex::FormatVersion);
    return query.exec() && query.next() ? query.value(0).toByteArray() : QByteArray();
}

QString CodeSetStore::indexStamp(CodeSetKind kind) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT stamp FROM codeset_index_stamp WHERE kind = ?"_s);
    query.addBindValue(codeSetKindName(kind));
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

QList<IndexInput> CodeSetStore::indexInputs(CodeSetKind kind) const
{
    QList<IndexInput> result;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT data FROM codeset_chunk WHERE kind = ? ORDER BY first_key"_s);
    query.addBindValue(codeSetKindName(kind));
    if (!query.exec())
        return result;
    QList<CodeSetEntry> entries;
    while (query.next())
        EntryChunk::decode(query.value(0).toByteArray(), &entries);
    result.reserve(entries.size());
    const QHash<QString, QStringList> terms =
        kind == CodeSetKind::Icd10Cm ? inclusionTermsByKey(m_database.connection()) : QHash<QString, QStringList>();
    for (const CodeSetEntry &entry : std::as_const(entries))
        result.append({entry.code, entry.billable, entry.longDescription, terms.value(codeKey(entry.code))});
    return result;
}

QHash<QString, QStringList> CodeSetStore::inclusionTermsByKey(const QSqlDatabase &db)
{
    QHash<QString, QStringList> result;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT code_key, text FROM codeset_tabular_note WHERE kind = ? ORDER BY code_key, seq"_s);
    query.addBindValue(noteKindName(NoteKind::InclusionTerm));
    if (!query.exec())
        return result;
    while (query.next())
        result[query.value(0).toString()].append(query.value(1).toString());
    return result;
}

QStringList CodeSetStore::inclusionTerms(const QString &icd10Code) const
{
    QStringList result;
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT text FROM codeset_tabular_note WHERE code_key = ? AND kind = ? ORDER BY seq"_s);
    query.addBindValue(codeKey(icd10Code));
    query.addBindValue(noteKindName(NoteKind::InclusionTerm));
    if (query.exec()) {
        while (query.next())
            result.append(query.value(0).toString());
    }
    return result;
}

QHash<QString, QByteArray> CodeSetStore::chunks(CodeSetKind kind, const QStringList &firstKeys) const
{
    QHash<QString, QByteArray> result;
    if (firstKeys.isEmpty())
        return result;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    QString marks = QString(u"?,"_s).repeated(firstKeys.size());
    marks.chop(1);
    query.prepare(u"SELECT first_key, data FROM codeset_chunk WHERE kind = ? AND first_key IN (%1)"_s.arg(marks));
    query.addBindValue(codeSetKindName(kind));
    for (const QString &key : firstKeys)
        query.addBindValue(key);
    if (!query.exec())
        return result;
    while (query.next())
        result.insert(query.value(0).toString(), query.value(1).toByteArray());
    return result;
}

} // namespace codedesk
