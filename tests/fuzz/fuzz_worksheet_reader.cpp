// The worksheet reader on any bytes: it never crashes, and a worksheet it reads is written back
// to a file that reads back the same.
#include "FuzzTarget.h"

#include "worksheet/WorksheetFile.h"

#include <QByteArray>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto content = codedesk::WorksheetFile::fromJson(bytes, &error);
    if (!content)
        return 0;
    const auto again = codedesk::WorksheetFile::fromJson(codedesk::WorksheetFile::toJson(*content), &error);
    if (!again || !(*again == *content))
        std::abort(); // a save would change or lose what was read
    return 0;
}
