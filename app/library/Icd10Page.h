#pragma once

#include <QJsonObject>

#include <optional>

namespace codedesk {

class CodeSetStore;

// The icd10cm code page (DESIGN.md "Code pages"): the order file's title and billable flag with
// the tabular list's place in the tree, notes (inherited ones marked with the level they are
// written at) and seventh characters. Either file alone still makes a page that says what is
// missing. nullopt: neither file has the code.
namespace Icd10Page {

std::optional<QJsonObject> build(const CodeSetStore &store, const QString &code);

} // namespace Icd10Page

} // namespace codedesk
