#include "worksheet/WorksheetFields.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

namespace {
// lupdate files a tr() call in a namespace under the namespace's name: the context looked up here.
QString tr(const char *text)
{
    return QCoreApplication::translate("codedesk", text);
}
} // namespace

QString claimFieldName(ClaimField field)
{
    switch (field) {
    case ClaimField::PatientAccount:
        return u"patientAccount"_s;
    case ClaimField::Payer:
        return u"payer"_s;
    case ClaimField::PlaceOfService:
        return u"placeOfService"_s;
    case ClaimField::RenderingNpi:
        return u"renderingNpi"_s;
    case ClaimField::DateOfService:
        return u"dateOfService"_s;
    case ClaimField::Notes:
        return u"notes"_s;
    }
    return {};
}

QString lineFieldName(LineField field)
{
    switch (field) {
    case LineField::From:
        return u"from"_s;
    case LineField::To:
        return u"to"_s;
    case LineField::PlaceOfService:
        return u"placeOfService"_s;
    case LineField::Code:
        return u"code"_s;
    case LineField::Modifiers:
        return u"modifiers"_s;
    case LineField::Pointers:
        return u"pointers"_s;
    case LineField::Units:
        return u"units"_s;
    case LineField::Charge:
        return u"charge"_s;
    case LineField::RenderingNpi:
        return u"renderingNpi"_s;
    }
    return {};
}

} // namespace codedesk

namespace codedesk {

QString claimFieldLabel(ClaimField field)
{
    switch (field) {
    case ClaimField::PatientAccount:
        return tr("patient account");
    case ClaimField::Payer:
        return tr("payer");
    case ClaimField::PlaceOfService:
        return tr("place of service");
    case ClaimField::RenderingNpi:
        return tr("rendering NPI");
    case ClaimField::DateOfService:
        return tr("date of service");
    case ClaimField::Notes:
        return tr("notes");
    }
    return {};
}

QString lineFieldLabel(LineField field)
{
    switch (field) {
    case LineField::From:
        return tr("from date");
    case LineField::To:
        return tr("to date");
    case LineField::PlaceOfService:
        return tr("place of service");
    case LineField::Code:
        return tr("procedure code");
    case LineField::Modifiers:
        return tr("modifiers");
    case LineField::Pointers:
        return tr("diagnosis pointers");
    case LineField::Units:
        return tr("units");
    case LineField::Charge:
        return tr("charge");
    case LineField::RenderingNpi:
        return tr("rendering NPI");
    }
    return {};
}

QString fieldLabel(const QString &fieldName)
{
    for (auto field : {ClaimField::PatientAccount, ClaimField::Payer, ClaimField::PlaceOfService,
                       ClaimField::RenderingNpi, ClaimField::DateOfService, ClaimField::Notes}) {
        if (fieldName == claimFieldName(field))
            return claimFieldLabel(field);
    }
    for (auto field : {LineField::From, LineField::To, LineField::Code, LineField::Modifiers, LineField::Pointers,
                       LineField::Units, LineField::Charge}) {
        if (fieldName == lineFieldName(field))
            return lineFieldLabel(field);
    }
    for (const auto &[prefix, label] : {std::pair{u"modifier"_s, tr("modifier %1")},
                                        {u"pointer"_s, tr("pointer %1")},
                                        {u"diagnosis"_s, tr("diagnosis %1")}}) {
        bool number = false;
        const int n = QStringView(fieldName).mid(prefix.size()).toInt(&number);
        if (fieldName.startsWith(prefix) && number)
            return label.arg(n);
    }
    if (fieldName == u"diagnoses")
        return tr("diagnoses");
    return fieldName;
}

} // namespace codedesk
