#include "worksheetview/DiagnosisListModel.h"

#include "core/VisibleText.h"
#include "document/WorksheetDocument.h"
#include "worksheet/ClaimLine.h"
#include "worksheet/Worksheet.h"

#include <QMimeData>

using namespace Qt::Literals::StringLiterals;

namespace codedesk::ui {

namespace {
const QString rowMimeType = u"application/x-codedesk-diagnosis-row"_s;
}

DiagnosisListModel::DiagnosisListModel(WorksheetDocument *document, Describer describe, QObject *parent)
    : QAbstractListModel(parent)
    , m_document(document)
    , m_describe(std::move(describe))
{
    Worksheet *worksheet = document->worksheet();
    connect(worksheet, &Worksheet::diagnosesChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(worksheet, &Worksheet::aboutToReset, this, [this] { beginResetModel(); });
    connect(worksheet, &Worksheet::reset, this, [this] { endResetModel(); });
}

int DiagnosisListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_document->worksheet()->diagnoses().size());
}

QVariant DiagnosisListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QString code = m_document->worksheet()->diagnoses().at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString description = m_describe ? m_describe(code) : QString();
        return VisibleText::withVisibleControls(
            u"%1   %2   %3"_s.arg(pointerLetter(index.row()), code,
                                  description.isEmpty() ? tr("(no description on file)") : description));
    }
    case Qt::EditRole:
        return VisibleText::withVisibleControls(code);
    case CodeRole:
        return code;
    case Qt::ToolTipRole:
        return index.row() == 0 ? tr("Primary diagnosis (A)") : tr("Diagnosis %1").arg(pointerLetter(index.row()));
    case Qt::AccessibleTextRole:
        return data(index, Qt::DisplayRole);
    default:
        return {};
    }
}

bool DiagnosisListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const QString code = value.toString().trimmed().toUpper();
    if (code == m_document->worksheet()->diagnoses().at(index.row()))
        return false;
    m_document->setDiagnosis(index.row(), code);
    return true;
}

Qt::ItemFlags DiagnosisListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags base = QAbstractListModel::flags(index);
    if (m_document->isReadOnly())
        return base;
    if (!index.isValid())
        return base | Qt::ItemIsDropEnabled;
    return base | Qt::ItemIsEditable | Qt::ItemIsDragEnabled;
}

QStringList DiagnosisListModel::mimeTypes() const
{
    return {rowMimeType};
}

QMimeData *DiagnosisListModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(rowMimeType, QByteArray::number(indexes.first().row()));
    return mime;
}

bool DiagnosisListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                      const QModelIndex &parent)
{
    Q_UNUSED(column)
    if (action != Qt::MoveAction || !data->hasFormat(rowMimeType))
        return false;
    bool ok = false;
    const int from = data->data(rowMimeType).toInt(&ok);
    const int count = rowCount();
    if (!ok || from < 0 || from >= count)
        return false;
    int target = row >= 0 ? row : (parent.isValid() ? parent.row() : count);
    // Dropping at `target` puts the row before the row now at `target`; QList::move wants the
    // final index.
    if (target > from)
        --target;
    target = qBound(0, target, count - 1);
    if (target != from)
        m_document->moveDiagnosis(from, target);
    // The model resets itself on diagnosesChanged, so the view must not remove the source row.
    return false;
}

} // namespace codedesk::ui
