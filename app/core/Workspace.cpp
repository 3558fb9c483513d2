#include "core/Workspace.h"

namespace codedesk {

Workspace::Workspace(const QString &libraryPath)
    : m_database(libraryPath)
{
}

Workspace::~Workspace() = default;

bool Workspace::load()
{
    bool ok = true;
    if (!m_database.open()) {
        m_error = m_database.errorString();
        ok = false;
    }
    return ok;
}

} // namespace codedesk
