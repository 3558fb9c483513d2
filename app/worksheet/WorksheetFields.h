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
// From/To QDate or a date as typed (invalid or empty: inherit; text that is no date is kept as
// ClaimLine::fromInput/toInput), PlaceOfService/Code/RenderingNpi QString (empty: inherit),
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

// What a coder calls them ("charge", "place of service", "modifier 2"), for undo entries, the
// findings list and accessible names; never the names above in the UI.
QString claimFieldLabel(ClaimField field);
QString lineFieldLabel(LineField field);
// The label of a finding's field name ("modifier2" -> "modifier 2", "pointers" -> "diagnosis
// pointers"); an unknown name is returned as it is.
QString fieldLabel(const QString &fieldName);

} // namespace codedesk
