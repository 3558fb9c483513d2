// The HCPCS Level II annual file importer on any bytes: it never crashes or hangs.
#include "FuzzTarget.h"

#include "codesets/HcpcsImporter.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)codedesk::HcpcsImporter::parse(bytes);
    return 0;
}
