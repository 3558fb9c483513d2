#include "browser/CodePageHtml.h"

#include "core/VisibleText.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QStringList>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace codedesk::ui::CodePageHtml {

namespace {

// lupdate files a tr() call in a namespace under the namespace's name: the context looked up here.
QString tr(const char *text)
{
    return QCoreApplication::translate("codedesk::ui::CodePageHtml", text);
}

// Every text on a page goes through here: control characters in a code set's text become symbols.
QString esc(const QString &text)
{
    return VisibleText::withVisibleControls(text).toHtmlEscaped();
}

QString kindLabel(const QString &kind)
{
    if (kind == u"icd10cm")
        return u"ICD-10-CM"_s;
    if (kind == u"hcpcs")
        return u"HCPCS Level II"_s;
    if (kind == u"modifier")
        return tr("Modifier");
    if (kind == u"pos")
        return tr("Place of service");
    if (kind == u"pfs")
        return tr("Physician Fee Schedule");
    return tr("Procedure");
}

QString heading(const QString &text)
{
    return u"<h3>"_s + esc(text) + u"</h3>"_s;
}

QString paragraph(const QString &html)
{
    return u"<p>"_s + html + u"</p>"_s;
}

QString muted(const QString &text)
{
    return u"<p style=\"color:#666\">"_s + esc(text) + u"</p>"_s;
}

QString valueText(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toDouble(), 'f', 2);
    if (value.isNull() || value.isUndefined())
        return tr("NA");
    return value.toString();
}

QString noteTypeLabel(const QString &type)
{
    static const QHash<QString, const char *> labels{
        {u"includes"_s, QT_TRANSLATE_NOOP("codedesk::ui::CodePageHtml", "Includes")},
        {u"inclusionTerm"_s, QT_TRANSLATE_NOOP("codedesk::ui::CodePageHtml", "Inclusion term")},
        {u"excludes1"_s, QT_TRANSLATE_NOOP("codedesk::ui::CodePageHtml", "Excludes1")},
        {u"excludes2"_s, QT_TRANSLATE_NOOP("codedesk::ui::CodePageHtml", "Excludes2")},
        {u"codeFirst"_s, QT_TRANSLATE_NOOP("codedesk::ui::CodePageHtml", "Code first")},
        {u"useAdditionalCode"_s, QT_TRANSLATE_NOOP("codedesk::ui::CodePageHtml", "Use additional code")},
        {u"codeAlso"_s, QT_TRANSLATE_NOOP("codedesk::ui::CodePageHtml", "Code also")},
        {u"note"_s, QT_TRANSLATE_NOOP("codedesk::ui::CodePageHtml", "Note")},
    };
    const auto it = labels.constFind(type);
    return it == labels.cend() ? type : tr(it.value());
}

QString indicatorLabel(const QString &name)
{
    static const QHash<QString, const char *> labels{
        {u"pcTc"_s, QT_TRANSLATE_NOOP("codedesk::ui::CodePageHtml", "PC/TC")},
        {u"multipleProcedure"_s, QT_TRANSLATE_NOOP("codedesk::ui::CodePageHtml", "Multiple procedure")},
        {u"bilateral"_s, QT_TRANSLATE_NOOP("codedesk::ui::CodePageHtml", "Bilateral surgery")},
        {u"assistant"_s, QT_TRANSLATE_NOOP("codedesk::ui::CodePageHtml", "Assistant at surgery")},
        {u"coSurgeon"_s, QT_TRANSLATE_NOOP("codedesk::ui::CodePageHtml", "Co-surgeons")},
        {u"team"_s, QT_TRANSLATE_NOOP("codedesk::ui::CodePageHtml", "Team surgery")},
    };
    const auto it = labels.constFind(name);
    return it == labels.cend() ? name : tr(it.value());
}

QString sourceLine(const QJsonValue &source)
{
    if (source.isString())
        return source.toString().isEmpty() ? QString() : muted(tr("Source: %1").arg(source.toString()));
    QStringList parts;
    const QJsonObject object = source.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonObject version = it.value().toObject();
        if (!version.isEmpty())
            parts << u"%1 (%2, imported %3)"_s.arg(version.value(u"label"_s).toString(),
                                                   version.value(u"file"_s).toString(),
                                                   version.value(u"imported"_s).toString());
    }
    return parts.isEmpty() ? QString() : muted(tr("Source: %1").arg(parts.join(u"; "_s)));
}

QString feeScheduleHtml(const QJsonObject &section)
{
    QString html = heading(tr("Medicare Physician Fee Schedule"));
    if (section.contains(u"notOnFile"_s))
        return html + muted(section.value(u"notOnFile"_s).toString());
    const QJsonArray rows = section.value(u"rows"_s).toArray();
    html += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr><th></th>"_s;
    for (const QJsonValue &row : rows) {
        const QString modifier = row[u"modifier"_s].toString();
        html += u"<th>"_s + (modifier.isEmpty() ? tr("Global") : codeLink(u"modifier"_s, modifier, u"-"_s + modifier)) +
                u"</th>"_s;
    }
    html += u"</tr>"_s;
    const auto addRow = [&](const QString &label, const std::function<QString(const QJsonObject &)> &cell) {
        html += u"<tr><th align=\"left\">"_s + esc(label) + u"</th>"_s;
        for (const QJsonValue &row : rows)
            html += u"<td>"_s + cell(row.toObject()) + u"</td>"_s;
        html += u"</tr>"_s;
    };
    addRow(tr("Status"), [](const QJsonObject &row) {
        return u"<b>%1</b> %2"_s.arg(esc(row[u"status"_s].toString()), esc(row[u"statusMeaning"_s].toString()));
    });
    addRow(tr("Work RVU"), [](const QJsonObject &row) { return esc(valueText(row[u"workRvu"_s])); });
    addRow(tr("Facility total RVU"), [](const QJsonObject &row) { return esc(valueText(row[u"facilityTotal"_s])); });
    addRow(tr("Non-facility total RVU"),
           [](const QJsonObject &row) { return esc(valueText(row[u"nonFacilityTotal"_s])); });
    addRow(tr("Facility payment"), [](const QJsonObject &row) {
        const QJsonValue value = row[u"payment"_s][u"facility"_s];
        return value.isNull() ? tr("NA") : u"$"_s + QString::number(value.toDouble(), 'f', 2);
    });
    addRow(tr("Non-facility payment"), [](const QJsonObject &row) {
        const QJsonValue value = row[u"payment"_s][u"nonFacility"_s];
        return value.isNull() ? tr("NA") : u"$"_s + QString::number(value.toDouble(), 'f', 2);
    });
    addRow(tr("Global period"), [](const QJsonObject &row) {
        return u"<b>%1</b> %2"_s.arg(esc(row[u"globalDays"_s].toString()), esc(row[u"globalDaysMeaning"_s].toString()));
    });
    const QStringList names{u"pcTc"_s, u"multipleProcedure"_s, u"bilateral"_s, u"assistant"_s, u"coSurgeon"_s,
                            u"team"_s};
    for (const QString &name : names) {
        addRow(indicatorLabel(name), [name](const QJsonObject &row) {
            const QJsonObject indicator = row[u"indicators"_s][name].toObject();
            const QJsonValue value = indicator[u"value"_s];
            return u"<b>%1</b> %2"_s.arg(value.isNull() ? u"-"_s : QString::number(value.toInt()),
                                         esc(indicator[u"meaning"_s].toString()));
        });
    }
    html += u"</table>"_s;
    html += muted(tr("Payment = total RVU x conversion factor %1. Source: %2. Meanings: %3.")
                      .arg(valueText(section.value(u"conversionFactor"_s)).isEmpty()
                               ? QString()
                               : QString::number(section.value(u"conversionFactor"_s).toDouble(), 'f', 4),
                           section.value(u"source"_s).toString(), section.value(u"meaningsSource"_s).toString()));
    // NCCI PTP partners and MUE (payer edits) are added here when the page carries "payerEdits".
    return html;
}

QString icd10Html(const QJsonObject &page)
{
    QString html;
    QStringList trail;
    if (page[u"chapter"_s].isObject())
        trail << esc(tr("Chapter %1").arg(page[u"chapter"_s][u"number"_s].toString()));
    if (page[u"section"_s].isObject())
        trail << esc(page[u"section"_s][u"range"_s].toString());
    for (const QJsonValue &ancestor : page[u"ancestors"_s].toArray())
        trail << codeLink(u"icd10cm"_s, ancestor[u"code"_s].toString());
    if (!trail.isEmpty())
        html += u"<p>"_s + trail.join(u" &rsaquo; "_s) + u"</p>"_s;
    if (page[u"chapter"_s].isObject())
        html += muted(page[u"chapter"_s][u"title"_s].toString() + u" · "_s + page[u"section"_s][u"title"_s].toString());
    if (page.contains(u"missing"_s))
        html += u"<p style=\"color:#a15c00\"><b>"_s + esc(page[u"missing"_s].toString()) + u"</b></p>"_s;

    const QJsonArray children = page[u"children"_s].toArray();
    if (!children.isEmpty()) {
        html += heading(tr("Codes under it"));
        html += u"<table cellpadding=\"2\">"_s;
        for (const QJsonValue &child : children) {
            html += u"<tr><td>%1</td><td>%2</td><td>%3</td></tr>"_s.arg(
                codeLink(u"icd10cm"_s, child[u"code"_s].toString()), esc(child[u"title"_s].toString()),
                child[u"billable"_s].toBool() ? tr("billable") : tr("header"));
        }
        html += u"</table>"_s;
    }
    const QJsonArray seventh = page[u"seventhCharacters"_s].toArray();
    if (!seventh.isEmpty()) {
        html += heading(tr("Seventh character"));
        html += u"<table cellpadding=\"2\">"_s;
        for (const QJsonValue &extension : seventh) {
            html += u"<tr><td><b>%1</b></td><td>%2</td><td>%3</td></tr>"_s.arg(
                esc(extension[u"character"_s].toString()), codeLink(u"icd10cm"_s, extension[u"code"_s].toString()),
                esc(extension[u"meaning"_s].toString()));
        }
        html += u"</table>"_s;
    }
    const QJsonArray notes = page[u"notes"_s].toArray();
    if (!notes.isEmpty()) {
        html += heading(tr("Tabular notes"));
        QString currentType;
        for (const QJsonValue &note : notes) {
            const QString from = note[u"from"_s].toString();
            const QString origin = note[u"inherited"_s].toBool()
                                       ? u" <span style=\"color:#666\">("_s + tr("from %1").arg(esc(from)) + u")</span>"_s
                                       : QString();
            html += u"<p><b>%1</b>: %2%3</p>"_s.arg(esc(noteTypeLabel(note[u"type"_s].toString())),
                                                      linked(note[u"text"_s].toString()), origin);
        }
    }
    return html;
}

QString hcpcsHtml(const QJsonObject &page)
{
    QString html = paragraph(esc(tr("Short description: %1").arg(page[u"shortTitle"_s].toString())));
    if (page.contains(u"terminated"_s))
        html += u"<p style=\"color:#a00\"><b>"_s + esc(tr("Terminated %1").arg(page[u"terminated"_s].toString())) +
                u"</b></p>"_s;
    const QJsonObject fields = page[u"fields"_s].toObject();
    if (!fields.isEmpty()) {
        html += heading(tr("Record fields"));
        html += u"<table cellpadding=\"2\">"_s;
        for (auto it = fields.begin(); it != fields.end(); ++it)
            html += u"<tr><td>%1</td><td><b>%2</b></td></tr>"_s.arg(esc(it.key()), esc(it.value().toString()));
        html += u"</table>"_s;
    }
    return html;
}

QString modifierHtml(const QJsonObject &page)
{
    QString html = paragraph(esc(page[u"codeSystem"_s].toString()) +
                             (page[u"pricing"_s].toBool() ? esc(tr(" · pricing modifier (listed first)")) : QString()));
    if (page[u"whenToUse"_s].isString())
        html += heading(tr("When to use")) + paragraph(linked(page[u"whenToUse"_s].toString()));
    if (page[u"governedBy"_s].isString())
        html += paragraph(esc(tr("Governed by the fee schedule's %1 indicator of the code it is added to.")
                                  .arg(indicatorLabel(page[u"governedBy"_s].toString()))));
    const QJsonArray advice = page[u"reportAdvice"_s].toArray();
    if (!advice.isEmpty()) {
        html += heading(tr("Reports that list it"));
        for (const QJsonValue &entry : advice)
            html += u"<p>%1: %2</p>"_s.arg(codeLink(u"procedure"_s, entry[u"code"_s].toString()),
                                           linked(entry[u"whenToUse"_s].toString()));
    }
    html += heading(tr("Sources"));
    for (const QJsonValue &source : page[u"sources"_s].toArray()) {
        html += u"<p>%1<br><span style=\"color:#666\">%2, %3</span></p>"_s.arg(
            linked(source[u"description"_s].toString()), esc(source[u"source"_s].toString()),
            esc(source[u"date"_s].toString()));
    }
    return html;
}

QString posHtml(const QJsonObject &page)
{
    return paragraph(linked(page[u"description"_s].toString())) +
           paragraph(u"<b>"_s +
                     esc(page[u"setting"_s].toString() == u"facility"
                             ? tr("Paid at the fee schedule's facility rate")
                             : tr("Paid at the fee schedule's non-facility rate")) +
                     u"</b>"_s) +
           muted(page[u"settingSource"_s].toString());
}

} // namespace

QString codeLink(const QString &kind, const QString &code, const QString &label)
{
    return u"<a href=\"code:%1/%2\">%3</a>"_s.arg(esc(kind), esc(code), esc(label.isEmpty() ? code : label));
}

QString linked(const QString &text)
{
    // ICD-10-CM (C78.7, F10.-), CPT (47382, 0600T) and HCPCS (J9035) mentions.
    static const QRegularExpression mention(
        u"\\b([A-TV-Z][0-9][0-9A-Z](?:\\.[0-9A-Z]{1,4})?|[0-9]{4}[0-9FTUM]|[A-V][0-9]{4})\\b"_s);
    QString html;
    qsizetype from = 0;
    auto it = mention.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        html += esc(text.mid(from, match.capturedStart() - from));
        html += codeLink(QString(), match.captured(1));
        from = match.capturedEnd();
    }
    return html + esc(text.mid(from));
}

QString render(const QJsonObject &page)
{
    const QString kind = page.value(u"kind"_s).toString(u"procedure"_s);
    QString html = u"<html><body>"_s;
    html += u"<p style=\"color:#666\">"_s + esc(kindLabel(kind)) + u"</p>"_s;
    html += u"<h1>"_s + esc(page.value(u"code"_s).toString()) + u"</h1>"_s;
    const QJsonValue title = page.value(u"title"_s);
    html += u"<h2>"_s + esc(title.isString() ? title.toString() : tr("descriptor not in the imported file")) +
            u"</h2>"_s;
    if (kind == u"icd10cm")
        html += paragraph(u"<b>"_s + esc(page[u"billable"_s].toBool() ? tr("Billable") : tr("Header: not billable")) +
                          u"</b>"_s);
    if (kind == u"icd10cm")
        html += icd10Html(page);
    else if (kind == u"hcpcs")
        html += hcpcsHtml(page);
    else if (kind == u"modifier")
        html += modifierHtml(page);
    else if (kind == u"pos")
        html += posHtml(page);
    if (kind == u"pfs")
        html += feeScheduleHtml(page);
    else if (page.contains(u"feeSchedule"_s))
        html += feeScheduleHtml(page.value(u"feeSchedule"_s).toObject());
    html += sourceLine(page.value(u"source"_s));
    return html + u"</body></html>"_s;
}

} // namespace codedesk::ui::CodePageHtml
