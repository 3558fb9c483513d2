#include "worksheetview/ClaimHeaderForm.h"

#include "core/InputLimits.h"
#include "document/WorksheetDocument.h"
#include "worksheet/Worksheet.h"

#include <QCompleter>
#include <QDate>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>

using namespace Qt::Literals::StringLiterals;

namespace codedesk::ui {

ClaimHeaderForm::ClaimHeaderForm(WorksheetDocument *document, const QStringList &placesOfService, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(u"claimHeaderForm"_s);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(10);

    struct Spec
    {
        ClaimField field;
        QString objectName;
        QString label;
        QString placeholder;
    };
    const QList<Spec> specs{
        {ClaimField::PatientAccount, u"patientAccountField"_s, tr("Patient &account"), tr("Account number")},
        {ClaimField::Payer, u"payerField"_s, tr("&Payer"), tr("e.g. Medicare")},
        {ClaimField::DateOfService, u"dateOfServiceField"_s, tr("&Date of service"), tr("YYYY-MM-DD")},
        {ClaimField::PlaceOfService, u"placeOfServiceField"_s, tr("Place of ser&vice"), tr("e.g. 22")},
        {ClaimField::RenderingNpi, u"renderingNpiField"_s, tr("Rendering &NPI"), tr("10 digits")},
        {ClaimField::Notes, u"notesField"_s, tr("No&tes"), tr("Notes for the reviewer")},
    };
    for (int i = 0; i < specs.size(); ++i) {
        const Spec &spec = specs.at(i);
        QLineEdit *edit = addField(spec.field, spec.objectName, spec.placeholder);
        auto *label = new QLabel(spec.label, this);
        label->setBuddy(edit);
        const int row = i / 3;
        const int column = (i % 3) * 2;
        grid->addWidget(label, row, column);
        grid->addWidget(edit, row, column + 1);
        grid->setColumnStretch(column + 1, 1);
    }
    // The limits the worksheet reader holds a file to: what is typed here can always be read back.
    for (QLineEdit *edit : std::as_const(m_fields))
        edit->setMaxLength(int(InputLimits::fieldCharacters));
    field(ClaimField::Notes)->setMaxLength(int(InputLimits::notesCharacters));
    field(ClaimField::RenderingNpi)->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"\\d{0,10}"_s), this));
    field(ClaimField::DateOfService)->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[0-9-]{0,10}"_s), this));
    auto *posCompleter = new QCompleter(placesOfService, this);
    posCompleter->setFilterMode(Qt::MatchStartsWith);
    posCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    field(ClaimField::PlaceOfService)->setCompleter(posCompleter);
    connect(posCompleter, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &text) {
        const QString code = text.section(u' ', 0, 0);
        field(ClaimField::PlaceOfService)->setText(code);
        m_document->setClaimField(ClaimField::PlaceOfService, code);
    });

    connect(document->worksheet(), &Worksheet::claimChanged, this, &ClaimHeaderForm::refresh);
    connect(document->worksheet(), &Worksheet::reset, this, &ClaimHeaderForm::refreshAll);
    refreshAll();
}

QLineEdit *ClaimHeaderForm::addField(ClaimField claimField, const QString &objectName, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setAccessibleName(claimFieldName(claimField));
    m_fields.insert(int(claimField), edit);
    connect(edit, &QLineEdit::textEdited, this, [this, claimField](const QString &text) {
        if (claimField == ClaimField::DateOfService) {
            // A date is committed once it is a whole date, or cleared.
            const QDate date = QDate::fromString(text, Qt::ISODate);
            if (text.isEmpty() || date.isValid())
                m_document->setClaimField(claimField, date);
            return;
        }
        m_document->setClaimField(claimField, text);
    });
    return edit;
}

void ClaimHeaderForm::refresh(ClaimField claimField)
{
    QLineEdit *edit = field(claimField);
    const QVariant value = m_document->worksheet()->claimField(claimField);
    const QString text = claimField == ClaimField::DateOfService ? value.toDate().toString(Qt::ISODate)
                                                                 : value.toString();
    if (claimField == ClaimField::DateOfService && edit->hasFocus()
        && QDate::fromString(edit->text(), Qt::ISODate) == value.toDate())
        return;
    if (edit->text() != text) {
        edit->setText(text);
        if (!edit->hasFocus())
            edit->home(false); // show a long value from its start, not its end
    }
}

void ClaimHeaderForm::refreshAll()
{
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        refresh(ClaimField(it.key()));
}

void ClaimHeaderForm::setReadOnly(bool readOnly)
{
    for (QLineEdit *edit : std::as_const(m_fields))
        edit->setReadOnly(readOnly);
}

} // namespace codedesk::ui
