#pragma once

#include "worksheet/ClaimHeader.h"
#include "worksheet/Money.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace codedesk {

// One service line (CMS-1500 box 24, 837P loop 2400) as the coder wrote it. Empty dates, place
// of service and rendering NPI inherit from the claim: use the effective*() accessors for the
// values that go on the claim.
struct ClaimLine
{
    // A line holds at most four modifiers (CMS-1500 box 24D, 837P SV101-3..6).
    static constexpr int maximumModifiers = 4;

    QDate from;
    QDate to;
    // Text typed into From or To that is no date: kept as typed (shown in its cell and as a
    // date.unreadable error) while the date keeps its previous value. Never saved.
    QString fromInput;
    QString toInput;
    QString placeOfService;
    QString code;
    QStringList modifiers; // as written; the rules judge format, count and duplicates
    QList<int> pointers;   // 0-based indexes into the worksheet's diagnoses (A = 0)
    int units = 1;
    std::optional<Money> charge; // nullopt: not entered
    QString renderingNpi;
    QJsonObject unknownKeys; // keys of this line's object in the file that this version does not know

    // The line-inherits-claim rule (DESIGN.md): an empty from is the claim's date of service; an
    // empty to is the line's effective from (a one-day service).
    QDate effectiveFrom(const ClaimHeader &claim) const { return from.isValid() ? from : claim.dateOfService; }
    QDate effectiveTo(const ClaimHeader &claim) const { return to.isValid() ? to : effectiveFrom(claim); }
    QString effectivePlaceOfService(const ClaimHeader &claim) const
    {
        return placeOfService.isEmpty() ? claim.placeOfService : placeOfService;
    }
    QString effectiveRenderingNpi(const ClaimHeader &claim) const
    {
        return renderingNpi.isEmpty() ? claim.renderingNpi : renderingNpi;
    }

    friend bool operator==(const ClaimLine &, const ClaimLine &) = default;
};

// Diagnosis pointers are written as letters A–L on the CMS-1500 (box 24E).
QString pointerLetter(int index);                  // 0 -> "A"; out of A–Z -> the 1-based number
std::optional<int> pointerIndex(QStringView text); // "A"/"a" -> 0, "1" -> 0; nullopt if not a pointer
// "A,B", "AB", "A B", "1, 2" -> {0, 1}. nullopt when any part is not a pointer.
std::optional<QList<int>> parsePointerList(QStringView text);
QString pointerListText(const QList<int> &pointers); // {0, 1} -> "A, B"

} // namespace codedesk
