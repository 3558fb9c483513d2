#include "export/WorksheetExport.h"

#include "export/CsvWriter.h"
#include "export/JsonWriter.h"
#include "core/PrivateFileSaver.h"

namespace codedesk {

bool exportWorksheet(const WorksheetContent &content, const QString &path, ExportFormat format, QString *error)
{
    return savePrivateFile(
        path,
        [&content, format](QIODevice *device, QString *reason) {
            if (format == ExportFormat::Csv) {
                CsvWriter writer;
                const bool ok = writer.write(device, content);
                *reason = writer.errorString();
                return ok;
            }
            JsonWriter writer;
            const bool ok = writer.write(device, content);
            *reason = writer.errorString();
            return ok;
        },
        error);
}

} // namespace codedesk
