#include "codesets/CodeSetTypes.h"

#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

namespace {

template <typename Enum, size_t N>
std::optional<Enum> lookup(const std::array<std::pair<Enum, QStringView>, N> &table, const QString &name)
{
    for (const auto &[value, text] : table) {
        if (text == name)
            return value;
    }
    return std::nullopt;
}

template <typename Enum, size_t N> QString nameOf(const std::array<std::pair<Enum, QStringView>, N> &table, Enum value)
{
    for (const auto &[candidate, text] : table) {
        if (candidate == value)
            return text.toString();
    }
    return {};
}

constexpr std::array<std::pair<CodeSetKind, QStringView>, 6> kinds = {{
    {CodeSetKind::Icd10Cm, u"icd10cm"},
    {CodeSetKind::Hcpcs, u"hcpcs"},
    {CodeSetKind::Pfs, u"pfs"},
    {CodeSetKind::PlaceOfService, u"pos"},
    {CodeSetKind::NcciPtp, u"ncci-ptp"},
    {CodeSetKind::Mue, u"mue"},
}};

constexpr std::array<std::pair<CodeSetPart, QStringView>, 7> parts = {{
    {CodeSetPart::Icd10CmOrder, u"icd10cm-order"},
    {CodeSetPart::Icd10CmTabular, u"icd10cm-tabular"},
    {CodeSetPart::Hcpcs, u"hcpcs"},
    {CodeSetPart::Pfs, u"pfs"},
    {CodeSetPart::PlaceOfService, u"pos"},
    {CodeSetPart::NcciPtp, u"ncci-ptp"},
    {CodeSetPart::Mue, u"mue"},
}};

constexpr std::array<std::pair<NoteKind, QStringView>, 9> noteKinds = {{
    {NoteKind::Includes, u"includes"},
    {NoteKind::InclusionTerm, u"inclusionTerm"},
    {NoteKind::Excludes1, u"excludes1"},
    {NoteKind::Excludes2, u"excludes2"},
    {NoteKind::CodeFirst, u"codeFirst"},
    {NoteKind::UseAdditional, u"useAdditionalCode"},
    {NoteKind::CodeAlso, u"codeAlso"},
    {NoteKind::Note, u"note"},
    {NoteKind::SevenCharacter, u"sevenChrDef"},
}};

} // namespace

QString codeSetKindName(CodeSetKind kind)
{
    return nameOf(kinds, kind);
}
std::optional<CodeSetKind> codeSetKindFromName(const QString &name)
{
    return lookup(kinds, name);
}
QString codeSetPartName(CodeSetPart part)
{
    return nameOf(parts, part);
}
std::optional<CodeSetPart> codeSetPartFromName(const QString &name)
{
    return lookup(parts, name);
}
QString noteKindName(NoteKind kind)
{
    return nameOf(noteKinds, kind);
}
std::optional<NoteKind> noteKindFromName(const QString &name)
{
    return lookup(noteKinds, name);
}

CodeSetKind codeSetKindOf(CodeSetPart part)
{
    switch (part) {
    case CodeSetPart::Icd10CmOrder:
    case CodeSetPart::Icd10CmTabular:
        return CodeSetKind::Icd10Cm;
    case CodeSetPart::Hcpcs:
        return CodeSetKind::Hcpcs;
    case CodeSetPart::Pfs:
        return CodeSetKind::Pfs;
    case CodeSetPart::PlaceOfService:
        return CodeSetKind::PlaceOfService;
    case CodeSetPart::NcciPtp:
        return CodeSetKind::NcciPtp;
    case CodeSetPart::Mue:
        return CodeSetKind::Mue;
    }
    return CodeSetKind::Icd10Cm;
}

QString codeKey(const QString &code)
{
    QString key;
    key.reserve(code.size());
    for (const QChar c : code) {
        if (c == u'.' || c.isSpace())
            continue;
        key += c.toUpper();
    }
    return key;
}

} // namespace codedesk
