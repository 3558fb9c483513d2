#include "catalog/Catalog.h"

#include "catalog/ModifierCrossCheck.h"
#include "catalog/ProcedureRecord.h"
#include "core/LibraryDatabase.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

namespace {

const QString bundledFolder = u":/codedesk/procedures"_s;

} // namespace

Catalog::Catalog(QObject *parent)
    : QObject(parent)
{}

Catalog::~Catalog() = default;

void Catalog::setReference(const ModifierDictionary *modifiers, const MedicareIndicators *medicare)
{
    m_modifiers = modifiers;
    m_medicare = medicare;
}

void Catalog::recheck()
{
    if (!m_modifiers || !m_medicare)
        return;
    Q_EMIT aboutToChange();
    const ModifierCrossCheck crossCheck(*m_modifiers, *m_medicare);
    for (auto *procedures : {&m_bundled, &m_imported}) {
        for (auto &entry : *procedures)
            crossCheck.apply(entry.second);
    }
    forgetComplete();
    Q_EMIT changed();
}

bool Catalog::loadBundled(QStringList *problems)
{
    bool ok = true;
    Q_EMIT aboutToChange();
    m_list.clear(); // its pointers are about to go
    m_bundled.clear();
    const QStringList names = QDir(bundledFolder).entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile file(bundledFolder + u'/' + name);
        const QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        ParseResult result = ReportParser::parse(bytes, name, Origin::Bundled);
        if (!result.ok) {
            ok = false;
            if (problems)
                problems->append(name + u": "_s + result.error);
            continue;
        }
        addProcedure(std::move(result.procedure));
    }
    rebuildIndexes();
    Q_EMIT changed();
    return ok;
}

bool Catalog::loadImported(const LibraryDatabase &database, QStringList *problems)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT report.code, outline.outline, outline.record_format FROM imported_report AS report "
                    "LEFT JOIN imported_report_outline AS outline ON outline.code = report.code "
                    "ORDER BY report.code"_s)) {
        if (problems)
            problems->append(database.path() + u": "_s + query.lastError().text());
        return false;
    }
    bool ok = true;
    Q_EMIT aboutToChange();
    m_list.clear(); // its pointers are about to go
    m_imported.clear();
    forgetComplete();
    m_database = &database;
    QStringList withoutOutline;
    while (query.next()) {
        std::optional<Procedure> outline;
        if (query.value(2).toInt() == ProcedureRecord::format)
            outline = ProcedureRecord::decode(query.value(1).toByteArray());
        if (outline)
            addProcedure(std::move(*outline));
        else
            withoutOutline << query.value(0).toString();
    }
    query.finish();
    // What is written back for reports without an outline goes in one transaction: a library
    // from before outlines (or one filled by another program) is brought up to date in one commit,
    // not one per report.
    QSqlDatabase connection = database.connection();
    const bool batched = !withoutOutline.isEmpty() && connection.transaction();
    for (const QString &code : std::as_const(withoutOutline)) {
        if (!loadStored(database, code, problems))
            ok = false;
    }
    if (batched && !connection.commit())
        connection.rollback(); // the reports are loaded all the same; the next load writes again
    rebuildIndexes();
    Q_EMIT changed();
    return ok;
}

std::optional<Procedure> Catalog::readStored(const LibraryDatabase &database, const QString &code,
                                             QString *problem) const
{
    QSqlQuery query(database.connection());
    query.prepare(u"SELECT record, record_format, file_name, content FROM imported_report WHERE code = ?"_s);
    query.addBindValue(code);
    if (!query.exec() || !query.next()) {
        *problem = database.path() + u": "_s +
                   (query.lastError().isValid() ? query.lastError().text() : u"no imported report %1"_s.arg(code));
        return std::nullopt;
    }
    if (query.value(1).toInt() == ProcedureRecord::format) {
        if (std::optional<Procedure> record = ProcedureRecord::decode(query.value(0).toByteArray()))
            return record;
    }
    const QString fileName = query.value(2).toString();
    ParseResult result = ReportParser::parse(query.value(3).toByteArray(), fileName, Origin::Imported);
    if (!result.ok) {
        *problem = u"%1 (imported as %2): %3"_s.arg(fileName, code, result.error);
        return std::nullopt;
    }
    return std::move(result.procedure);
}

bool Catalog::loadStored(const LibraryDatabase &database, const QString &code, QStringList *problems)
{
    QString problem;
    std::optional<Procedure> procedure = readStored(database, code, &problem);
    if (!procedure) {
        if (problems)
            problems->append(problem);
        return false;
    }
    // Written back so that the next load reads the outline; if that fails the report still loads.
    QSqlQuery update(database.connection());
    update.prepare(u"UPDATE imported_report SET record = ?, record_format = ? WHERE code = ?"_s);
    update.addBindValue(ProcedureRecord::encode(*procedure));
    update.addBindValue(ProcedureRecord::format);
    update.addBindValue(code);
    if (update.exec())
        storeOutline(database, *procedure);
    addProcedure(std::move(*procedure));
    return true;
}

bool Catalog::storeOutline(const LibraryDatabase &database, const Procedure &procedure)
{
    QSqlQuery query(database.connection());
    query.prepare(u"INSERT OR REPLACE INTO imported_report_outline (code, outline, record_format) VALUES (?, ?, ?)"_s);
    query.addBindValue(procedure.code);
    query.addBindValue(ProcedureRecord::encode(ProcedureRecord::outline(procedure)));
    query.addBindValue(ProcedureRecord::format);
    return query.exec();
}

ParseResult Catalog::importReport(const LibraryDatabase &database, const QByteArray &bytes, const QString &fileName)
{
    ParseResult result = ReportParser::parse(bytes, fileName, Origin::Imported);
    if (!result.ok)
        return result;
    // The report and its outline together, or neither.
    QSqlDatabase connection = database.connection();
    if (!connection.transaction()) {
        result.ok = false;
        result.error = u"cannot store the report in the library %1: %2"_s.arg(database.path(),
                                                                              connection.lastError().text());
        return result;
    }
    QSqlQuery query(connection);
    query.prepare(u"INSERT OR REPLACE INTO imported_report "
                  "(code, file_name, sha256, content, imported_at, record, record_format) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(result.procedure.code);
    query.addBindValue(result.procedure.source.file);
    query.addBindValue(result.procedure.source.sha256);
    query.addBindValue(bytes);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    query.addBindValue(ProcedureRecord::encode(result.procedure));
    query.addBindValue(ProcedureRecord::format);
    if (!query.exec() || !storeOutline(database, result.procedure) || !connection.commit()) {
        const QString reason = query.lastError().isValid() ? query.lastError().text() : connection.lastError().text();
        connection.rollback();
        result.ok = false;
        result.error = u"cannot store the report in the library %1: %2"_s.arg(database.path(), reason);
        return result;
    }
    Q_EMIT aboutToChange();
    m_list.clear(); // its pointers are about to go
    m_database = &database;
    forgetComplete();
    addProcedure(result.procedure);
    if (m_modifiers && m_medicare)
        ModifierCrossCheck(*m_modifiers, *m_medicare).apply(result.procedure);
    rebuildIndexes();
    Q_EMIT changed();
    return result;
}

bool Catalog::removeImported(const LibraryDatabase &database, const QString &code, QString *error)
{
    const QString key = code.trimmed().toUpper();
    QSqlQuery query(database.connection());
    query.prepare(u"DELETE FROM imported_report WHERE code = ?"_s);
    query.addBindValue(key);
    if (!query.exec()) {
        if (error)
            *error = database.path() + u": "_s + query.lastError().text();
        return false;
    }
    if (query.numRowsAffected() < 1 && m_imported.count(key) == 0) {
        if (error)
            *error = u"no imported report with the code %1"_s.arg(key);
        return false;
    }
    if (m_imported.count(key) == 0)
        return true;
    Q_EMIT aboutToChange();
    m_list.clear(); // its pointers are about to go
    m_imported.erase(key);
    forgetComplete();
    rebuildIndexes();
    Q_EMIT changed();
    return true;
}

const Procedure *Catalog::find(const QString &code) const
{
    if (const Procedure *imported = findImported(code))
        return imported;
    return findBundled(code);
}

const Procedure *Catalog::complete(const QString &code) const
{
    const Procedure *outline = find(code);
    if (!outline || outline->source.origin != Origin::Imported)
        return outline;
    QMutexLocker lock(&m_completeMutex);
    if (const auto it = m_complete.find(outline->code); it != m_complete.end())
        return &it->second;
    QString problem;
    std::optional<Procedure> procedure =
        m_database ? readStored(*m_database, outline->code, &problem) : std::nullopt;
    if (!procedure) {
        // What is known, saying why the rest is not there (never silently empty sections).
        procedure = *outline;
        procedure->missingDataNotes.prepend(u"The report's text could not be read from the library: "_s +
                                            (problem.isEmpty() ? u"no library is open"_s : problem));
    }
    if (m_modifiers && m_medicare)
        ModifierCrossCheck(*m_modifiers, *m_medicare).apply(*procedure);
    return &m_complete.insert_or_assign(outline->code, std::move(*procedure)).first->second;
}

void Catalog::completeAll() const
{
    if (!m_database || m_imported.empty())
        return;
    QMutexLocker lock(&m_completeMutex);
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT code, record, record_format FROM imported_report"_s))
        return; // complete() reads each one, saying what went wrong
    while (query.next()) {
        const QString code = query.value(0).toString();
        if (m_imported.count(code) == 0 || m_complete.count(code) != 0 ||
            query.value(2).toInt() != ProcedureRecord::format)
            continue;
        std::optional<Procedure> procedure = ProcedureRecord::decode(query.value(1).toByteArray());
        if (!procedure)
            continue;
        if (m_modifiers && m_medicare)
            ModifierCrossCheck(*m_modifiers, *m_medicare).apply(*procedure);
        m_complete.insert_or_assign(code, std::move(*procedure));
    }
}

void Catalog::forgetComplete()
{
    QMutexLocker lock(&m_completeMutex);
    m_complete.clear();
}

const Procedure *Catalog::findBundled(const QString &code) const
{
    const auto it = m_bundled.find(code.trimmed().toUpper());
    return it == m_bundled.end() ? nullptr : &it->second;
}

const Procedure *Catalog::findImported(const QString &code) const
{
    const auto it = m_imported.find(code.trimmed().toUpper());
    return it == m_imported.end() ? nullptr : &it->second;
}

QList<const Procedure *> Catalog::procedures() const
{
    return m_list;
}

QList<const Procedure *> Catalog::mergedList() const
{
    QList<const Procedure *> list;
    auto bundled = m_bundled.begin();
    auto imported = m_imported.begin();
    // Both maps are in code order: merge them, the imported one winning a tie.
    while (bundled != m_bundled.end() || imported != m_imported.end()) {
        if (imported == m_imported.end() || (bundled != m_bundled.end() && bundled->first < imported->first)) {
            list.append(&(bundled++)->second);
        } else {
            if (bundled != m_bundled.end() && bundled->first == imported->first)
                ++bundled;
            list.append(&(imported++)->second);
        }
    }
    return list;
}

qsizetype Catalog::size() const
{
    return m_list.size();
}

QList<SearchHit> Catalog::search(const QString &query, int limit) const
{
    QMutexLocker lock(&m_searchMutex);
    if (!m_searchCurrent) {
        m_search.clear();
        completeAll();
        for (const Procedure *procedure : std::as_const(m_list))
            m_search.add(*complete(procedure->code));
        m_searchCurrent = true;
    }
    return m_search.search(query, limit);
}

void Catalog::addProcedure(Procedure procedure)
{
    if (m_modifiers && m_medicare)
        ModifierCrossCheck(*m_modifiers, *m_medicare).apply(procedure);
    const QString code = procedure.code;
    if (procedure.source.origin == Origin::Imported)
        m_imported.insert_or_assign(code, ProcedureRecord::outline(std::move(procedure)));
    else
        m_bundled.insert_or_assign(code, std::move(procedure));
}

void Catalog::rebuildIndexes()
{
    m_list = mergedList();
    QMutexLocker lock(&m_searchMutex);
    m_search.clear(); // indexed again on the next search
    m_searchCurrent = false;
}

} // namespace codedesk
