#include "library/CodePages.h"

#include "catalog/CodeShape.h"
#include "catalog/ProcedureJson.h"
#include "codesets/PayerEditStore.h"
#include "library/FeeScheduleJson.h"
#include "library/Icd10Page.h"
#include "library/Workspace.h"
#include "reference/PosPfsSettings.h"
#include "reference/ReferenceJson.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

namespace {

bool isPlaceOfServiceCode(const QString &code)
{
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 2)
        return false;
    for (const QChar c : trimmed) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

QString titleOf(const QJsonObject &page)
{
    if (page.value(u"title"_s).isString())
        return page.value(u"title"_s).toString();
    return u"descriptor not in the imported file"_s;
}

} // namespace

CodePages::CodePages(const Workspace &workspace)
    : m_workspace(workspace)
{
}

QStringList CodePages::kindNames()
{
    return {u"procedure"_s, u"icd10cm"_s, u"hcpcs"_s, u"modifier"_s, u"pos"_s, u"pfs"_s};
}

QList<CodePageRef> CodePages::kindsOf(const QString &code) const
{
    QList<CodePageRef> refs;
    for (const QString &kind : kindNames()) {
        if (auto found = ref(kind, code))
            refs.append(std::move(*found));
    }
    return refs;
}

std::optional<CodePageRef> CodePages::ref(const QString &kind, const QString &code) const
{
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    if (kind == u"procedure") {
        if (const Procedure *procedure = m_workspace.catalog().find(trimmed))
            return CodePageRef{kind, procedure->code, procedure->title};
        return std::nullopt;
    }
    if (kind == u"hcpcs") {
        if (const auto entry = m_workspace.codeSets().entry(CodeSetKind::Hcpcs, trimmed, false))
            return CodePageRef{kind, entry->code, entry->longDescription};
        return std::nullopt;
    }
    if (kind == u"modifier")
        return modifierRef(trimmed);
    if (kind == u"pfs") {
        if (!holdsFeeScheduleOnly(trimmed))
            return std::nullopt;
        const QList<MedicareIndicatorRow> rows = m_workspace.medicare().rowsFor(trimmed);
        for (const MedicareIndicatorRow &row : rows) {
            if (!row.description.isEmpty())
                return CodePageRef{kind, rows.constFirst().code, row.description};
        }
        return CodePageRef{kind, rows.constFirst().code, u"descriptor not in the imported file"_s};
    }
    // ICD-10-CM and places of service: their pages are small look-ups already.
    const auto found = page(kind, trimmed);
    if (!found)
        return std::nullopt;
    return CodePageRef{kind, found->value(u"code"_s).toString(), titleOf(*found)};
}

std::optional<CodePageRef> CodePages::modifierRef(const QString &code) const
{
    const ModifierInfo *info = m_workspace.modifiers().find(code);
    if (!info)
        return std::nullopt;
    const qsizetype colon = info->description.indexOf(u": "_s);
    return CodePageRef{u"modifier"_s, info->code, colon > 0 ? info->description.left(colon) : info->description};
}

QList<CodePageRef> CodePages::listAll(const QString &kind) const
{
    QList<CodePageRef> refs;
    if (kind == u"modifier") {
        for (const ModifierInfo &info : m_workspace.modifiers().all())
            refs.append({kind, info.code, info.description});
    } else if (kind == u"pos") {
        for (const PlaceOfService &place : m_workspace.codeSets().placesOfService())
            refs.append({kind, place.code, place.name});
    }
    return refs;
}

std::optional<QJsonObject> CodePages::page(const QString &kind, const QString &code) const
{
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    if (kind == u"procedure")
        return procedurePage(trimmed);
    if (kind == u"icd10cm")
        return Icd10Page::build(m_workspace.codeSets(), trimmed);
    if (kind == u"hcpcs")
        return hcpcsPage(trimmed);
    if (kind == u"modifier")
        return modifierPage(trimmed);
    if (kind == u"pos")
        return placeOfServicePage(trimmed);
    if (kind == u"pfs")
        return feeSchedulePage(trimmed);
    return std::nullopt;
}

std::optional<QJsonObject> CodePages::procedurePage(const QString &code) const
{
    const Procedure *procedure = m_workspace.catalog().complete(code);
    if (!procedure)
        return std::nullopt;
    QJsonObject page = ProcedureJson::procedure(*procedure, &m_workspace.medicare());
    page.insert(u"feeSchedule"_s, feeSchedule(procedure->code));
    addPayerEdits(&page, procedure->code);
    return page;
}

std::optional<QJsonObject> CodePages::hcpcsPage(const QString &code) const
{
    const auto entry = m_workspace.codeSets().entry(CodeSetKind::Hcpcs, code, false);
    if (!entry)
        return std::nullopt;
    QJsonObject fields;
    for (const auto &[name, value] : m_workspace.codeSets().hcpcsFields(entry->code))
        fields.insert(name, value);
    QJsonObject page{{u"kind"_s, u"hcpcs"_s},
                     {u"code"_s, entry->code},
                     {u"title"_s, entry->longDescription},
                     {u"shortTitle"_s, entry->shortDescription},
                     {u"fields"_s, fields},
                     {u"source"_s, m_workspace.codeSets().sourceText(CodeSetPart::Hcpcs)}};
    if (entry->terminated.isValid())
        page.insert(u"terminated"_s, entry->terminated.toString(Qt::ISODate));
    page.insert(u"feeSchedule"_s, feeSchedule(entry->code));
    addPayerEdits(&page, entry->code);
    return page;
}

std::optional<QJsonObject> CodePages::modifierPage(const QString &code) const
{
    const ModifierInfo *info = m_workspace.modifiers().find(code);
    if (!info)
        return std::nullopt;
    // The dictionary's own words (modifierRef takes the title the same way) are "what: when" ("Increased procedural services: the work
    // was substantially greater than usual"): the part before the colon is the title.
    const qsizetype colon = info->description.indexOf(u": "_s);
    const QString title = colon > 0 ? info->description.left(colon) : info->description;
    const QString whenToUse = colon > 0 ? info->description.mid(colon + 2) : QString();

    QJsonArray governedBy;
    for (const IndicatorCheck &check : m_workspace.medicare().modifierChecks()) {
        if (check.modifiers.contains(info->code) && !governedBy.contains(check.indicator))
            governedBy.append(check.indicator);
    }
    QJsonArray usedBy;
    QJsonArray reportAdvice;
    for (const Procedure *procedure : m_workspace.catalog().procedures()) {
        for (const ModifierRow &row : procedure->modifiers) {
            if (row.modifier.trimmed().compare(info->code, Qt::CaseInsensitive) != 0)
                continue;
            usedBy.append(procedure->code);
            reportAdvice.append(QJsonObject{{u"code"_s, procedure->code}, {u"whenToUse"_s, row.whenToUse}});
            break;
        }
    }
    QJsonArray sources;
    for (const ModifierText &text : info->texts()) {
        sources.append(QJsonObject{
            {u"description"_s, text.description}, {u"source"_s, text.source}, {u"date"_s, text.sourceDate}});
    }
    return QJsonObject{
        {u"kind"_s, u"modifier"_s},
        {u"code"_s, info->code},
        {u"title"_s, title},
        {u"whenToUse"_s, whenToUse.isEmpty() ? QJsonValue() : QJsonValue(whenToUse)},
        {u"codeSystem"_s, info->kind == ModifierInfo::Kind::Cpt ? u"CPT"_s : u"HCPCS Level II"_s},
        {u"pricing"_s, info->pricing},
        {u"governedBy"_s, governedBy.isEmpty() ? QJsonValue() : QJsonValue(governedBy.first())},
        {u"usedBy"_s, usedBy},
        {u"reportAdvice"_s, reportAdvice},
        {u"sources"_s, sources},
    };
}

std::optional<QJsonObject> CodePages::placeOfServicePage(const QString &code) const
{
    if (!isPlaceOfServiceCode(code))
        return std::nullopt;
    const QString padded = code.trimmed().rightJustified(2, u'0');
    const QList<PlaceOfService> places = m_workspace.codeSets().placesOfService();
    for (const PlaceOfService &place : places) {
        if (place.code != padded)
            continue;
        const PosPfsSettings &settings = PosPfsSettings::bundled();
        return QJsonObject{
            {u"kind"_s, u"pos"_s},
            {u"code"_s, place.code},
            {u"title"_s, place.name},
            {u"description"_s, place.description},
            {u"setting"_s, settings.setting(place.code)},
            {u"settingSource"_s, sourceWithDate(settings.source(), settings.sourceDate())},
            {u"source"_s, m_workspace.codeSets().sourceText(CodeSetPart::PlaceOfService)},
        };
    }
    return std::nullopt;
}

bool CodePages::holdsFeeScheduleOnly(const QString &code) const
{
    return !m_workspace.medicare().rowsFor(code).isEmpty() && !m_workspace.catalog().find(code) &&
           !m_workspace.codeSets().entry(CodeSetKind::Hcpcs, code, false);
}

std::optional<QJsonObject> CodePages::feeSchedulePage(const QString &code) const
{
    if (!holdsFeeScheduleOnly(code))
        return std::nullopt;
    const QList<MedicareIndicatorRow> rows = m_workspace.medicare().rowsFor(code);
    QString descriptor;
    for (const MedicareIndicatorRow &row : rows) {
        if (descriptor.isEmpty())
            descriptor = row.description;
    }
    QJsonObject page{{u"kind"_s, u"pfs"_s},
                     {u"code"_s, rows.constFirst().code},
                     {u"title"_s, descriptor.isEmpty() ? QJsonValue() : QJsonValue(descriptor)},
                     {u"codeSystem"_s, codeSystemName(codeSystemForCode(rows.constFirst().code))}};
    const QJsonObject section = feeSchedule(rows.constFirst().code);
    for (auto it = section.begin(); it != section.end(); ++it)
        page.insert(it.key(), it.value());
    addPayerEdits(&page, rows.constFirst().code);
    return page;
}

QJsonObject CodePages::feeSchedule(const QString &code) const
{
    return FeeScheduleJson::section(m_workspace.medicare().rowsFor(code), m_workspace.medicare(), code);
}

void CodePages::addPayerEdits(QJsonObject *page, const QString &code) const
{
    const PayerEditStore &edits = m_workspace.payerEdits();
    const bool ptpLoaded = edits.version(CodeSetPart::NcciPtp).has_value();
    const bool mueLoaded = edits.version(CodeSetPart::Mue).has_value();
    if (!ptpLoaded && !mueLoaded)
        return;
    QJsonArray ptp;
    for (const PtpEdit &edit : edits.partners(code)) {
        ptp.append(QJsonObject{{u"column1"_s, edit.column1},
                               {u"column2"_s, edit.column2},
                               {u"modifierIndicator"_s, edit.modifierIndicator},
                               {u"effective"_s, edit.effective.toString(Qt::ISODate)},
                               {u"deletion"_s, edit.deletion.isValid() ? QJsonValue(edit.deletion.toString(Qt::ISODate))
                                                                      : QJsonValue::Null},
                               {u"rationale"_s, edit.rationale}});
    }
    QJsonValue mue = QJsonValue::Null;
    if (const auto limit = edits.mue(code))
        mue = QJsonObject{{u"units"_s, limit->units},
                          {u"adjudicationIndicator"_s, limit->adjudicationText},
                          {u"rationale"_s, limit->rationale}};
    page->insert(u"payerEdits"_s, QJsonObject{{u"ptp"_s, ptp},
                                              {u"ptpSource"_s, edits.sourceText(CodeSetPart::NcciPtp)},
                                              {u"mue"_s, mue},
                                              {u"mueSource"_s, edits.sourceText(CodeSetPart::Mue)}});
}

} // namespace codedesk
