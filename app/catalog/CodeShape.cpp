#include "catalog/CodeShape.h"

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
}

} // namespace

CodeSystem codeSystemForCode(QStringView code)
{
    if (code.size() != 5)
        return CodeSystem::Unknown;
    bool middleDigits = true;
    for (qsizetype i = 1; i < 4; ++i)
        middleDigits = middleDigits && isAsciiDigit(code.at(i));
    if (!middleDigits)
        return CodeSystem::Unknown;
    const QChar first = code.at(0);
    const QChar last = code.at(4);
    if (isAsciiDigit(first)) {
        if (isAsciiDigit(last))
            return CodeSystem::CptCategoryI;
        switch (last.toUpper().unicode()) {
        case u'F':
            return CodeSystem::CptCategoryII;
        case u'T':
            return CodeSystem::CptCategoryIII;
        case u'U':
            return CodeSystem::CptPla;
        case u'M':
            return CodeSystem::CptMaaa;
        default:
            return CodeSystem::Unknown;
        }
    }
    if (isAsciiLetter(first) && isAsciiDigit(last))
        return CodeSystem::HcpcsLevelII;
    return CodeSystem::Unknown;
}

QString codeSystemName(CodeSystem system)
{
    switch (system) {
    case CodeSystem::CptCategoryI:
        return u"CPT Category I"_s;
    case CodeSystem::CptCategoryII:
        return u"CPT Category II"_s;
    case CodeSystem::CptCategoryIII:
        return u"CPT Category III"_s;
    case CodeSystem::CptPla:
        return u"CPT PLA"_s;
    case CodeSystem::CptMaaa:
        return u"CPT MAAA"_s;
    case CodeSystem::HcpcsLevelII:
        return u"HCPCS Level II"_s;
    case CodeSystem::Unknown:
        break;
    }
    return u"Unknown"_s;
}

QString originName(Origin origin)
{
    return origin == Origin::Imported ? u"imported"_s : u"bundled"_s;
}

} // namespace codedesk
