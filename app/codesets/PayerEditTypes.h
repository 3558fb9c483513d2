#pragma once

#include "codesets/CodeSetTypes.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace codedesk {

// One NCCI procedure-to-procedure edit: the column 2 code is not paid with the column 1 code on
// one date of service, unless the modifier indicator allows an NCCI-associated modifier.
struct PtpEdit
{
    QString column1;
    QString column2;
    QDate effective;
    QDate deletion; // invalid: not deleted
    int modifierIndicator = 0; // 0 not allowed, 1 allowed, 9 not applicable
    bool priorTo1996 = false;
    QString rationale;

    bool appliesOn(const QDate &date) const
    {
        return date.isValid() && (!effective.isValid() || date >= effective) &&
               (!deletion.isValid() || date < deletion);
    }
};

// One NCCI medically unlikely edit: the most units of a code one practitioner reports for one
// patient on one line (adjudication indicator 1) or one date of service (2 policy, 3 clinical).
struct MueLimit
{
    QString code;
    int units = 0;
    int adjudication = 0; // 1, 2 or 3
    QString adjudicationText; // as the file words it: "2 Date of Service Edit: Policy"
    QString rationale;
};

// A PTP file parsed into what the store keeps: per code, its edits packed as fixed-size records
// (PtpRecord), once as column 1 and once as column 2, and the distinct rationales they index.
struct NcciPtpResult
{
    QHash<QByteArray, QByteArray> asColumn1; // column 1 code -> records naming each column 2 code
    QHash<QByteArray, QByteArray> asColumn2; // column 2 code -> records naming each column 1 code
    QStringList rationales;
    int edits = 0;
    QDate latestEffective; // names the quarter when neither the file name nor the user does
    QList<ImportProblem> problems;
    bool cancelled = false;
    QString error;
};

struct MueResult
{
    QList<MueLimit> limits;
    QDate effective; // a date the notice lines above the header name ("effective 1/1/2026"), if any
    QList<ImportProblem> problems;
    bool cancelled = false;
    QString error;
};

// The fixed-size record of one edit as the store keeps it: the other code (5 bytes), effective
// and deletion dates as yyyymmdd (0: none), the modifier indicator, then the 1996 flag (top bit)
// with the rationale's index (15 bits). 16 bytes, little-endian.
namespace PtpRecord {
constexpr qsizetype size = 16;
void append(QByteArray *records, QByteArrayView otherCode, quint32 effective, quint32 deletion, quint8 indicator,
            bool priorTo1996, quint16 rationale);
// The edits in `records` of `code` (column 1 when `codeIsColumn1`, else column 2).
QList<PtpEdit> decode(const QString &code, bool codeIsColumn1, const QByteArray &records,
                      const QStringList &rationales);
} // namespace PtpRecord

// "2026Q1" from a file name ("...2026Q1...", "2026-Q1"), a CMS NCCI version ("v321" = 32.1 =
// 2026 April: version 32 is 2026, minor 0..3 the quarter) or a date in it ("Eff_04-01-2026");
// empty when it names none.
QString quarterNamedIn(const QString &text);
// The first month/day/year date a text names ("effective 1/1/2026", "Eff_04-01-2026"); invalid if none.
QDate dateNamedIn(const QString &text);
// The first and last day of "2026Q1"; invalid dates when it is not a quarter.
std::pair<QDate, QDate> quarterPeriod(const QString &quarter);

} // namespace codedesk
