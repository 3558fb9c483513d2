#pragma once

#include "catalog/Catalog.h"
#include "codesets/CodeSetSearch.h"
#include "codesets/CodeSetStore.h"
#include "codesets/PayerEditStore.h"
#include "core/LibraryDatabase.h"
#include "reference/BundlingTable.h"
#include "reference/DiagnosisList.h"
#include "reference/EvaluationManagementTable.h"
#include "reference/MedicareIndicators.h"
#include "reference/ModifierDictionary.h"
#include "reference/PlaceOfServiceTable.h"
#include "reference/UnitLimits.h"
#include "reference/UnlistedCodes.h"

#include <QString>

namespace codedesk {

// Everything one running CodeDesk works with: the user's library database and what is loaded
// from it and from the bundled resources. The window and the command line each make one.
class Workspace final
{
public:
    explicit Workspace(const QString &libraryPath = LibraryDatabase::defaultPath());
    ~Workspace();
    Q_DISABLE_COPY_MOVE(Workspace)

    // Opens the library and loads bundled and imported data. On failure errorString() names
    // the file and the reason; what could be loaded still is.
    bool load();
    QString errorString() const { return m_error; }
    // Only the library database: what searching ICD-10-CM or the places of service needs.
    bool openLibrary();
    // Only what searching the code sets and modifiers needs (the library and the modifier
    // dictionary with the imported Level II modifiers; no catalog): `codeset search`.
    bool loadCodeSets();

    LibraryDatabase &database() { return m_database; }

    // The procedures (bundled reports + the user's imports, cross-checked against the reference
    // data below), the modifier dictionary and the Medicare indicators (resources/reference).
    Catalog &catalog() { return m_catalog; }
    const Catalog &catalog() const { return m_catalog; }
    ModifierDictionary &modifiers() { return m_modifiers; }
    const ModifierDictionary &modifiers() const { return m_modifiers; }
    MedicareIndicators &medicare() { return m_medicare; }
    const MedicareIndicators &medicare() const { return m_medicare; }

    // The worksheet rules' tables (resources/reference: units, bundling, E/M) and the bundled
    // diagnosis list used for descriptions until a code set is imported. Read on first use, once
    // per process (thread-safe): starting the window or running `show` does not need them.
    const UnitLimits &unitLimits() const;
    const BundlingTable &bundling() const;
    const EvaluationManagementTable &evaluationManagement() const;
    const DiagnosisList &diagnoses() const;
    const PlaceOfServiceTable &placesOfService() const;
    const UnlistedCodes &unlistedCodes() const;

    // The imported official code sets (ICD-10-CM, HCPCS, PFS, place of service): look-ups, notes,
    // versions; and their ranked search, which loads its index on first use, not at start-up.
    const CodeSetStore &codeSets() const { return m_codeSets; }
    CodeSetSearch &codeSetSearch() { return m_codeSetSearch; }
    // The imported NCCI PTP and MUE files: a code's PTP partners and its MUE (for its page), and
    // the edits among a claim's codes (for the rules).
    const PayerEditStore &payerEdits() const { return m_payerEdits; }

    // After an import of a code set: the search reads the new set, the modifier dictionary and
    // the Medicare indicators take the imported data, and the catalog's cross-check runs again.
    void reloadCodeSets();

private:
    LibraryDatabase m_database;
    QString m_error;
    ModifierDictionary m_modifiers;
    MedicareIndicators m_medicare;
    Catalog m_catalog; // after the tables it points to
    CodeSetStore m_codeSets{m_database};
    CodeSetSearch m_codeSetSearch{m_database};
    PayerEditStore m_payerEdits{m_database};
};

} // namespace codedesk
