#pragma once

#include "codesets/ImportControl.h"
#include "codesets/PayerEditTypes.h"

#include <QByteArray>

namespace codedesk {

// The CMS practitioner services MUE file as tab-delimited text: notice lines, then a header row
// found by its column names (HCPCS/CPT Code, Practitioner Services MUE Values, MUE Adjudication
// Indicator, MUE Rationale), then one code per line.
class MueImporter final
{
public:
    static MueResult parse(const QByteArray &bytes, const ImportControl &control = {});
};

} // namespace codedesk
