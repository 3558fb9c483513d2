#include "worksheet/ClaimLineTableModel.h"

#include "core/VisibleText.h"
#include "worksheet/Worksheet.h"

#include <algorithm>
#include <array>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

namespace {

constexpr int columnCountValue = int(ClaimLineColumn::Count);

quint64 cellKey(int row, int column)
{
    return quint64(row) << 8 | quint64(column);
}

int modifierSlot(ClaimLineColumn column)
{
    return int(column) - int(ClaimLineColumn::Modifier1);
}

bool isModifierColumn(ClaimLineColumn column)
{
    return column >= ClaimLineColumn::Modifier1 && column <= ClaimLineColumn::Modifier4;
}

QString dateText(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// A field from a file may hold control characters (an escape sequence): shown as symbols, and an
// edit starts from what the coder sees.
QVariant visible(const QVariant &value)
{
    return value.metaType().id() == QMetaType::QString ? QVariant(VisibleText::withVisibleControls(value.toString()))
                                                       : value;
}

} // namespace

ClaimLineTableModel::ClaimLineTableModel(Worksheet *worksheet, QObject *parent)
    : QAbstractTableModel(parent)
    , m_worksheet(worksheet)
{
    connectWorksheet();
}

ClaimLineTableModel::~ClaimLineTableModel() = default;

void ClaimLineTableModel::connectWorksheet()
{
    Worksheet *sheet = m_worksheet;
    connect(sheet, &Worksheet::aboutToReset, this, [this] { beginResetModel(); });
    connect(sheet, &Worksheet::reset, this, [this] {
        m_findings.clear();
        endResetModel();
    });
    connect(sheet, &Worksheet::linesAboutToBeInserted, this,
            [this](int first, int last) { beginInsertRows({}, first, last); });
    connect(sheet, &Worksheet::linesInserted, this, [this] {
        endInsertRows();
        clearFindings();
    });
    connect(sheet, &Worksheet::linesAboutToBeRemoved, this,
            [this](int first, int last) { beginRemoveRows({}, first, last); });
    connect(sheet, &Worksheet::linesRemoved, this, [this] {
        endRemoveRows();
        clearFindings();
    });
    connect(sheet, &Worksheet::lineAboutToBeMoved, this, [this](int from, int to) {
        // Qt's destination is the row the moved row goes before, counted before the move.
        beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    });
    connect(sheet, &Worksheet::lineMoved, this, [this] {
        endMoveRows();
        clearFindings();
    });
    connect(sheet, &Worksheet::linesChanged, this,
            [this](int first, int last) { Q_EMIT dataChanged(index(first, 0), index(last, columnCountValue - 1)); });
}

void ClaimLineTableModel::clearFindings()
{
    if (m_findings.isEmpty())
        return;
    m_findings.clear();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCountValue - 1),
                           {ClaimLineRole::SeverityRole, ClaimLineRole::FindingsRole, Qt::ToolTipRole});
}

void ClaimLineTableModel::setFindings(const ClaimFindings &findings)
{
    QHash<quint64, ClaimFindings> cells;
    for (const ClaimFinding &finding : findings) {
        ClaimLineColumn column = columnForField(finding.field);
        if (column == ClaimLineColumn::Count)
            column = ClaimLineColumn::Code; // a finding about the whole line shows on its code
        // A finding that names several lines shows on each of them.
        for (int line : finding.lines.isEmpty() ? QList<int>{finding.line} : finding.lines) {
            if (line >= 0 && line < rowCount())
                cells[cellKey(line, int(column))] << finding;
        }
    }
    // Only the rows whose findings changed are repainted: a keystroke changes a few at most.
    int first = std::numeric_limits<int>::max();
    int last = -1;
    const auto changedRow = [&first, &last](quint64 key) {
        const int row = int(key >> 8);
        first = std::min(first, row);
        last = std::max(last, row);
    };
    for (auto it = m_findings.cbegin(); it != m_findings.cend(); ++it) {
        if (cells.value(it.key()) != it.value())
            changedRow(it.key());
    }
    for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
        if (!m_findings.contains(it.key()))
            changedRow(it.key());
    }
    m_findings = std::move(cells);
    if (last >= 0)
        Q_EMIT dataChanged(index(first, 0), index(last, columnCountValue - 1),
                           {ClaimLineRole::SeverityRole, ClaimLineRole::FindingsRole, Qt::ToolTipRole});
}

int ClaimLineTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_worksheet ? 0 : m_worksheet->lineCount();
}

int ClaimLineTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columnCountValue;
}

bool ClaimLineTableModel::isInherited(int row, ClaimLineColumn column) const
{
    const ClaimLine &line = m_worksheet->line(row);
    switch (column) {
    case ClaimLineColumn::From:
        return !line.from.isValid() && line.fromInput.isEmpty();
    case ClaimLineColumn::To:
        return !line.to.isValid() && line.toInput.isEmpty();
    case ClaimLineColumn::PlaceOfService:
        return line.placeOfService.isEmpty();
    case ClaimLineColumn::RenderingNpi:
        return line.renderingNpi.isEmpty();
    default:
        return false;
    }
}

QVariant ClaimLineTableModel::displayValue(int row, ClaimLineColumn column) const
{
    const ClaimLine &line = m_worksheet->line(row);
    const ClaimHeader &claim = m_worksheet->claim();
    switch (column) {
    case ClaimLineColumn::From:
        // Text that is no date shows as typed (its finding says what the line keeps).
        return line.fromInput.isEmpty() ? dateText(line.effectiveFrom(claim)) : line.fromInput;
    case ClaimLineColumn::To:
        return line.toInput.isEmpty() ? dateText(line.effectiveTo(claim)) : line.toInput;
    case ClaimLineColumn::PlaceOfService:
        return line.effectivePlaceOfService(claim);
    case ClaimLineColumn::RenderingNpi:
        return line.effectiveRenderingNpi(claim);
    case ClaimLineColumn::Charge:
        return line.charge ? line.charge->toString() : QString();
    case ClaimLineColumn::Units:
        return line.units;
    default:
        return editValue(row, column);
    }
}

QVariant ClaimLineTableModel::editValue(int row, ClaimLineColumn column) const
{
    const ClaimLine &line = m_worksheet->line(row);
    if (isModifierColumn(column)) {
        const int slot = modifierSlot(column);
        return slot < line.modifiers.size() ? line.modifiers.at(slot) : QString();
    }
    switch (column) {
    case ClaimLineColumn::From:
        return line.fromInput.isEmpty() ? dateText(line.from) : line.fromInput;
    case ClaimLineColumn::To:
        return line.toInput.isEmpty() ? dateText(line.to) : line.toInput;
    case ClaimLineColumn::PlaceOfService:
        return line.placeOfService;
    case ClaimLineColumn::Code:
        return line.code;
    case ClaimLineColumn::Pointers:
        return pointerListText(line.pointers);
    case ClaimLineColumn::Units:
        return line.units;
    case ClaimLineColumn::Charge:
        return line.charge ? line.charge->toString() : QString();
    case ClaimLineColumn::RenderingNpi:
        return line.renderingNpi;
    default:
        return {};
    }
}

QVariant ClaimLineTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_worksheet ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto column = ClaimLineColumn(index.column());
    const ClaimFindings cellFindings = m_findings.value(cellKey(index.row(), index.column()));
    switch (role) {
    case Qt::DisplayRole:
        return visible(displayValue(index.row(), column));
    case Qt::EditRole:
        return visible(editValue(index.row(), column));
    case Qt::TextAlignmentRole:
        if (column == ClaimLineColumn::Units || column == ClaimLineColumn::Charge)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ClaimLineRole::InheritedRole:
        return isInherited(index.row(), column);
    case ClaimLineRole::FieldRole:
        return fieldName(column);
    case ClaimLineRole::LineFieldRole:
        return int(lineField(column));
    case ClaimLineRole::SeverityRole: {
        int worst = -1;
        for (const ClaimFinding &finding : cellFindings)
            worst = std::max(worst, int(finding.severity));
        return worst;
    }
    case ClaimLineRole::FindingsRole:
    case Qt::ToolTipRole: {
        QStringList messages;
        for (const ClaimFinding &finding : cellFindings)
            messages << VisibleText::withVisibleControls(
                u"%1 (%2; source: %3)"_s.arg(finding.message, finding.rule, finding.source));
        if (role == Qt::ToolTipRole && isInherited(index.row(), column))
            messages.prepend(u"From the claim"_s);
        if (role == Qt::ToolTipRole)
            return messages.isEmpty() ? QVariant() : QVariant(messages.join(u'\n'));
        return messages;
    }
    default:
        return {};
    }
}

bool ClaimLineTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !m_worksheet ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const auto column = ClaimLineColumn(index.column());
    const LineField field = lineField(column);
    QVariant edit = value;
    if (isModifierColumn(column)) {
        if (value.isValid() && value.metaType().id() != QMetaType::QString)
            return false;
        QStringList modifiers = m_worksheet->line(index.row()).modifiers;
        const int slot = modifierSlot(column);
        while (modifiers.size() <= slot)
            modifiers << QString();
        modifiers[slot] = value.toString().trimmed().toUpper();
        modifiers.removeAll(QString());
        edit = modifiers;
    }
    if (m_editHandler)
        return m_editHandler(index.row(), field, edit);
    return m_worksheet->setLineField(index.row(), field, edit);
}

Qt::ItemFlags ClaimLineTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

QVariant ClaimLineTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < rowCount())
            return section + 1;
        return {};
    }
    if (section < 0 || section >= columnCountValue || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    static const std::array<std::pair<const char *, const char *>, columnCountValue> titles = {{
        {QT_TR_NOOP("From"), QT_TR_NOOP("First date of service (box 24A); empty: the claim's date")},
        {QT_TR_NOOP("To"), QT_TR_NOOP("Last date of service (box 24A); empty: the From date")},
        {QT_TR_NOOP("POS"), QT_TR_NOOP("Place of service (box 24B); empty: the claim's")},
        {QT_TR_NOOP("Code"), QT_TR_NOOP("CPT or HCPCS code (box 24D)")},
        {QT_TR_NOOP("Mod 1"), QT_TR_NOOP("Modifier 1 (box 24D); pricing modifiers first")},
        {QT_TR_NOOP("Mod 2"), QT_TR_NOOP("Modifier 2 (box 24D)")},
        {QT_TR_NOOP("Mod 3"), QT_TR_NOOP("Modifier 3 (box 24D)")},
        {QT_TR_NOOP("Mod 4"), QT_TR_NOOP("Modifier 4 (box 24D)")},
        {QT_TR_NOOP("Dx pointers"), QT_TR_NOOP("Diagnosis pointers A–L (box 24E), primary first")},
        {QT_TR_NOOP("Units"), QT_TR_NOOP("Days or units (box 24G)")},
        {QT_TR_NOOP("Charge"), QT_TR_NOOP("Charge (box 24F)")},
        {QT_TR_NOOP("Rendering NPI"), QT_TR_NOOP("Rendering provider NPI (box 24J); empty: the claim's")},
    }};
    const auto &title = titles.at(size_t(section));
    return tr(role == Qt::DisplayRole ? title.first : title.second);
}

QHash<int, QByteArray> ClaimLineTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ClaimLineRole::InheritedRole, "inherited");
    names.insert(ClaimLineRole::FieldRole, "field");
    names.insert(ClaimLineRole::SeverityRole, "severity");
    names.insert(ClaimLineRole::FindingsRole, "findings");
    names.insert(ClaimLineRole::LineFieldRole, "lineField");
    return names;
}

LineField ClaimLineTableModel::lineField(ClaimLineColumn column)
{
    switch (column) {
    case ClaimLineColumn::From:
        return LineField::From;
    case ClaimLineColumn::To:
        return LineField::To;
    case ClaimLineColumn::PlaceOfService:
        return LineField::PlaceOfService;
    case ClaimLineColumn::Code:
        return LineField::Code;
    case ClaimLineColumn::Pointers:
        return LineField::Pointers;
    case ClaimLineColumn::Units:
        return LineField::Units;
    case ClaimLineColumn::Charge:
        return LineField::Charge;
    case ClaimLineColumn::RenderingNpi:
        return LineField::RenderingNpi;
    default:
        return LineField::Modifiers;
    }
}

QString ClaimLineTableModel::fieldName(ClaimLineColumn column)
{
    if (isModifierColumn(column))
        return u"modifier%1"_s.arg(modifierSlot(column) + 1);
    return lineFieldName(lineField(column));
}

ClaimLineColumn ClaimLineTableModel::columnForField(const QString &field)
{
    if (field == u"modifiers")
        return ClaimLineColumn::Modifier1;
    if (field.startsWith(u"pointer"))
        return ClaimLineColumn::Pointers;
    static const QHash<QString, ClaimLineColumn> columns = [] {
        QHash<QString, ClaimLineColumn> byName;
        for (int column = 0; column < columnCountValue; ++column)
            byName.insert(fieldName(ClaimLineColumn(column)), ClaimLineColumn(column));
        return byName;
    }();
    return columns.value(field, ClaimLineColumn::Count);
}

} // namespace codedesk
