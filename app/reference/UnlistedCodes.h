#pragma once

#include <QHash>
#include <QString>

namespace codedesk {

// An unlisted-procedure (CPT) or not-otherwise-classified (HCPCS) code: valid, but priced from
// the operative report against a comparable code.
struct UnlistedCode
{
    QString code;
    QString kind; // "unlisted procedure", "not otherwise classified (NOC)"
    QString source;
    QString date;
};

// The unlisted and NOC codes, bundled from resources/reference/unlisted-codes.json.
class UnlistedCodes final
{
public:
    static UnlistedCodes bundled();
    bool loadJson(const QByteArray &json, QString *error);

    const UnlistedCode *find(const QString &code) const; // nullptr: not an unlisted code
    bool isEmpty() const { return m_byCode.isEmpty(); }

private:
    QHash<QString, UnlistedCode> m_byCode;
};

} // namespace codedesk
