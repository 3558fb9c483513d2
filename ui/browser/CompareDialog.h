#pragma once

#include <QDialog>
#include <QJsonObject>

class QTableWidget;

namespace codedesk {
class Workspace;
}

namespace codedesk::ui {

// Two to four codes side by side, one column each: what their pages say (titles, indicators,
// global days, payments, notes), rows that differ marked with a sign and a tint.
class CompareDialog final : public QDialog
{
    Q_OBJECT

public:
    CompareDialog(const Workspace &workspace, const QStringList &codes, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // The row labels whose values differ between the codes.
    QStringList differingRows() const;

    // A page flattened to labelled values, for comparing ("Global: facility payment" -> "702.89").
    static QList<std::pair<QString, QString>> facts(const QJsonObject &page);

Q_SIGNALS:
    void codeActivated(const QString &kind, const QString &code);

private:
    QTableWidget *m_table = nullptr;
    QStringList m_differing;
};

} // namespace codedesk::ui
