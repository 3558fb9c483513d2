#pragma once

#include "catalog/Procedure.h"

#include <QByteArray>

#include <optional>

namespace codedesk {

// A parsed procedure as the library stores it (imported_report.parsed), so that loading an
// imported report does not parse it again. CBOR (JSON's binary form, QCborValue) of everything the
// parser produced; the cross-check's findings are not stored, they follow the reference tables.
namespace ProcedureRecord {

// Stored beside each record; a record of another format is parsed again from the report's bytes.
// Raise it whenever the parser's output or this encoding changes.
inline constexpr int format = 1;

QByteArray encode(const Procedure &procedure);
// The procedure without its long texts (summary, billing overview, clinical context, sections):
// what the list, the filters and the claim rules read. Stored beside the record, so that loading
// the library does not read every imported report's text (Catalog::complete() reads it).
Procedure outline(Procedure procedure);
// nullopt when the bytes are not a record of this format (damaged, truncated).
std::optional<Procedure> decode(const QByteArray &bytes);

} // namespace ProcedureRecord

} // namespace codedesk
