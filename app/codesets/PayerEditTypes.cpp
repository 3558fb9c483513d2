#include "codesets/PayerEditTypes.h"

#include <QRegularExpression>
#include <QtEndian>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

namespace {

QDate dateOf(quint32 yyyymmdd)
{
    return yyyymmdd == 0 ? QDate() : QDate(int(yyyymmdd / 10000), int(yyyymmdd / 100 % 100), int(yyyymmdd % 100));
}

} // namespace

void PtpRecord::append(QByteArray *records, QByteArrayView otherCode, quint32 effective, quint32 deletion,
                       quint8 indicator, bool priorTo1996, quint16 rationale)
{
    char record[size] = {' ', ' ', ' ', ' ', ' '};
    for (qsizetype i = 0; i < 5 && i < otherCode.size(); ++i)
        record[i] = otherCode.at(i);
    qToLittleEndian<quint32>(effective, record + 5);
    qToLittleEndian<quint32>(deletion, record + 9);
    record[13] = char(indicator);
    // The 1996 flag shares its byte with the rationale index's high bits (at most 32,767 rationales).
    record[14] = char(quint8(priorTo1996 ? 0x80 : 0) | quint8((rationale >> 8) & 0x7f));
    record[15] = char(rationale & 0xff);
    records->append(record, size);
}

QList<PtpEdit> PtpRecord::decode(const QString &code, bool codeIsColumn1, const QByteArray &records,
                                 const QStringList &rationales)
{
    QList<PtpEdit> edits;
    edits.reserve(records.size() / size);
    for (qsizetype at = 0; at + size <= records.size(); at += size) {
        const char *record = records.constData() + at;
        PtpEdit edit;
        const QString other = QString::fromLatin1(record, 5).trimmed();
        edit.column1 = codeIsColumn1 ? code : other;
        edit.column2 = codeIsColumn1 ? other : code;
        edit.effective = dateOf(qFromLittleEndian<quint32>(record + 5));
        edit.deletion = dateOf(qFromLittleEndian<quint32>(record + 9));
        edit.modifierIndicator = quint8(record[13]);
        const quint8 high = quint8(record[14]);
        edit.priorTo1996 = (high & 0x80) != 0;
        const int rationale = ((high & 0x7f) << 8) | quint8(record[15]);
        edit.rationale = rationales.value(rationale);
        edits << edit;
    }
    return edits;
}

QDate dateNamedIn(const QString &text)
{
    static const QRegularExpression monthDayYear(u"(?<![0-9])([0-9]{1,2})[-_/.]([0-9]{1,2})[-_/.](20[0-9]{2})(?![0-9])"_s);
    const auto match = monthDayYear.match(text);
    return match.hasMatch() ? QDate(match.captured(3).toInt(), match.captured(1).toInt(), match.captured(2).toInt())
                            : QDate();
}

QString quarterNamedIn(const QString &text)
{
    static const QRegularExpression quarter(u"(?<![0-9])(20[0-9]{2})[ _-]?Q([1-4])(?![0-9])"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    if (const auto match = quarter.match(text); match.hasMatch())
        return match.captured(1) + u'Q' + match.captured(2);
    static const QRegularExpression version(u"(?<![0-9a-z])v([0-9]{2})([0-3])(?:r[0-9])?"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    if (const auto match = version.match(text); match.hasMatch())
        return u"%1Q%2"_s.arg(1994 + match.captured(1).toInt()).arg(match.captured(2).toInt() + 1);
    if (const QDate date = dateNamedIn(text); date.isValid())
        return u"%1Q%2"_s.arg(date.year()).arg((date.month() - 1) / 3 + 1);
    return {};
}

std::pair<QDate, QDate> quarterPeriod(const QString &quarter)
{
    static const QRegularExpression shape(u"^(20[0-9]{2})Q([1-4])$"_s);
    const auto match = shape.match(quarter);
    if (!match.hasMatch())
        return {};
    const QDate from(match.captured(1).toInt(), (match.captured(2).toInt() - 1) * 3 + 1, 1);
    return {from, from.addMonths(3).addDays(-1)};
}

} // namespace codedesk
