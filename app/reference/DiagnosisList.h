#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace codedesk {

struct DiagnosisEntry
{
    QString code; // "C78.7", with the dot
    QString description;
    QString source;
    QString date;
};

// A small hand-written list of ICD-10-CM diagnoses the bundled procedures are billed for, used for
// descriptions until a code set is imported (resources/reference/diagnoses.json).
class DiagnosisList final
{
public:
    static DiagnosisList bundled();
    bool loadJson(const QByteArray &json, QString *error);

    // Case-insensitive, with or without the dot ("c787" finds C78.7). nullptr when not listed.
    const DiagnosisEntry *find(const QString &code) const;
    QList<DiagnosisEntry> all() const; // sorted by code
    bool isEmpty() const { return m_byKey.isEmpty(); }

    // The lookup key of an ICD-10-CM code: upper case without the dot.
    static QString key(const QString &code);

private:
    QHash<QString, DiagnosisEntry> m_byKey;
};

} // namespace codedesk
