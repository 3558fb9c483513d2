#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace codedesk {

// How many units of a code may be reported for one patient on one date of service.
struct UnitLimit
{
    QString code;
    int maximumUnits = 1;
    QString reason; // "the descriptor covers 1 or more liver tumors: report once per session"
    QString source;
    QString date;
};

// The per-date unit table, bundled from resources/reference/units.json. The CMS MUE table will
// feed the same table later.
class UnitLimits final
{
public:
    static UnitLimits bundled();
    bool loadJson(const QByteArray &json, QString *error);

    const UnitLimit *find(const QString &code) const; // nullptr: no limit on file
    QStringList codes() const { return m_byCode.keys(); }
    bool isEmpty() const { return m_byCode.isEmpty(); }

private:
    QHash<QString, UnitLimit> m_byCode; // key: upper-case code
};

} // namespace codedesk
