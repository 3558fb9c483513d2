#include "core/LibraryDatabase.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringList>
#include <QThread>

#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

namespace {

// Each entry moves the schema from version (index) to version (index + 1). Append only.
const std::vector<QStringList> &migrations()
{
    static const std::vector<QStringList> steps = {
        // 1: imported procedure reports, kept as the bytes the user gave us and parsed on load.
        {
            u"CREATE TABLE imported_report ("
            "  code TEXT PRIMARY KEY,"
            "  file_name TEXT NOT NULL,"
            "  sha256 TEXT NOT NULL,"
            "  content BLOB NOT NULL,"
            "  imported_at TEXT NOT NULL)"_s,
        },
        // 2: official code sets (app/codesets): what each import recorded, the codes with their
        // search index, ICD-10-CM tabular notes, HCPCS modifiers, PFS indicators, places of service.
        {
            u"CREATE TABLE codeset_version ("
            "  part TEXT PRIMARY KEY, kind TEXT NOT NULL, file_name TEXT NOT NULL, sha256 TEXT NOT NULL,"
            "  stated_year INTEGER NOT NULL, effective_from TEXT, effective_to TEXT, imported_at TEXT NOT NULL,"
            "  entries INTEGER NOT NULL, billable INTEGER NOT NULL, notes INTEGER NOT NULL, label TEXT NOT NULL)"_s,
            u"CREATE TABLE codeset_entry ("
            "  kind TEXT NOT NULL, id INTEGER NOT NULL, code TEXT NOT NULL, code_key TEXT NOT NULL,"
            "  billable INTEGER NOT NULL, short_description TEXT NOT NULL, long_description TEXT NOT NULL,"
            "  terminated TEXT, PRIMARY KEY (kind, id)) WITHOUT ROWID"_s,
            u"CREATE UNIQUE INDEX codeset_entry_code ON codeset_entry (kind, code_key)"_s,
            u"CREATE TABLE codeset_index (kind TEXT PRIMARY KEY, format INTEGER NOT NULL, data BLOB NOT NULL)"_s,
            u"CREATE TABLE codeset_tabular_node ("
            "  code_key TEXT PRIMARY KEY, code TEXT NOT NULL, parent_key TEXT, title TEXT NOT NULL) WITHOUT ROWID"_s,
            u"CREATE TABLE codeset_tabular_note ("
            "  code_key TEXT NOT NULL, seq INTEGER NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL,"
            "  PRIMARY KEY (code_key, seq)) WITHOUT ROWID"_s,
            u"CREATE TABLE codeset_modifier ("
            "  code TEXT PRIMARY KEY, description TEXT NOT NULL, short_description TEXT NOT NULL)"_s,
            u"CREATE TABLE codeset_pfs_row ("
            "  code TEXT NOT NULL, modifier TEXT NOT NULL, status TEXT NOT NULL, work_rvu TEXT NOT NULL,"
            "  facility_total TEXT NOT NULL, non_facility_total TEXT NOT NULL, global_days TEXT NOT NULL,"
            "  pc_tc INTEGER NOT NULL, multiple_procedure INTEGER NOT NULL, bilateral INTEGER NOT NULL,"
            "  assistant INTEGER NOT NULL, co_surgeon INTEGER NOT NULL, team INTEGER NOT NULL,"
            "  conversion_factor TEXT NOT NULL, PRIMARY KEY (code, modifier))"_s,
            u"CREATE TABLE codeset_place_of_service ("
            "  code TEXT PRIMARY KEY, name TEXT NOT NULL, description TEXT NOT NULL)"_s,
        },
        // 3: code-set codes stored in chunks of consecutive codes (one row per 64 codes, keyed by
        // the first code) instead of one row per code: an import writes 1,500 rows, not 95,000.
        // Sets imported under schema 2 are dropped: import them again.
        {
            u"DROP INDEX codeset_entry_code"_s,
            u"DROP TABLE codeset_entry"_s,
            u"CREATE TABLE codeset_chunk ("
            "  kind TEXT NOT NULL, first_key TEXT NOT NULL, entries INTEGER NOT NULL, data BLOB NOT NULL,"
            "  PRIMARY KEY (kind, first_key)) WITHOUT ROWID"_s,
            u"DELETE FROM codeset_index"_s,
            u"DELETE FROM codeset_version WHERE part IN ('icd10cm-order', 'hcpcs')"_s,
        },
        // 4: a stamp for each search index, new with every write of it, so that a memory-mapped
        // copy beside the library (CodeSetIndexFile) is known to be current without reading the
        // blob (reading 2 MB of overflow pages costs more than a whole command-line search).
        {
            u"CREATE TABLE codeset_index_stamp (kind TEXT PRIMARY KEY, stamp TEXT NOT NULL)"_s,
        },
        // 5: imported reports also stored parsed (catalog/ProcedureRecord), so that loading them
        // does not parse them again; rows with no record or an older record_format are parsed once
        // from content on the next load and their record written.
        {
            u"ALTER TABLE imported_report ADD COLUMN record BLOB"_s,
            u"ALTER TABLE imported_report ADD COLUMN record_format INTEGER NOT NULL DEFAULT 0"_s,
        },
        // 6: the CMS NCCI payer edits (app/codesets/PayerEditStore). PTP edits are packed per code
        // and role (1: the code is column 1, 2: column 2), 16 bytes an edit, so that a 2-million-pair
        // file writes some 30,000 rows and a claim reads one row per code; MUE limits one per code.
        {
            u"CREATE TABLE ncci_ptp (code TEXT NOT NULL, role INTEGER NOT NULL, edits INTEGER NOT NULL,"
            "  data BLOB NOT NULL, PRIMARY KEY (code, role)) WITHOUT ROWID"_s,
            u"CREATE TABLE ncci_ptp_rationale (id INTEGER PRIMARY KEY, text TEXT NOT NULL)"_s,
            u"CREATE TABLE ncci_mue (code TEXT PRIMARY KEY, units INTEGER NOT NULL, adjudication INTEGER NOT NULL,"
            "  adjudication_text TEXT NOT NULL, rationale TEXT NOT NULL) WITHOUT ROWID"_s,
        },
        // 7: code pages. The fee schedule's descriptor and a HCPCS record's other fields (JSON
        // object by the CMS names) for the pages; the coder's favourites and personal notes per
        // code (kind as in `show --kind`).
        {
            u"ALTER TABLE codeset_pfs_row ADD COLUMN description TEXT NOT NULL DEFAULT ''"_s,
            u"CREATE INDEX codeset_tabular_node_parent ON codeset_tabular_node (parent_key)"_s,
            u"CREATE TABLE codeset_hcpcs_fields (code_key TEXT PRIMARY KEY, fields TEXT NOT NULL) WITHOUT ROWID"_s,
            u"CREATE TABLE code_favourite ("
            "  kind TEXT NOT NULL, code TEXT NOT NULL, added_at TEXT NOT NULL, PRIMARY KEY (kind, code)) WITHOUT ROWID"_s,
            u"CREATE TABLE code_note ("
            "  kind TEXT NOT NULL, code TEXT NOT NULL, text TEXT NOT NULL, updated_at TEXT NOT NULL,"
            "  PRIMARY KEY (kind, code)) WITHOUT ROWID"_s,
        },
        // 8: each imported report's outline (catalog/ProcedureRecord::outline): loading the library
        // reads outlines only, so a 4 MB report does not slow every start; reports without one get
        // it on the next load. A table of its own: reading a column stored after the report's
        // bytes would walk their overflow pages.
        {
            u"CREATE TABLE imported_report_outline ("
            "  code TEXT PRIMARY KEY REFERENCES imported_report (code) ON DELETE CASCADE,"
            "  outline BLOB NOT NULL, record_format INTEGER NOT NULL)"_s,
        },
    };
    return steps;
}

QAtomicInt nextDatabaseId;

constexpr auto OwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr auto OwnerOnlyFolder = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

// SQLite's "database is locked" (SQLITE_BUSY) and "table is locked" (SQLITE_LOCKED), and their
// extended codes: another connection holds the lock longer than the busy timeout.
bool isLockedError(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && ((code & 0xff) == 5 || (code & 0xff) == 6);
}

} // namespace

QString LibraryDatabase::describeError(const QString &path, const QSqlError &error)
{
    if (isLockedError(error)) {
        return u"%1: the library is locked by another program (another CodeDesk importing or saving?): "
               "try again once it has finished"_s.arg(path);
    }
    return u"%1: %2"_s.arg(path, error.text());
}

LibraryDatabase::LibraryDatabase(QString path)
    : m_path(std::move(path))
    , m_connectionPrefix(u"codedesk-library-%1"_s.arg(nextDatabaseId.fetchAndAddRelaxed(1)))
{
}

LibraryDatabase::~LibraryDatabase()
{
    const auto names = QSqlDatabase::connectionNames();
    for (const QString &name : names) {
        // Not through QSqlDatabase::database(): a worker thread's connection may not be asked
        // for from this one. Removing it deletes its driver, which closes it.
        if (name.startsWith(m_connectionPrefix + u'/'))
            QSqlDatabase::removeDatabase(name);
    }
}

QString LibraryDatabase::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/library.sqlite"_s;
}

int LibraryDatabase::latestSchemaVersion()
{
    return int(migrations().size());
}

namespace {

// A number for the calling thread that no later thread gets. Native thread ids are reused (a
// pool thread that expired and its successor may share one), and a connection made in one
// thread must never be handed to another: Qt refuses it ("does not belong to the calling thread").
quint64 threadSerial()
{
    static std::atomic<quint64> next{0};
    thread_local const quint64 serial = ++next;
    return serial;
}

} // namespace

QSqlDatabase LibraryDatabase::connection() const
{
    const QString name = m_connectionPrefix + u'/' + QString::number(threadSerial());
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(m_path);
    if (db.open()) {
        QSqlQuery pragma(db);
        pragma.exec(u"PRAGMA foreign_keys = ON"_s);
        pragma.exec(u"PRAGMA busy_timeout = 5000"_s);
    }
    return db;
}

bool LibraryDatabase::open()
{
    m_open = false;
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        m_error = u"%1: cannot create the folder for the library"_s.arg(info.absolutePath());
        return false;
    }
    // The library holds what the coder imported and, in notes, maybe patient details: owner-only,
    // also when an older CodeDesk made the folder or the file with wider modes.
    QFile::setPermissions(info.absolutePath(), OwnerOnlyFolder);
    if (info.exists())
        QFile::setPermissions(m_path, OwnerOnlyFile);
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        m_error = describeError(m_path, db.lastError());
        return false;
    }
    if (!migrate(db))
        return false;
    // SQLite gives its journal the database file's mode, so this covers those too.
    if (!QFile::setPermissions(m_path, OwnerOnlyFile)) {
        m_error = u"%1: cannot make the library owner-only"_s.arg(m_path);
        return false;
    }
    m_open = true;
    return true;
}

bool LibraryDatabase::migrate(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
        m_error = isLockedError(query.lastError())
                      ? describeError(m_path, query.lastError())
                      : u"%1: not a CodeDesk library (%2)"_s.arg(m_path, query.lastError().text());
        return false;
    }
    const int current = query.value(0).toInt();
    const int latest = latestSchemaVersion();
    if (current > latest) {
        m_error = u"%1: this library was written by a newer CodeDesk (schema %2, this version knows %3)"_s.arg(
            m_path)
                      .arg(current)
                      .arg(latest);
        return false;
    }
    for (int version = current; version < latest; ++version) {
        if (!db.transaction()) {
            m_error = describeError(m_path, db.lastError());
            return false;
        }
        for (const QString &statement : migrations()[size_t(version)]) {
            if (!query.exec(statement)) {
                m_error = u"%1: migrating to schema %2 failed: %3"_s.arg(m_path)
                              .arg(version + 1)
                              .arg(query.lastError().text());
                db.rollback();
                return false;
            }
        }
        if (!query.exec(u"PRAGMA user_version = %1"_s.arg(version + 1))) {
            m_error = describeError(m_path, query.lastError());
            db.rollback();
            return false;
        }
        if (!db.commit()) {
            // A failed commit leaves nothing half-written: the migration is undone as a whole.
            m_error = describeError(m_path, db.lastError());
            db.rollback();
            return false;
        }
    }
    return true;
}

} // namespace codedesk
