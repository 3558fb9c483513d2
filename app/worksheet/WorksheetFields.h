#pragma once

#include <QString>

namespace codedesk {

// The claim fields that Worksheet::setClaimField edits, one undoable unit each.
enum class ClaimField
{
    PatientAccount,
    Payer,
    PlaceOfService,
    RenderingNpi,
    DateOfService,
    Notes
};

// The line fields that Worksheet::setLineField edits. The value types (QVariant) are:
// From/To QDate (invalid: inherit), PlaceOfService/Code/RenderingNpi QString (empty: inherit),
// Modifiers QStringList, Pointers QList<int> (0-based diagnosis indexes), Units int,
// Charge codedesk::Money or an invalid QVariant for "no charge".
enum class LineField
{
    From,
    To,
    PlaceOfService,
    Code,
    Modifiers,
    Pointers,
    Units,
    Charge,
    RenderingNpi
};

// The names used by the file format, the findings (ClaimFinding::field) and the exports.
QString claimFieldName(ClaimField field);
QString lineFieldName(LineField field);

} // namespace codedesk
