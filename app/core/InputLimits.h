#pragma once

#include <QtGlobal>

namespace codedesk {

// The largest inputs CodeDesk reads (docs/limits.md). Each is checked while reading, so a
// device, a pipe or a growing file is refused as soon as it passes the limit.
namespace InputLimits {

// A procedure report: real ones are 3 to 40 KiB.
inline constexpr qint64 reportBytes = 4 * 1024 * 1024;
// A worksheet file: a 1,000-line worksheet is about 250 KiB.
inline constexpr qint64 worksheetBytes = 16 * 1024 * 1024;
// A worksheet's notes field, in characters (about 8 printed pages; the window edits it in one line).
inline constexpr qsizetype notesCharacters = 20'000;
// Every other worksheet text field (codes, payer, account, NPI, modifiers, diagnoses).
inline constexpr qsizetype fieldCharacters = 1'000;

} // namespace InputLimits

} // namespace codedesk
