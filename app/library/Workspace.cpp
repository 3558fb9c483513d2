#include "library/Workspace.h"

namespace codedesk {

Workspace::Workspace(const QString &libraryPath)
    : m_database(libraryPath)
{
}

Workspace::~Workspace() = default;

bool Workspace::load()
{
    bool ok = true;
    m_modifiers = ModifierDictionary::bundled();
    m_medicare = MedicareIndicators::bundled();
    if (!m_database.open()) {
        m_error = m_database.errorString();
        ok = false;
    }
    if (m_database.isOpen()) {
        m_codeSets.rememberVersions();
        m_codeSets.applyTo(&m_modifiers, &m_medicare); // official Level II modifiers, imported RVU rows
    }
    // Imported code sets that replace reference data belong above this line: the catalog's
    // cross-check reads the tables as they are now (or call catalog().recheck() afterwards).
    m_catalog.setReference(&m_modifiers, &m_medicare);
    QStringList problems;
    if (!m_catalog.loadBundled(&problems))
        ok = false;
    if (m_database.isOpen() && !m_catalog.loadImported(m_database, &problems))
        ok = false;
    if (!problems.isEmpty()) {
        if (!m_error.isEmpty())
            problems.prepend(m_error);
        m_error = problems.join(u'\n');
    }
    return ok;
}

namespace {

// A bundled table read once per process, on first use (thread-safe).
template<typename Table>
const Table &bundledOnce()
{
    static const Table table = Table::bundled();
    return table;
}

} // namespace

const UnitLimits &Workspace::unitLimits() const { return bundledOnce<UnitLimits>(); }
const BundlingTable &Workspace::bundling() const { return bundledOnce<BundlingTable>(); }
const EvaluationManagementTable &Workspace::evaluationManagement() const
{
    return bundledOnce<EvaluationManagementTable>();
}
const DiagnosisList &Workspace::diagnoses() const { return bundledOnce<DiagnosisList>(); }
const PlaceOfServiceTable &Workspace::placesOfService() const { return bundledOnce<PlaceOfServiceTable>(); }
const UnlistedCodes &Workspace::unlistedCodes() const { return bundledOnce<UnlistedCodes>(); }

bool Workspace::openLibrary()
{
    if (m_database.open())
        return true;
    m_error = m_database.errorString();
    return false;
}

bool Workspace::loadCodeSets()
{
    m_modifiers = ModifierDictionary::bundled();
    if (!openLibrary())
        return false;
    m_codeSets.applyTo(&m_modifiers, nullptr);
    return true;
}

void Workspace::reloadCodeSets()
{
    m_codeSetSearch.reset();
    m_modifiers = ModifierDictionary::bundled();
    m_medicare = MedicareIndicators::bundled();
    if (m_database.isOpen()) {
        m_codeSets.rememberVersions();
        m_codeSets.applyTo(&m_modifiers, &m_medicare);
    }
    m_catalog.recheck();
}

} // namespace codedesk
