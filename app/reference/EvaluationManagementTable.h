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

// Modifiers a coder often puts where they do not fit (25 on a postoperative day) and what to
// say instead: the advice names the modifier that fits.
struct MisusedModifier
{
    QStringList modifiers; // "25"
    QString advice;
};

// Which modifiers an E/M service needs on the date of a procedure with a given global period
// (e.g. 090 days: 57, decision for surgery, or 25; 000/010 days: 25, significant and separate).
struct GlobalPeriodModifier
{
    QString globalDays;    // "090"
    QStringList modifiers; // any one will do: "57", "25"
    QString meaning;
    QList<MisusedModifier> misused;
    QString source;
    QString date;

    const MisusedModifier *misusedOn(const QStringList &lineModifiers) const;
};

// A span of days around a surgery with a global period (day 0 = its date) in which another
// service is part of the surgical package unless it carries one of `modifiers`.
struct GlobalPeriodWindow
{
    enum class Service { EvaluationManagement, Procedure };
    QString globalDays; // the surgery's: "090"
    Service service = Service::EvaluationManagement;
    int fromDay = 0;
    int toDay = 0;
    QStringList modifiers;
    QString meaning;
    QList<MisusedModifier> misused;
    QString source;
    QString date;

    const MisusedModifier *misusedOn(const QStringList &lineModifiers) const;
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
    // The days before and after a surgery's date (not the date itself: globalPeriodModifiers).
    const QList<GlobalPeriodWindow> &globalPeriodWindows() const { return m_windows; }
    QStringList codes() const { return m_codes.keys(); }
    bool isEmpty() const { return m_codes.isEmpty(); }

private:
    QHash<QString, EvaluationManagementCode> m_codes;
    QList<GlobalPeriodModifier> m_globalModifiers;
    QList<GlobalPeriodWindow> m_windows;
};

} // namespace codedesk
