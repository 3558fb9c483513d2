#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace codedesk {

struct EvaluationManagementCode
{
    QString code;
    QString category; // "office or other outpatient visit, established patient"
    QString source;
    QString date;
};

// Which modifier an E/M service needs on the date of a procedure with a given global period
// (e.g. 090 days: 57, decision for surgery; 000/010 days: 25, significant and separate).
struct GlobalPeriodModifier
{
    QString globalDays; // "090"
    QString modifier;   // "57"
    QString meaning;
    QString source;
    QString date;
};

// The E/M codes and the global-surgery modifier rules, bundled from
// resources/reference/evaluation-management.json.
class EvaluationManagementTable final
{
public:
    static EvaluationManagementTable bundled();
    bool loadJson(const QByteArray &json, QString *error);

    const EvaluationManagementCode *find(const QString &code) const; // nullptr: not an E/M code on file
    bool isEvaluationManagement(const QString &code) const { return find(code) != nullptr; }
    const GlobalPeriodModifier *modifierForGlobalDays(const QString &globalDays) const;
    const QList<GlobalPeriodModifier> &globalPeriodModifiers() const { return m_globalModifiers; }
    QStringList codes() const { return m_codes.keys(); }
    bool isEmpty() const { return m_codes.isEmpty(); }

private:
    QHash<QString, EvaluationManagementCode> m_codes;
    QList<GlobalPeriodModifier> m_globalModifiers;
};

} // namespace codedesk
