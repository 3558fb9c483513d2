#include "worksheetview/ClaimHeaderForm.h"

#include "core/InputLimits.h"
#include "core/VisibleText.h"
#include "browser/SeverityStyle.h"
#include "document/WorksheetDocument.h"
#include "worksheet/DateInput.h"
#include "worksheet/Worksheet.h"
#include "worksheetview/CompletionPopup.h"

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
        {ClaimField::DateOfService, u"dateOfServiceField"_s, tr("&Date of service"), tr("YYYY-MM-DD or MM/DD/YYYY")},
        // Mnemonics clear of the menus' (File, Edit, View, Tools, Help).
        {ClaimField::PlaceOfService, u"placeOfServiceField"_s, tr("P&lace of service"), tr("e.g. 22")},
        {ClaimField::RenderingNpi, u"renderingNpiField"_s, tr("Rendering &NPI"), tr("10 digits")},
        {ClaimField::Notes, u"notesField"_s, tr("N&otes"), tr("Notes for the reviewer")},
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
    QLineEdit *date = field(ClaimField::DateOfService);
    date->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9/-]{0,10}"_s), this));
    connect(date, &QLineEdit::editingFinished, this, &ClaimHeaderForm::finishDate);
    auto *posCompleter = new QCompleter(placesOfService, this);
    posCompleter->setFilterMode(Qt::MatchStartsWith);
    posCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    field(ClaimField::PlaceOfService)->setCompleter(posCompleter);
    auto *posPopup = CompletionPopup::install(posCompleter, field(ClaimField::PlaceOfService),
                                              [](const QString &entry) { return entry.section(u' ', 0, 0); });
    connect(posPopup, &CompletionPopup::entryChosen, this,
            [this](const QString &code) { m_document->setClaimField(ClaimField::PlaceOfService, code); });

    connect(document->worksheet(), &Worksheet::claimChanged, this, &ClaimHeaderForm::refresh);
    connect(document->worksheet(), &Worksheet::reset, this, &ClaimHeaderForm::refreshAll);
    refreshAll();
}

QLineEdit *ClaimHeaderForm::addField(ClaimField claimField, const QString &objectName, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setAccessibleName(claimFieldLabel(claimField));
    m_fields.insert(int(claimField), edit);
    connect(edit, &QLineEdit::textEdited, this, [this, claimField](const QString &text) {
        if (claimField == ClaimField::DateOfService) {
            // A date is committed once it is a whole date, or cleared; finishDate judges the rest.
            const QDate date = parseDateInput(text, false);
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
    const ClaimHeader &claim = m_document->worksheet()->claim();
    // A file from another program may hold control characters: shown as symbols, and what the
    // coder then types is what they see.
    QString text = VisibleText::withVisibleControls(m_document->worksheet()->claimField(claimField).toString());
    if (claimField == ClaimField::DateOfService) {
        // Text that is no date stays as typed, marked, until the coder corrects it.
        const QString &typed = claim.dateOfServiceInput;
        setDateError(!typed.isEmpty());
        if (typed.isEmpty() && edit->hasFocus() && parseDateInput(edit->text(), false) == claim.dateOfService)
            return;
        text = typed.isEmpty() ? claim.dateOfService.toString(Qt::ISODate) : VisibleText::withVisibleControls(typed);
    }
    if (edit->text() != text) {
        edit->setText(text);
        if (!edit->hasFocus())
            edit->home(false); // show a long value from its start, not its end
    }
}

// The coder left the date field: a date in any accepted form is committed and shown ISO 8601; text
// that is no date is kept as typed (the claim's dateOfServiceInput, a date.unreadable finding) and
// the claim keeps its previous date.
void ClaimHeaderForm::finishDate()
{
    QLineEdit *edit = field(ClaimField::DateOfService);
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return; // textEdited has cleared it
    const QDate date = parseDateInput(text, true);
    m_document->setClaimField(ClaimField::DateOfService, date.isValid() ? QVariant(date) : QVariant(text));
    if (date.isValid())
        edit->setText(date.toString(Qt::ISODate));
}

void ClaimHeaderForm::setDateError(bool error)
{
    QLineEdit *edit = field(ClaimField::DateOfService);
    const ClaimHeader &claim = m_document->worksheet()->claim();
    const QString message =
        error ? tr("\"%1\" is not a date. Type YYYY-MM-DD, MM/DD/YYYY or M/D/YY; the claim keeps %2.")
                    .arg(claim.dateOfServiceInput, claim.dateOfService.isValid()
                                                       ? claim.dateOfService.toString(Qt::ISODate)
                                                       : tr("no date"))
              : QString();
    edit->setToolTip(message);
    edit->setAccessibleDescription(message);
    if (edit->property("dateError").toBool() == error)
        return;
    edit->setProperty("dateError", error);
    QPalette palette = edit->parentWidget()->palette();
    if (error)
        palette.setBrush(QPalette::Base, severityTint(Severity::Error, palette));
    edit->setPalette(palette);
}

bool ClaimHeaderForm::hasDateError() const
{
    return field(ClaimField::DateOfService)->property("dateError").toBool();
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
