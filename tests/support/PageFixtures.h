#pragma once

#include <QString>
#include <QStringList>

namespace codedesk::test {

// Imports the code-page fixtures (tests/data/pages: ICD-10-CM order file and tabular list,
// HCPCS, PFS, places of service) into the current test home through `codedesk codeset import`.
// `parts` picks some of "icd10cm" (the order file), "icd10cm-tabular", "hcpcs", "pfs", "pos";
// empty: all. Returns the failures, empty when all were imported.
QStringList importPageFixtures(const QStringList &parts = {});

} // namespace codedesk::test
