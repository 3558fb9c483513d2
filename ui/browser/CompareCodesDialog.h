#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QLineEdit;
class QPushButton;

namespace codedesk::ui {

// Asks which codes to compare: two to four, separated by spaces or commas. Compare stays disabled,
// and the hint says why, until the field holds that many.
class CompareCodesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit CompareCodesDialog(const QString &firstCode, QWidget *parent = nullptr);

    QStringList codes() const;
    QLineEdit *codesField() const { return m_field; }
    QPushButton *compareButton() const { return m_compare; }
    QLabel *hintLabel() const { return m_hint; }

    static constexpr int minimumCodes = 2;
    static constexpr int maximumCodes = 4;

private:
    void updateState();

    QLineEdit *m_field = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_compare = nullptr;
};

} // namespace codedesk::ui
