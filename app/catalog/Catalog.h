#pragma once

#include "catalog/Procedure.h"
#include "catalog/ProcedureSearch.h"
#include "catalog/ReportParser.h"
#include "catalog/SearchHit.h"

#include <QMutex>
#include <QObject>
#include <QStringList>

#include <map>
#include <optional>

namespace codedesk {

class LibraryDatabase;
class MedicareIndicators;
class ModifierDictionary;

// The procedures CodeDesk knows: the bundled reports (resources/procedures/*.txt) and the user's
// imported ones (the library's imported_report table), all read by the same ReportParser; an
// imported one is parsed once, when it is imported, and loaded from its stored record after that.
// An imported report shadows a bundled one of the same code, which comes back when it is removed.
// Pointers handed out stay valid until the next aboutToChange().
//
// Loading reads each imported report's outline only (ProcedureRecord::outline: no summary,
// billing overview, clinical context or sections), so that start-up and every command do not
// grow with the imported reports' text: find() and procedures() give outlines, and complete()
// the whole procedure, read from the library the first time it is asked for.
class Catalog final : public QObject
{
    Q_OBJECT

public:
    explicit Catalog(QObject *parent = nullptr);
    ~Catalog() override;
    Q_DISABLE_COPY_MOVE(Catalog)

    // With reference tables set, every procedure's modifier rows carry the cross-check's findings.
    // The tables must outlive the catalog (the Workspace owns all three).
    void setReference(const ModifierDictionary *modifiers, const MedicareIndicators *medicare);
    // Runs the cross-check again, e.g. after an imported RVU file replaced the indicators.
    void recheck();

    // Each returns false when something could not be loaded; `problems` gets a line per problem.
    bool loadBundled(QStringList *problems = nullptr);
    bool loadImported(const LibraryDatabase &database, QStringList *problems = nullptr);

    // Parses `bytes`; when it is a report, stores it in the library (so it is there after a
    // restart) and adds it. A report that parses but cannot be stored comes back with ok false.
    ParseResult importReport(const LibraryDatabase &database, const QByteArray &bytes, const QString &fileName);
    // Takes the imported report of `code` out of the library and the catalog; the bundled one of
    // that code, if any, is found again. False with *error when there is no such import or the
    // library cannot be changed.
    bool removeImported(const LibraryDatabase &database, const QString &code, QString *error = nullptr);

    // The procedure for a code (case-insensitive), imported before bundled; nullptr if unknown.
    const Procedure *find(const QString &code) const;
    const Procedure *findBundled(const QString &code) const;
    const Procedure *findImported(const QString &code) const;
    bool contains(const QString &code) const { return find(code) != nullptr; }
    // The procedure with all its text (safe from any thread); nullptr if unknown.
    const Procedure *complete(const QString &code) const;

    // One per code, imported shadowing bundled, in code order.
    QList<const Procedure *> procedures() const;
    qsizetype size() const;

    QList<SearchHit> search(const QString &query, int limit = 20) const;

Q_SIGNALS:
    void aboutToChange();
    void changed();

private:
    void addProcedure(Procedure procedure);
    // Reads an imported report stored without a current outline (from its record, else parsed
    // from its bytes), stores what is missing, and adds it.
    bool loadStored(const LibraryDatabase &database, const QString &code, QStringList *problems);
    // The whole imported procedure from the library: its record, else its bytes parsed.
    std::optional<Procedure> readStored(const LibraryDatabase &database, const QString &code,
                                        QString *problem) const;
    static bool storeOutline(const LibraryDatabase &database, const Procedure &procedure);
    void forgetComplete();
    // Every imported procedure's text at once, in one pass over the library (the first search).
    void completeAll() const;
    QList<const Procedure *> mergedList() const;
    void rebuildIndexes(); // after every change of the maps

    std::map<QString, Procedure> m_bundled;
    std::map<QString, Procedure> m_imported;
    QList<const Procedure *> m_list; // one per code, in code order
    // Built on the first search, not at load: most commands (list, show, validate) never search,
    // and indexing a large imported report's text would make every one of them wait.
    mutable QMutex m_searchMutex;
    mutable ProcedureSearch m_search;
    mutable bool m_searchCurrent = false;
    const LibraryDatabase *m_database = nullptr; // where complete() reads imported text
    mutable QMutex m_completeMutex;
    mutable std::map<QString, Procedure> m_complete; // imported procedures with their text
    const ModifierDictionary *m_modifiers = nullptr;
    const MedicareIndicators *m_medicare = nullptr;
};

} // namespace codedesk
