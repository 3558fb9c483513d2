#pragma once

#include "worksheet/WorksheetContent.h"

#include <QByteArray>
#include <QStringList>

namespace codedesk {

// The text of a .codedesk file (WorksheetFile::toJson): known keys in a fixed order, then the
// unknown keys kept from the file; one line object per text line, which keeps diffs readable.
QByteArray worksheetJson(const WorksheetContent &content);

// The keys this version knows at each level of the file; all others are kept as unknown keys.
const QStringList &knownTopLevelKeys();
const QStringList &knownClaimKeys();
const QStringList &knownLineKeys();

} // namespace codedesk
