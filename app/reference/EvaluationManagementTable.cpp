#include "reference/EvaluationManagementTable.h"

#include "reference/ReferenceJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

namespace {

QStringList modifierList(const QJsonValue &value)
{
    QStringList modifiers;
    for (const QJsonValue modifier : value.toArray())
        modifiers << modifier.toString().trimmed().toUpper();
    return modifiers;
}

bool allTwoCharacters(const QStringList &modifiers)
{
    return !modifiers.isEmpty() &&
           std::all_of(modifiers.cbegin(), modifiers.cend(), [](const QString &m) { return m.size() == 2; });
}

// An entry's "misused" list: [{"modifiers": ["25"], "advice": "..."}]; false when one is unusable.
bool readMisused(const QJsonObject &object, QList<MisusedModifier> *misused)
{
    for (const QJsonValue value : object.value(u"misused"_s).toArray()) {
        MisusedModifier entry;
        entry.modifiers = modifierList(value.toObject().value(u"modifiers"_s));
        entry.advice = value.toObject().value(u"advice"_s).toString();
        if (!allTwoCharacters(entry.modifiers) || entry.advice.isEmpty())
            return false;
        *misused << entry;
    }
    return true;
}

const MisusedModifier *firstMisused(const QList<MisusedModifier> &misused, const QStringList &lineModifiers)
{
    for (const MisusedModifier &entry : misused) {
        for (const QString &modifier : entry.modifiers) {
            if (lineModifiers.contains(modifier, Qt::CaseInsensitive))
                return &entry;
        }
    }
    return nullptr;
}

} // namespace

const MisusedModifier *GlobalPeriodModifier::misusedOn(const QStringList &lineModifiers) const
{
    return firstMisused(misused, lineModifiers);
}

const MisusedModifier *GlobalPeriodWindow::misusedOn(const QStringList &lineModifiers) const
{
    return firstMisused(misused, lineModifiers);
}

EvaluationManagementTable EvaluationManagementTable::bundled()
{
    EvaluationManagementTable table;
    QString error;
    if (!table.loadJson(bundledReference(u"evaluation-management.json"_s), &error))
        qWarning("codedesk: bundled evaluation-management.json is unusable: %s", qPrintable(error));
    return table;
}

bool EvaluationManagementTable::loadJson(const QByteArray &json, QString *error)
{
    const QString format = u"codedesk-evaluation-management"_s;
    QList<QJsonObject> codeEntries;
    QList<QJsonObject> modifierEntries;
    if (!readReferenceTable(json, format, u"codes"_s, &codeEntries, error) ||
        !readReferenceTable(json, format, u"globalPeriodModifiers"_s, &modifierEntries, error))
        return false;

    QHash<QString, EvaluationManagementCode> codes;
    for (qsizetype i = 0; i < codeEntries.size(); ++i) {
        EvaluationManagementCode entry;
        entry.code = codeEntries.at(i).value(u"code"_s).toString().trimmed().toUpper();
        entry.category = codeEntries.at(i).value(u"category"_s).toString();
        entry.source = codeEntries.at(i).value(u"source"_s).toString();
        entry.date = codeEntries.at(i).value(u"date"_s).toString();
        if (entry.code.isEmpty()) {
            *error = u"\"codes\" entry %1: needs a code"_s.arg(i + 1);
            return false;
        }
        codes.insert(entry.code, entry);
    }
    QList<GlobalPeriodModifier> modifiers;
    for (qsizetype i = 0; i < modifierEntries.size(); ++i) {
        const QJsonObject &object = modifierEntries.at(i);
        GlobalPeriodModifier entry;
        entry.globalDays = object.value(u"globalDays"_s).toString().trimmed();
        entry.modifiers = modifierList(object.value(u"modifiers"_s));
        entry.meaning = object.value(u"meaning"_s).toString();
        entry.source = object.value(u"source"_s).toString();
        entry.date = object.value(u"date"_s).toString();
        if (entry.globalDays.isEmpty() || !allTwoCharacters(entry.modifiers)) {
            *error = u"\"globalPeriodModifiers\" entry %1: needs globalDays and two-character modifiers"_s.arg(i + 1);
            return false;
        }
        if (!readMisused(object, &entry.misused)) {
            *error = u"\"globalPeriodModifiers\" entry %1: each misused entry needs two-character modifiers and "
                     "advice"_s.arg(i + 1);
            return false;
        }
        modifiers << entry;
    }
    QList<GlobalPeriodWindow> windows;
    if (QJsonDocument::fromJson(json).object().contains(u"globalPeriodWindows"_s)) {
        QList<QJsonObject> windowEntries;
        if (!readReferenceTable(json, format, u"globalPeriodWindows"_s, &windowEntries, error))
            return false;
        for (qsizetype i = 0; i < windowEntries.size(); ++i) {
            const QJsonObject &object = windowEntries.at(i);
            GlobalPeriodWindow window;
            window.globalDays = object.value(u"globalDays"_s).toString().trimmed();
            const QString service = object.value(u"service"_s).toString();
            window.service = service == u"procedure" ? GlobalPeriodWindow::Service::Procedure
                                                     : GlobalPeriodWindow::Service::EvaluationManagement;
            window.fromDay = object.value(u"fromDay"_s).toInt();
            window.toDay = object.value(u"toDay"_s).toInt();
            window.modifiers = modifierList(object.value(u"modifiers"_s));
            window.meaning = object.value(u"meaning"_s).toString();
            window.source = object.value(u"source"_s).toString();
            window.date = object.value(u"date"_s).toString();
            if (window.globalDays.isEmpty() || !allTwoCharacters(window.modifiers) || window.fromDay > window.toDay ||
                (service != u"procedure" && service != u"evaluationManagement") ||
                !readMisused(object, &window.misused)) {
                *error = u"\"globalPeriodWindows\" entry %1: needs globalDays, a service, fromDay <= toDay and "
                         "two-character modifiers (misused ones with advice)"_s.arg(i + 1);
                return false;
            }
            windows << window;
        }
    }
    m_windows = std::move(windows);
    m_codes = std::move(codes);
    m_globalModifiers = std::move(modifiers);
    return true;
}

const EvaluationManagementCode *EvaluationManagementTable::find(const QString &code) const
{
    const auto it = m_codes.constFind(code.trimmed().toUpper());
    return it == m_codes.constEnd() ? nullptr : &it.value();
}

const GlobalPeriodModifier *EvaluationManagementTable::modifierForGlobalDays(const QString &globalDays) const
{
    for (const GlobalPeriodModifier &entry : m_globalModifiers) {
        if (entry.globalDays == globalDays)
            return &entry;
    }
    return nullptr;
}

} // namespace codedesk
