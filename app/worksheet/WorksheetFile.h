#pragma once

#include "worksheet/WorksheetContent.h"

#include <QByteArray>
#include <QString>

#include <optional>

class QIODevice;

namespace codedesk {

// The .codedesk worksheet file (DESIGN.md): UTF-8 JSON {format, version, claim, diagnoses, lines}.
// Unknown keys at every level are kept and written back; a newer version is refused; a corrupt
// file is refused with a message that names it. Saving goes through QSaveFile with 0600
// permissions, so a failed save leaves the old file untouched.
class WorksheetFile final
{
public:
    static constexpr int version = 1;
    static QString formatName(); // "codedesk-worksheet"
    static QString suffix();     // "codedesk"

    explicit WorksheetFile(QString path);

    // On failure returns nullopt and errorString() is "PATH: reason" (or "PATH:LINE: reason" for
    // bad JSON). Reasons never quote patient identifiers.
    std::optional<WorksheetContent> read();
    bool write(const WorksheetContent &content);

    QString path() const { return m_path; }
    QString errorString() const { return m_error; }

    // Without a file (autosave, tests). *error gets the reason alone; *errorLine the JSON text
    // line for a syntax error (0 otherwise).
    static std::optional<WorksheetContent> fromJson(const QByteArray &json, QString *error, int *errorLine = nullptr);
    static QByteArray toJson(const WorksheetContent &content);
    static bool writeTo(QIODevice *device, const WorksheetContent &content, QString *error);

private:
    QString m_path;
    QString m_error;
};

} // namespace codedesk
