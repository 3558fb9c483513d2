#pragma once

#include "catalog/Procedure.h"

#include <QByteArray>
#include <QString>

namespace codedesk {

struct ParseResult
{
    bool ok = false;
    QString error;       // one line, only when the input is rejected
    Procedure procedure; // with its diagnostics; complete only when ok
};

// Reads one procedure report (the format of DESIGN.md). Keeps what it cannot place as other
// sections, notes each problem as a diagnostic with its 1-based line, and rejects only input that
// is not a report: empty, binary, or without a procedure code. Linear in the input; never throws.
// Reentrant: reports may be parsed on a worker thread.
class ReportParser final
{
public:
    // `fileName` may be a path; the source keeps the file name only.
    static ParseResult parse(const QByteArray &bytes, const QString &fileName, Origin origin = Origin::Imported);
};

} // namespace codedesk
