#pragma once

#include "worksheet/WorksheetContent.h"

#include <QString>

namespace codedesk {

enum class ExportFormat
{
    Csv,
    Json
};

// Writes the worksheet's claim to `path` in `format` (CsvWriter, JsonWriter) through QSaveFile
// with 0600 permissions: on failure the file at `path` is as it was and *error says
// "PATH: reason".
bool exportWorksheet(const WorksheetContent &content, const QString &path, ExportFormat format, QString *error);

} // namespace codedesk
