#include "browser/CompareDialog.h"

#include "library/CodePages.h"

#include <QDialogButtonBox>
#include <QHash>
#include <QHeaderView>
#include <QJsonArray>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace codedesk::ui {

namespace {

QString text(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toDouble(), 'f', 2);
    if (value.isBool())
        return value.toBool() ? CompareDialog::tr("yes") : CompareDialog::tr("no");
    if (value.isNull() || value.isUndefined())
        return CompareDialog::tr("NA");
    return value.toString();
}

void addFeeSchedule(const QJsonObject &section, QList<std::pair<QString, QString>> *facts)
{
    for (const QJsonValue &value : section.value(u"rows"_s).toArray()) {
        const QJsonObject row = value.toObject();
        const QString name = row[u"modifier"_s].toString().isEmpty() ? CompareDialog::tr("Global")
                                                                      : u"-"_s + row[u"modifier"_s].toString();
        const auto add = [&](const QString &label, const QString &fact) { facts->append({name + u": "_s + label, fact}); };
        add(CompareDialog::tr("status"), row[u"status"_s].toString() + u" "_s + row[u"statusMeaning"_s].toString());
        add(CompareDialog::tr("work RVU"), text(row[u"workRvu"_s]));
        add(CompareDialog::tr("global days"), row[u"globalDays"_s].toString());
        add(CompareDialog::tr("facility payment"), text(row[u"payment"_s][u"facility"_s]));
        add(CompareDialog::tr("non-facility payment"), text(row[u"payment"_s][u"nonFacility"_s]));
        const QJsonObject indicators = row[u"indicators"_s].toObject();
        for (auto it = indicators.begin(); it != indicators.end(); ++it) {
            const QJsonObject indicator = it.value().toObject();
            add(it.key(), indicator[u"value"_s].isNull()
                              ? u"-"_s
                              : QString::number(indicator[u"value"_s].toInt()) + u" "_s +
                                    indicator[u"meaning"_s].toString());
        }
    }
}

} // namespace

QList<std::pair<QString, QString>> CompareDialog::facts(const QJsonObject &page)
{
    QList<std::pair<QString, QString>> result;
    result.append({tr("Kind"), page.value(u"kind"_s).toString(u"procedure"_s)});
    result.append({tr("Title"), text(page.value(u"title"_s))});
    const std::pair<QString, QString> labelled[] = {{u"codeSystem"_s, tr("Code system")},
                                                    {u"billable"_s, tr("Billable")},
                                                    {u"serviceType"_s, tr("Service type")},
                                                    {u"siteOfService"_s, tr("Typical site of service")},
                                                    {u"setting"_s, tr("Setting")}};
    for (const auto &[key, label] : labelled) {
        if (page.contains(key))
            result.append({label, text(page.value(key))});
    }
    if (page.contains(u"modifiers"_s)) {
        QStringList modifiers;
        for (const QJsonValue &row : page.value(u"modifiers"_s).toArray())
            modifiers << row[u"modifier"_s].toString();
        result.append({tr("Modifiers in the report"), modifiers.join(u", "_s)});
    }
    if (page.contains(u"notes"_s)) {
        QHash<QString, QStringList> byType;
        for (const QJsonValue &note : page.value(u"notes"_s).toArray())
            byType[note[u"type"_s].toString()] << note[u"text"_s].toString();
        for (auto it = byType.cbegin(); it != byType.cend(); ++it)
            result.append({tr("Notes: %1").arg(it.key()), it.value().join(u"; "_s)});
    }
    if (page.contains(u"rows"_s))
        addFeeSchedule(page, &result);
    else if (page.contains(u"feeSchedule"_s))
        addFeeSchedule(page.value(u"feeSchedule"_s).toObject(), &result);
    return result;
}

CompareDialog::CompareDialog(const Workspace &workspace, const QStringList &codes, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"compareDialog"_s);
    setWindowTitle(tr("Compare %1").arg(codes.join(u", "_s)));
    const CodePages pages(workspace);
    QStringList labels;
    QList<QHash<QString, QString>> columns;
    QStringList headers;
    for (const QString &code : codes) {
        const QList<CodePageRef> refs = pages.kindsOf(code);
        const auto page = refs.isEmpty() ? std::nullopt : pages.page(refs.constFirst().kind, code);
        QHash<QString, QString> column;
        if (page) {
            for (const auto &[label, value] : facts(*page)) {
                if (!labels.contains(label))
                    labels << label;
                column.insert(label, value);
            }
        }
        headers << (page ? page->value(u"code"_s).toString() : code + tr(" (not in the library)"));
        columns.append(column);
    }

    m_table = new QTableWidget(int(labels.size()), int(codes.size()), this);
    m_table->setObjectName(u"compareTable"_s);
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    const QColor tint = palette().color(QPalette::Highlight).lighter(190);
    for (int row = 0; row < labels.size(); ++row) {
        const QString &label = labels.at(row);
        QSet<QString> values;
        for (const auto &column : std::as_const(columns))
            values.insert(column.value(label, tr("(none)")));
        const bool differs = values.size() > 1;
        if (differs)
            m_differing << label;
        auto *header = new QTableWidgetItem((differs ? u"\u2260 "_s : QString()) + label);
        m_table->setVerticalHeaderItem(row, header);
        for (int c = 0; c < columns.size(); ++c) {
            auto *item = new QTableWidgetItem(columns.at(c).value(label, tr("(none)")));
            item->setToolTip(item->text());
            if (differs) {
                item->setBackground(tint);
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_table->setItem(row, c, item);
        }
    }
    m_table->resizeRowsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(900, 600);
}

QStringList CompareDialog::differingRows() const
{
    return m_differing;
}

} // namespace codedesk::ui
