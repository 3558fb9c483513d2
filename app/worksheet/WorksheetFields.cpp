#include "worksheet/WorksheetFields.h"

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

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
