#pragma once

#include "codesets/ImportControl.h"
#include "codesets/PayerEditTypes.h"

#include <QByteArray>

namespace codedesk {

// The CMS NCCI practitioner PTP file as tab-delimited text: notice lines, then a header row found
// by its column names (Column 1, Column 2, *=in existence prior to 1996, Effective Date, Deletion
// Date, Modifier, PTP Edit Rationale), then one edit per line. Linear in the file's size, without
// a QString per line: 2 million edits parse in about a second.
class NcciPtpImporter final
{
public:
    static NcciPtpResult parse(const QByteArray &bytes, const ImportControl &control = {});
};

} // namespace codedesk
