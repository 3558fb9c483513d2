#include "browser/CompareCodesDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace codedesk::ui {

CompareCodesDialog::CompareCodesDialog(const QString &firstCode, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"compareCodesDialog"_s);
    setWindowTitle(tr("Compare Codes"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("&Codes to compare side by side (two to four, separated by spaces):"), this);
    label->setTextFormat(Qt::PlainText);
    layout->addWidget(label);
    m_field = new QLineEdit(this);
    m_field->setObjectName(u"compareCodesField"_s);
    m_field->setPlaceholderText(tr("for example 47382 47383"));
    if (!firstCode.isEmpty())
        m_field->setText(firstCode + u' ');
    label->setBuddy(m_field);
    layout->addWidget(m_field);
    m_hint = new QLabel(this);
    m_hint->setObjectName(u"compareCodesHint"_s);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_hint);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_compare = buttons->button(QDialogButtonBox::Ok);
    m_compare->setText(tr("Compare"));
    m_compare->setObjectName(u"compareButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_field, &QLineEdit::textChanged, this, &CompareCodesDialog::updateState);
    updateState();
    resize(std::max(420, sizeHint().width()), sizeHint().height());
}

QStringList CompareCodesDialog::codes() const
{
    static const QRegularExpression separators(u"[\\s,;]+"_s);
    QStringList codes;
    for (const QString &code : m_field->text().split(separators, Qt::SkipEmptyParts)) {
        if (!codes.contains(code, Qt::CaseInsensitive))
            codes << code;
    }
    return codes;
}

void CompareCodesDialog::updateState()
{
    const qsizetype count = codes().size();
    const bool ok = count >= minimumCodes && count <= maximumCodes;
    m_compare->setEnabled(ok);
    if (count < minimumCodes)
        m_hint->setText(tr("Type at least %1 codes.").arg(minimumCodes));
    else if (count > maximumCodes)
        m_hint->setText(tr("At most %1 codes fit side by side: remove %2.").arg(maximumCodes).arg(count - maximumCodes));
    else
        m_hint->setText(tr("%1 codes").arg(count));
}

} // namespace codedesk::ui
