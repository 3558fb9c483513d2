// The place-of-service file (JSON or CSV) importer on any bytes: it never crashes or hangs.
#include "FuzzTarget.h"

#include "codesets/PlaceOfServiceImporter.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)codedesk::PlaceOfServiceImporter::parse(bytes);
    return 0;
}
