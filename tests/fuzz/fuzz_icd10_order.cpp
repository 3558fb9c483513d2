// The ICD-10-CM order file importer on any bytes: it never crashes or hangs.
#include "FuzzTarget.h"

#include "codesets/Icd10OrderImporter.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)codedesk::Icd10OrderImporter::parse(bytes);
    return 0;
}
