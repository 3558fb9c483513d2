#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace codedesk {

// The claim-level fields of a worksheet (CMS-1500 boxes 24B/24J defaults, 26 and the payer).
// A line's place of service, rendering NPI and dates, when empty, are these.
struct ClaimHeader
{
    QString patientAccount; // a patient identifier: never written to stderr or logs
    QString payer;
    QString placeOfService;
    QString renderingNpi;
    QDate dateOfService;
    // Text typed as the date of service that is no date: kept as typed (shown on its field and as
    // a date.unreadable error) while dateOfService keeps its previous value. Never saved.
    QString dateOfServiceInput;
    QString notes;
    QJsonObject unknownKeys; // keys of the file's "claim" object this version does not know, kept on save

    friend bool operator==(const ClaimHeader &, const ClaimHeader &) = default;
};

} // namespace codedesk
