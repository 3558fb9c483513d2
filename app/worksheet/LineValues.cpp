#include "worksheet/LineValues.h"

#include "worksheet/DateInput.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

bool dateFromVariant(const QVariant &value, QDate *date)
{
    if (!value.isValid() || value.isNull()) {
        *date = QDate();
        return true;
    }
    if (value.metaType().id() == QMetaType::QDate) {
        *date = value.toDate();
        return true;
    }
    if (value.metaType().id() != QMetaType::QString)
        return false;
    const QString text = value.toString().trimmed();
    if (text.isEmpty()) {
        *date = QDate();
        return true;
    }
    const QDate parsed = parseDateInput(text);
    if (!parsed.isValid())
        return false;
    *date = parsed;
    return true;
}

bool typedDateFromVariant(const QVariant &value, QDate *date, QString *input)
{
    if (dateFromVariant(value, date)) {
        input->clear();
        return true;
    }
    if (value.metaType().id() != QMetaType::QString)
        return false;
    *input = value.toString().trimmed();
    return true;
}

QVariant typedDateValue(const QDate &date, const QString &input)
{
    return input.isEmpty() ? QVariant(date) : QVariant(input);
}

namespace {

bool textFromVariant(const QVariant &value, QString *text)
{
    if (!value.isValid() || value.isNull()) {
        text->clear();
        return true;
    }
    if (value.metaType().id() != QMetaType::QString)
        return false;
    *text = value.toString().trimmed();
    return true;
}

bool modifiersFromVariant(const QVariant &value, QStringList *modifiers)
{
    QStringList list;
    if (value.metaType().id() == QMetaType::QStringList) {
        list = value.toStringList();
    } else if (value.metaType().id() == QMetaType::QString) {
        list = value.toString().split(QRegularExpression(u"[,\\s]+"_s), Qt::SkipEmptyParts);
    } else if (value.isValid()) {
        return false;
    }
    modifiers->clear();
    for (const QString &modifier : std::as_const(list)) {
        if (!modifier.trimmed().isEmpty())
            *modifiers << modifier.trimmed().toUpper();
    }
    return true;
}

bool pointersFromVariant(const QVariant &value, QList<int> *pointers)
{
    if (value.metaType() == QMetaType::fromType<QList<int>>()) {
        *pointers = value.value<QList<int>>();
        return true;
    }
    if (value.metaType().id() == QMetaType::QString) {
        const auto parsed = parsePointerList(value.toString());
        if (!parsed)
            return false;
        *pointers = *parsed;
        return true;
    }
    if (!value.isValid()) {
        pointers->clear();
        return true;
    }
    return false;
}

bool unitsFromVariant(const QVariant &value, int *units)
{
    bool ok = false;
    int number = 0;
    if (value.metaType().id() == QMetaType::QString)
        number = value.toString().trimmed().toInt(&ok);
    else if (value.metaType().id() == QMetaType::Int || value.metaType().id() == QMetaType::LongLong ||
             value.metaType().id() == QMetaType::UInt)
        number = value.toInt(&ok);
    if (!ok)
        return false;
    *units = number;
    return true;
}

bool chargeFromVariant(const QVariant &value, std::optional<Money> *charge)
{
    if (!value.isValid() || value.isNull()) {
        charge->reset();
        return true;
    }
    if (value.metaType() == QMetaType::fromType<Money>()) {
        *charge = value.value<Money>();
        return true;
    }
    if (value.metaType().id() != QMetaType::QString)
        return false;
    if (value.toString().trimmed().isEmpty()) {
        charge->reset();
        return true;
    }
    const auto parsed = Money::parse(value.toString());
    if (!parsed)
        return false;
    *charge = parsed;
    return true;
}

} // namespace

bool assignLineField(ClaimLine &line, LineField field, const QVariant &value)
{
    switch (field) {
    case LineField::From:
        return typedDateFromVariant(value, &line.from, &line.fromInput);
    case LineField::To:
        return typedDateFromVariant(value, &line.to, &line.toInput);
    case LineField::PlaceOfService:
        return textFromVariant(value, &line.placeOfService);
    case LineField::Code: {
        QString code;
        if (!textFromVariant(value, &code))
            return false;
        line.code = code.toUpper();
        return true;
    }
    case LineField::Modifiers:
        return modifiersFromVariant(value, &line.modifiers);
    case LineField::Pointers:
        return pointersFromVariant(value, &line.pointers);
    case LineField::Units:
        return unitsFromVariant(value, &line.units);
    case LineField::Charge:
        return chargeFromVariant(value, &line.charge);
    case LineField::RenderingNpi:
        return textFromVariant(value, &line.renderingNpi);
    }
    return false;
}

QVariant lineFieldValue(const ClaimLine &line, LineField field)
{
    switch (field) {
    case LineField::From:
        return typedDateValue(line.from, line.fromInput);
    case LineField::To:
        return typedDateValue(line.to, line.toInput);
    case LineField::PlaceOfService:
        return line.placeOfService;
    case LineField::Code:
        return line.code;
    case LineField::Modifiers:
        return line.modifiers;
    case LineField::Pointers:
        return QVariant::fromValue(line.pointers);
    case LineField::Units:
        return line.units;
    case LineField::Charge:
        return line.charge ? QVariant::fromValue(*line.charge) : QVariant();
    case LineField::RenderingNpi:
        return line.renderingNpi;
    }
    return {};
}

} // namespace codedesk
