#include "worksheet/Worksheet.h"

#include "worksheet/LineValues.h"

namespace codedesk {

Worksheet::Worksheet(QObject *parent)
    : QObject(parent)
{}

Worksheet::Worksheet(WorksheetContent content, QObject *parent)
    : QObject(parent)
    , m_content(std::move(content))
{}

Worksheet::~Worksheet() = default;

void Worksheet::setContent(WorksheetContent content)
{
    Q_EMIT aboutToReset();
    m_content = std::move(content);
    Q_EMIT reset();
    Q_EMIT changed();
}

QVariant Worksheet::claimField(ClaimField field) const
{
    const ClaimHeader &claim = m_content.claim;
    switch (field) {
    case ClaimField::PatientAccount:
        return claim.patientAccount;
    case ClaimField::Payer:
        return claim.payer;
    case ClaimField::PlaceOfService:
        return claim.placeOfService;
    case ClaimField::RenderingNpi:
        return claim.renderingNpi;
    case ClaimField::DateOfService:
        return typedDateValue(claim.dateOfService, claim.dateOfServiceInput);
    case ClaimField::Notes:
        return claim.notes;
    }
    return {};
}

bool Worksheet::setClaimField(ClaimField field, const QVariant &value)
{
    ClaimHeader updated = m_content.claim;
    if (field == ClaimField::DateOfService) {
        if (!typedDateFromVariant(value, &updated.dateOfService, &updated.dateOfServiceInput))
            return false;
    } else {
        if (value.isValid() && value.metaType().id() != QMetaType::QString)
            return false;
        // Notes keep their spacing; identifiers and codes do not.
        const QString text = field == ClaimField::Notes ? value.toString() : value.toString().trimmed();
        switch (field) {
        case ClaimField::PatientAccount:
            updated.patientAccount = text;
            break;
        case ClaimField::Payer:
            updated.payer = text;
            break;
        case ClaimField::PlaceOfService:
            updated.placeOfService = text;
            break;
        case ClaimField::RenderingNpi:
            updated.renderingNpi = text;
            break;
        case ClaimField::Notes:
            updated.notes = text;
            break;
        case ClaimField::DateOfService:
            break;
        }
    }
    if (updated == m_content.claim)
        return true;
    m_content.claim = std::move(updated);
    Q_EMIT claimChanged(field);
    // Inherited values show in every line that leaves the field empty.
    if (field == ClaimField::PlaceOfService || field == ClaimField::RenderingNpi ||
        field == ClaimField::DateOfService) {
        if (lineCount() > 0)
            Q_EMIT linesChanged(0, lineCount() - 1);
    }
    Q_EMIT changed();
    return true;
}

void Worksheet::setDiagnoses(const QStringList &codes)
{
    if (codes == m_content.diagnoses)
        return;
    m_content.diagnoses = codes;
    Q_EMIT diagnosesChanged();
    Q_EMIT changed();
}

bool Worksheet::setDiagnosis(int index, const QString &code)
{
    if (index < 0 || index >= m_content.diagnoses.size())
        return false;
    const QString normalized = code.trimmed().toUpper();
    if (m_content.diagnoses.at(index) == normalized)
        return true;
    m_content.diagnoses[index] = normalized;
    Q_EMIT diagnosesChanged();
    Q_EMIT changed();
    return true;
}

bool Worksheet::insertDiagnosis(int index, const QString &code)
{
    if (index < 0 || index > m_content.diagnoses.size())
        return false;
    m_content.diagnoses.insert(index, code.trimmed().toUpper());
    remapPointers([index](int pointer) { return pointer >= index ? pointer + 1 : pointer; });
    Q_EMIT diagnosesChanged();
    Q_EMIT changed();
    return true;
}

bool Worksheet::removeDiagnosis(int index)
{
    if (index < 0 || index >= m_content.diagnoses.size())
        return false;
    m_content.diagnoses.removeAt(index);
    remapPointers([index](int pointer) {
        if (pointer == index)
            return -1;
        return pointer > index ? pointer - 1 : pointer;
    });
    Q_EMIT diagnosesChanged();
    Q_EMIT changed();
    return true;
}

bool Worksheet::moveDiagnosis(int from, int to)
{
    const qsizetype count = m_content.diagnoses.size();
    if (from < 0 || from >= count || to < 0 || to >= count)
        return false;
    if (from == to)
        return true;
    m_content.diagnoses.move(from, to);
    remapPointers([from, to](int pointer) {
        if (pointer == from)
            return to;
        if (from < to && pointer > from && pointer <= to)
            return pointer - 1;
        if (to < from && pointer >= to && pointer < from)
            return pointer + 1;
        return pointer;
    });
    Q_EMIT diagnosesChanged();
    Q_EMIT changed();
    return true;
}

bool Worksheet::remapPointers(const std::function<int(int)> &map)
{
    int first = -1;
    int last = -1;
    for (int row = 0; row < lineCount(); ++row) {
        const QList<int> &old = m_content.lines.at(row).pointers;
        QList<int> mapped;
        mapped.reserve(old.size());
        for (int pointer : old) {
            const int target = map(pointer);
            if (target >= 0)
                mapped << target;
        }
        if (mapped != old) {
            m_content.lines[row].pointers = std::move(mapped);
            first = first < 0 ? row : first;
            last = row;
        }
    }
    if (first >= 0)
        Q_EMIT linesChanged(first, last);
    return first >= 0;
}

QList<QList<int>> Worksheet::allPointers() const
{
    QList<QList<int>> pointers;
    pointers.reserve(m_content.lines.size());
    for (const ClaimLine &line : m_content.lines)
        pointers << line.pointers;
    return pointers;
}

bool Worksheet::setAllPointers(const QList<QList<int>> &pointers)
{
    if (pointers.size() != m_content.lines.size())
        return false;
    int first = -1;
    int last = -1;
    for (int row = 0; row < lineCount(); ++row) {
        if (m_content.lines.at(row).pointers != pointers.at(row)) {
            m_content.lines[row].pointers = pointers.at(row);
            first = first < 0 ? row : first;
            last = row;
        }
    }
    if (first >= 0) {
        Q_EMIT linesChanged(first, last);
        Q_EMIT changed();
    }
    return true;
}

bool Worksheet::insertLine(int row, const ClaimLine &line)
{
    if (row < 0 || row > lineCount())
        return false;
    Q_EMIT linesAboutToBeInserted(row, row);
    m_content.lines.insert(row, line);
    Q_EMIT linesInserted(row, row);
    Q_EMIT changed();
    return true;
}

bool Worksheet::removeLine(int row)
{
    if (!isRow(row))
        return false;
    Q_EMIT linesAboutToBeRemoved(row, row);
    m_content.lines.removeAt(row);
    Q_EMIT linesRemoved(row, row);
    Q_EMIT changed();
    return true;
}

bool Worksheet::moveLine(int from, int to)
{
    if (!isRow(from) || !isRow(to))
        return false;
    if (from == to)
        return true;
    Q_EMIT lineAboutToBeMoved(from, to);
    m_content.lines.move(from, to);
    Q_EMIT lineMoved(from, to);
    Q_EMIT changed();
    return true;
}

bool Worksheet::duplicateLine(int row)
{
    if (!isRow(row))
        return false;
    return insertLine(row + 1, m_content.lines.at(row));
}

bool Worksheet::setLine(int row, const ClaimLine &line)
{
    if (!isRow(row))
        return false;
    if (m_content.lines.at(row) == line)
        return true;
    m_content.lines[row] = line;
    Q_EMIT linesChanged(row, row);
    Q_EMIT changed();
    return true;
}

QVariant Worksheet::lineField(int row, LineField field) const
{
    return isRow(row) ? lineFieldValue(m_content.lines.at(row), field) : QVariant();
}

bool Worksheet::setLineField(int row, LineField field, const QVariant &value)
{
    if (!isRow(row))
        return false;
    ClaimLine updated = m_content.lines.at(row);
    if (!assignLineField(updated, field, value))
        return false;
    return setLine(row, updated);
}

} // namespace codedesk
