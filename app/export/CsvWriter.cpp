#include "export/CsvWriter.h"

#include "core/JsonText.h"
#include "core/PrivateFileSaver.h"
#include "worksheet/CodeFormat.h"

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

namespace {

bool needsQuotes(const QString &cell)
{
    for (QChar c : cell) {
        if (c == u',' || c == u'"' || c == u'\r' || c == u'\n')
            return true;
    }
    return false;
}

QString quoted(const QString &cell)
{
    if (!needsQuotes(cell))
        return cell;
    QString escaped = cell;
    escaped.replace(u'"', u"\"\""_s);
    return u'"' + escaped + u'"';
}

QString dateCell(QDate date)
{
    return json::isoDate(date);
}

} // namespace

QStringList CsvWriter::columns()
{
    return {u"line"_s,           u"from"_s,       u"to"_s,           u"placeOfService"_s, u"code"_s,
            u"modifier1"_s,      u"modifier2"_s,  u"modifier3"_s,    u"modifier4"_s,      u"pointer1"_s,
            u"pointer2"_s,       u"pointer3"_s,   u"pointer4"_s,     u"diagnosis1"_s,     u"diagnosis2"_s,
            u"diagnosis3"_s,     u"diagnosis4"_s, u"units"_s,        u"charge"_s,         u"renderingNpi"_s,
            u"patientAccount"_s, u"payer"_s,      u"dateOfService"_s};
}

QString CsvWriter::textCell(const QString &text)
{
    static constexpr QStringView formulaStarts = u"=+-@\t\r";
    if (!text.isEmpty() && formulaStarts.contains(text.front()))
        return quoted(u'\'' + text);
    return quoted(text);
}

QString CsvWriter::numberCell(const QString &number)
{
    return quoted(number);
}

QByteArray CsvWriter::toCsv(const WorksheetContent &content)
{
    const ClaimHeader &claim = content.claim;
    const QString claimCells = u',' + textCell(claim.patientAccount) + u',' + textCell(claim.payer) + u',' +
                               textCell(dateCell(claim.dateOfService));
    QString csv;
    csv.reserve(128 * (content.lines.size() + 1));
    csv += columns().join(u',') + u"\r\n"_s;
    for (qsizetype i = 0; i < content.lines.size(); ++i) {
        const ClaimLine &line = content.lines.at(i);
        csv += numberCell(QString::number(i + 1));
        csv += u',' + textCell(dateCell(line.effectiveFrom(claim)));
        csv += u',' + textCell(dateCell(line.effectiveTo(claim)));
        csv += u',' + textCell(line.effectivePlaceOfService(claim));
        csv += u',' + textCell(line.code);
        for (int m = 0; m < 4; ++m)
            csv += u',' + textCell(m < line.modifiers.size() ? line.modifiers.at(m) : QString());
        for (int p = 0; p < 4; ++p)
            csv += u',' + textCell(p < line.pointers.size() ? pointerLetter(line.pointers.at(p)) : QString());
        // Box 21's codes themselves, so a billing system need not resolve the letters.
        for (int p = 0; p < 4; ++p) {
            const int pointer = p < line.pointers.size() ? line.pointers.at(p) : -1;
            csv += u',' + textCell(dottedIcd10Cm(content.diagnoses.value(pointer).trimmed().toUpper()));
        }
        csv += u',' + numberCell(QString::number(line.units));
        csv += u',' + numberCell(line.charge ? line.charge->toString() : QString());
        csv += u',' + textCell(line.effectiveRenderingNpi(claim));
        csv += claimCells;
        csv += u"\r\n"_s;
    }
    return csv.toUtf8();
}

bool CsvWriter::write(QIODevice *device, const WorksheetContent &content)
{
    m_error.clear();
    return writeAll(device, toCsv(content), &m_error);
}

} // namespace codedesk
