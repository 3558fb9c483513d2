#include "codesets/CodeSetWriter.h"

#include "codesets/BatchInsert.h"
#include "codesets/CodeSetIndex.h"
#include "codesets/CodeSetStore.h"
#include "codesets/EntryChunk.h"
#include "core/LibraryDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

namespace {

constexpr int ProgressEvery = 8192;

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

// A null QString binds as SQL NULL; the text columns are NOT NULL.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(u""_s)) : QVariant(value);
}

// Inserts one row per item through `insert`. Every ProgressEvery rows it asks carryOn(rows done),
// which reports progress and returns false to cancel. On failure `error` gets the reason.
template <typename Item, typename RowOf, typename CarryOn>
bool insertRows(BatchInsert &insert, const QList<Item> &items, RowOf rowOf, CarryOn carryOn, QString *error)
{
    qsizetype done = 0;
    for (const Item &item : items) {
        if (done % ProgressEvery == 0 && !carryOn(done))
            return false;
        ++done;
        if (!insert.add(rowOf(item))) {
            *error = insert.errorString();
            return false;
        }
    }
    if (!insert.finish()) {
        *error = insert.errorString();
        return false;
    }
    return true;
}

} // namespace

CodeSetWriter::CodeSetWriter(LibraryDatabase &database)
    : m_database(database)
{}

bool CodeSetWriter::checkCancel(const ImportControl &control)
{
    if (!control.cancelled())
        return true;
    m_cancelled = true;
    m_error = u"import cancelled"_s;
    return false;
}

bool CodeSetWriter::exec(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    if (!query.prepare(sql)) {
        m_error = query.lastError().text();
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    return true;
}

bool CodeSetWriter::inTransaction(const std::function<bool(QSqlDatabase &)> &body)
{
    m_error.clear();
    m_cancelled = false;
    QSqlDatabase db = m_database.connection();
    if (!db.isOpen()) {
        m_error = db.lastError().text();
        return false;
    }
    if (!db.transaction()) {
        m_error = LibraryDatabase::describeError(m_database.path(), db.lastError());
        return false;
    }
    if (!body(db)) {
        db.rollback();
        if (m_error.isEmpty())
            m_error = u"the import was not written"_s;
        return false;
    }
    if (!db.commit()) {
        // Nothing half-written: the whole import is rolled back and the set in force stays.
        m_error = LibraryDatabase::describeError(m_database.path(), db.lastError());
        db.rollback();
        return false;
    }
    return true;
}

bool CodeSetWriter::writeVersion(QSqlDatabase &db, const CodeSetVersion &version)
{
    return exec(db,
                u"INSERT OR REPLACE INTO codeset_version (part, kind, file_name, sha256, stated_year, effective_from,"
                " effective_to, imported_at, entries, billable, notes, label) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"_s,
                {codeSetPartName(version.part), codeSetKindName(codeSetKindOf(version.part)), version.fileName,
                 version.sha256, version.statedYear, dateOrNull(version.effectiveFrom), dateOrNull(version.effectiveTo),
                 version.importedAt, version.entries, version.billable, version.notes, version.label});
}

bool CodeSetWriter::writeEntries(QSqlDatabase &db, CodeSetKind kind, const QList<CodeSetEntry> &entries,
                                 const ImportControl &control)
{
    const QString kindName = codeSetKindName(kind);
    if (!exec(db, u"DELETE FROM codeset_chunk WHERE kind = ?"_s, {kindName}) ||
        !exec(db, u"DELETE FROM codeset_index WHERE kind = ?"_s, {kindName}) ||
        !exec(db, u"DELETE FROM codeset_index_stamp WHERE kind = ?"_s, {kindName}))
        return false;
    QList<IndexInput> inputs;
    inputs.reserve(entries.size());
    const QHash<QString, QStringList> terms =
        kind == CodeSetKind::Icd10Cm ? CodeSetStore::inclusionTermsByKey(db) : QHash<QString, QStringList>();
    for (const CodeSetEntry &entry : entries)
        inputs.append({entry.code, entry.billable, entry.longDescription, terms.value(codeKey(entry.code))});
    std::vector<quint32> order;
    const QByteArray blob = CodeSetIndex::build(inputs, &order);
    if (!checkCancel(control))
        return false;
    // Chunk boundaries fall on multiples of EntryChunk::Size ids, so that the search finds the
    // chunk of a hit from its id alone.
    BatchInsert insert(db, u"codeset_chunk"_s, {u"kind"_s, u"first_key"_s, u"entries"_s, u"data"_s}, 64);
    QList<const CodeSetEntry *> chunk;
    chunk.reserve(EntryChunk::Size);
    for (size_t id = 0; id < order.size(); id += EntryChunk::Size) {
        if (!checkCancel(control))
            return false;
        control.report(double(id) / double(order.size()));
        chunk.clear();
        for (size_t i = id; i < std::min(order.size(), id + EntryChunk::Size); ++i)
            chunk.append(&entries.at(order[i]));
        if (!insert.add({kindName, codeKey(chunk.first()->code), int(chunk.size()), EntryChunk::encode(chunk)})) {
            m_error = insert.errorString();
            return false;
        }
    }
    if (!insert.finish()) {
        m_error = insert.errorString();
        return false;
    }
    return exec(db, u"INSERT INTO codeset_index (kind, format, data) VALUES (?, ?, ?)"_s,
                {kindName, CodeSetIndex::FormatVersion, blob}) &&
           writeStamp(db, kind);
}

bool CodeSetWriter::stampIndex(CodeSetKind kind)
{
    return inTransaction([&](QSqlDatabase &db) { return writeStamp(db, kind); });
}

bool CodeSetWriter::writeStamp(QSqlDatabase &db, CodeSetKind kind)
{
    return exec(db, u"INSERT OR REPLACE INTO codeset_index_stamp (kind, stamp) VALUES (?, ?)"_s,
                {codeSetKindName(kind), QUuid::createUuid().toString(QUuid::WithoutBraces)});
}

bool CodeSetWriter::writeIcd10Order(const QList<CodeSetEntry> &entries, const CodeSetVersion &version,
                                    const ImportControl &control)
{
    return inTransaction([&](QSqlDatabase &db) {
        return writeEntries(db, CodeSetKind::Icd10Cm, entries, control) && checkCancel(control) &&
               writeVersion(db, version);
    });
}

bool CodeSetWriter::writeIcd10Tabular(const Icd10TabularResult &tabular, const CodeSetVersion &version,
                                      const ImportControl &control)
{
    return inTransaction([&](QSqlDatabase &db) {
        if (!exec(db, u"DELETE FROM codeset_tabular_node"_s) || !exec(db, u"DELETE FROM codeset_tabular_note"_s))
            return false;
        BatchInsert nodes(db, u"codeset_tabular_node"_s, {u"code_key"_s, u"code"_s, u"parent_key"_s, u"title"_s});
        const auto nodeRow = [](const TabularNode &node) -> std::vector<QVariant> {
            const QVariant parent =
                node.parent.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(node.parent);
            return {node.key, node.code, parent, text(node.title)};
        };
        const auto nodesProgress = [&](qsizetype done) {
            control.report(0.5 * double(done) / double(tabular.nodes.size()));
            return checkCancel(control);
        };
        if (!insertRows(nodes, tabular.nodes, nodeRow, nodesProgress, &m_error))
            return false;
        BatchInsert notes(db, u"codeset_tabular_note"_s, {u"code_key"_s, u"seq"_s, u"kind"_s, u"text"_s});
        int seq = 0;
        const auto noteRow = [&seq](const TabularNote &note) -> std::vector<QVariant> {
            return {note.key, ++seq, noteKindName(note.kind), note.text};
        };
        const auto notesProgress = [&](qsizetype done) {
            control.report(0.5 + 0.5 * double(done) / double(tabular.notes.size()));
            return checkCancel(control);
        };
        return insertRows(notes, tabular.notes, noteRow, notesProgress, &m_error) && checkCancel(control) &&
               writeVersion(db, version) && indexInclusionTerms(db);
    });
}

bool CodeSetWriter::writeHcpcs(const QList<CodeSetEntry> &procedures, const QList<HcpcsModifier> &modifiers,
                               const CodeSetVersion &version, const ImportControl &control,
                               const QList<std::pair<QString, QString>> &recordFields)
{
    return inTransaction([&](QSqlDatabase &db) {
        if (!writeEntries(db, CodeSetKind::Hcpcs, procedures, control) || !exec(db, u"DELETE FROM codeset_modifier"_s) ||
            !exec(db, u"DELETE FROM codeset_hcpcs_fields"_s))
            return false;
        BatchInsert fields(db, u"codeset_hcpcs_fields"_s, {u"code_key"_s, u"fields"_s});
        const auto fieldRow = [](const std::pair<QString, QString> &record) -> std::vector<QVariant> {
            return {codeKey(record.first), text(record.second)};
        };
        if (!insertRows(fields, recordFields, fieldRow, cancelCheck(control), &m_error))
            return false;
        BatchInsert insert(db, u"codeset_modifier"_s, {u"code"_s, u"description"_s, u"short_description"_s});
        const auto row = [](const HcpcsModifier &modifier) -> std::vector<QVariant> {
            return {modifier.code, text(modifier.description), text(modifier.shortDescription)};
        };
        return insertRows(insert, modifiers, row, cancelCheck(control), &m_error) && checkCancel(control) &&
               writeVersion(db, version);
    });
}

bool CodeSetWriter::writePfs(const QList<MedicareIndicatorRow> &rows, const CodeSetVersion &version,
                             const ImportControl &control)
{
    return inTransaction([&](QSqlDatabase &db) {
        if (!exec(db, u"DELETE FROM codeset_pfs_row"_s))
            return false;
        BatchInsert insert(db, u"codeset_pfs_row"_s,
                           {u"code"_s, u"modifier"_s, u"status"_s, u"work_rvu"_s, u"facility_total"_s,
                            u"non_facility_total"_s, u"global_days"_s, u"pc_tc"_s, u"multiple_procedure"_s,
                            u"bilateral"_s, u"assistant"_s, u"co_surgeon"_s, u"team"_s, u"conversion_factor"_s,
                            u"description"_s},
                           128);
        const auto pfsRow = [](const MedicareIndicatorRow &row) -> std::vector<QVariant> {
            return {row.code,
                    text(row.modifier),
                    text(row.status),
                    text(row.workRvu),
                    text(row.facilityTotal),
                    text(row.nonFacilityTotal),
                    text(row.globalDays),
                    row.pcTc,
                    row.multipleProcedure,
                    row.bilateral,
                    row.assistant,
                    row.coSurgeon,
                    row.team,
                    text(row.conversionFactor),
                    text(row.description)};
        };
        return insertRows(insert, rows, pfsRow, cancelCheck(control), &m_error) && checkCancel(control) &&
               writeVersion(db, version);
    });
}

bool CodeSetWriter::writePlacesOfService(const QList<PlaceOfService> &places, const CodeSetVersion &version,
                                         const ImportControl &control)
{
    return inTransaction([&](QSqlDatabase &db) {
        if (!exec(db, u"DELETE FROM codeset_place_of_service"_s))
            return false;
        BatchInsert insert(db, u"codeset_place_of_service"_s, {u"code"_s, u"name"_s, u"description"_s});
        const auto row = [](const PlaceOfService &place) -> std::vector<QVariant> {
            return {place.code, text(place.name), text(place.description)};
        };
        return insertRows(insert, places, row, cancelCheck(control), &m_error) && checkCancel(control) &&
               writeVersion(db, version);
    });
}

bool CodeSetWriter::writeNcciPtp(const NcciPtpResult &ptp, const CodeSetVersion &version,
                                 const ImportControl &control)
{
    return inTransaction([&](QSqlDatabase &db) {
        if (!exec(db, u"DELETE FROM ncci_ptp"_s) || !exec(db, u"DELETE FROM ncci_ptp_rationale"_s))
            return false;
        BatchInsert rationales(db, u"ncci_ptp_rationale"_s, {u"id"_s, u"text"_s});
        for (qsizetype i = 0; i < ptp.rationales.size(); ++i) {
            if (!rationales.add({qint64(i), text(ptp.rationales.at(i))})) {
                m_error = rationales.errorString();
                return false;
            }
        }
        if (!rationales.finish()) {
            m_error = rationales.errorString();
            return false;
        }
        BatchInsert insert(db, u"ncci_ptp"_s, {u"code"_s, u"role"_s, u"edits"_s, u"data"_s}, 128);
        qsizetype done = 0;
        for (const auto &[role, byCode] : {std::pair{1, &ptp.asColumn1}, std::pair{2, &ptp.asColumn2}}) {
            for (auto it = byCode->cbegin(); it != byCode->cend(); ++it) {
                if (done++ % 1024 == 0 && !checkCancel(control))
                    return false;
                if (!insert.add({QString::fromLatin1(it.key()), role, qint64(it.value().size() / PtpRecord::size),
                                 it.value()})) {
                    m_error = insert.errorString();
                    return false;
                }
            }
        }
        if (!insert.finish()) {
            m_error = insert.errorString();
            return false;
        }
        return checkCancel(control) && writeVersion(db, version);
    });
}

bool CodeSetWriter::writeMue(const QList<MueLimit> &limits, const CodeSetVersion &version,
                             const ImportControl &control)
{
    return inTransaction([&](QSqlDatabase &db) {
        if (!exec(db, u"DELETE FROM ncci_mue"_s))
            return false;
        BatchInsert insert(db, u"ncci_mue"_s,
                           {u"code"_s, u"units"_s, u"adjudication"_s, u"adjudication_text"_s, u"rationale"_s});
        const auto row = [](const MueLimit &limit) -> std::vector<QVariant> {
            return {limit.code, limit.units, limit.adjudication, text(limit.adjudicationText), text(limit.rationale)};
        };
        return insertRows(insert, limits, row, cancelCheck(control), &m_error) && checkCancel(control) &&
               writeVersion(db, version);
    });
}

std::function<bool(qsizetype)> CodeSetWriter::cancelCheck(const ImportControl &control)
{
    return [this, &control](qsizetype) { return checkCancel(control); };
}

bool CodeSetWriter::indexInclusionTerms(QSqlDatabase &db)
{
    // The search index holds the inclusion terms too: build it again over the imported codes.
    const QList<IndexInput> inputs = CodeSetStore(m_database).indexInputs(CodeSetKind::Icd10Cm);
    if (inputs.isEmpty())
        return true; // no order file yet: its import builds the index with these terms
    return exec(db, u"INSERT OR REPLACE INTO codeset_index (kind, format, data) VALUES (?, ?, ?)"_s,
                {codeSetKindName(CodeSetKind::Icd10Cm), CodeSetIndex::FormatVersion, CodeSetIndex::build(inputs)}) &&
           writeStamp(db, CodeSetKind::Icd10Cm);
}

bool CodeSetWriter::writeIndex(CodeSetKind kind, const QByteArray &blob)
{
    return inTransaction([&](QSqlDatabase &db) {
        return exec(db, u"INSERT OR REPLACE INTO codeset_index (kind, format, data) VALUES (?, ?, ?)"_s,
                    {codeSetKindName(kind), CodeSetIndex::FormatVersion, blob}) &&
               writeStamp(db, kind);
    });
}

} // namespace codedesk
