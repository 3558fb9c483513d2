#pragma once

#include <QByteArrayView>
#include <QString>

namespace codedesk {

// Windows-1252 (CMS's HCPCS files): Latin-1 with printable characters in 0x80..0x9F.
QString decodeWindows1252(QByteArrayView bytes);

// UTF-8 when the bytes are valid UTF-8, otherwise Windows-1252 (older CMS and CDC files).
QString decodeUtf8OrWindows1252(QByteArrayView bytes);

// Trims ASCII spaces (fixed-width fields are padded with them).
QByteArrayView trimmedField(QByteArrayView line, qsizetype from, qsizetype length);

// The first 19xx/20xx year named in a text (a file name, a banner line), or 0.
int yearNamedIn(const QString &text);

} // namespace codedesk
