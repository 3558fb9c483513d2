#include "codesets/HcpcsRecordFields.h"

#include "codesets/TextDecoding.h"

#include <QStringList>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

namespace {

struct FieldSpec
{
    QStringView name;
    int column; // 1-based
    int width;
    int repeat = 1; // consecutive fields of the same width ("Pricing Indicator Code 1..4")
};

// CMS HCPCS alpha-numeric file record layout (type 3 records, 320 characters).
constexpr std::array<FieldSpec, 20> fields{{
    {u"Pricing Indicator Code", 120, 2, 4},
    {u"Multiple Pricing Indicator Code", 128, 1},
    {u"Coverage Issues Manual Reference Section Number", 129, 6, 3},
    {u"Medicare Carriers Manual Reference Section Number", 147, 8, 3},
    {u"Statute Number", 171, 10},
    {u"Lab Certification Code", 181, 3, 8},
    {u"Cross Reference Code", 205, 5, 5},
    {u"Coverage Code", 230, 1},
    {u"ASC Payment Group Code", 231, 2},
    {u"ASC Payment Group Effective Date", 233, 8},
    {u"MOG Payment Group Code", 241, 3},
    {u"MOG Payment Policy Indicator", 244, 1},
    {u"MOG Effective Date", 245, 8},
    {u"Processing Note Number", 253, 4},
    {u"BETOS Code", 257, 3},
    {u"Type of Service Code", 261, 1, 5},
    {u"Anesthesia Base Units", 266, 3},
    {u"Code Added Date", 269, 8},
    {u"Action Effective Date", 277, 8},
    {u"Termination Date", 285, 8},
}};

constexpr int ActionCodeColumn = 293;

} // namespace

QString HcpcsRecordFields::read(QByteArrayView record)
{
    QStringList lines;
    const auto add = [&](const QString &name, int column, int width) {
        const QByteArrayView value = trimmedField(record, column - 1, width);
        if (!value.isEmpty())
            lines << name + u'\t' + decodeWindows1252(value);
    };
    for (const FieldSpec &spec : fields) {
        for (int i = 0; i < spec.repeat; ++i) {
            const QString name = spec.repeat > 1 ? u"%1 %2"_s.arg(spec.name).arg(i + 1) : spec.name.toString();
            add(name, spec.column + i * spec.width, spec.width);
        }
    }
    add(u"Action Code"_s, ActionCodeColumn, 1);
    return lines.join(u'\n');
}

} // namespace codedesk
