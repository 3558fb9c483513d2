// The report parser on any bytes: it never crashes or hangs, and what it parses survives the
// library's stored record (ProcedureRecord) unchanged.
#include "FuzzTarget.h"

#include "catalog/ProcedureJson.h"
#include "catalog/ProcedureRecord.h"
#include "catalog/ReportParser.h"

#include <QByteArray>

#include <cstdlib>

using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const codedesk::ParseResult result = codedesk::ReportParser::parse(bytes, u"fuzz.txt"_s);
    if (!result.ok)
        return 0;
    const codedesk::Procedure &procedure = result.procedure;
    const auto stored = codedesk::ProcedureRecord::decode(codedesk::ProcedureRecord::encode(procedure));
    if (!stored || stored->code != procedure.code || stored->title != procedure.title ||
        stored->modifiers.size() != procedure.modifiers.size() || stored->sections.size() != procedure.sections.size() ||
        stored->diagnostics.size() != procedure.diagnostics.size() || stored->summary != procedure.summary)
        std::abort(); // the library would load something else than was imported
    (void)codedesk::ProcedureJson::procedure(procedure, nullptr);
    return 0;
}
