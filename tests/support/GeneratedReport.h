#pragma once

#include <QByteArray>

namespace codedesk::test {

// A report in the seed format with `rows` modifier rows, alternating with and without the leading
// pipe, the last one cut off: for parser tests and the parser benchmark.
QByteArray generatedReport(int rows);

} // namespace codedesk::test
