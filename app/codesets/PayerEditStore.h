#pragma once

#include "codesets/PayerEditTypes.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace codedesk {

class LibraryDatabase;

// Reads the imported NCCI files from the library database: the PTP edits among a claim's codes,
// a code's PTP partners and its MUE, and the version (quarter) of each file. Each call asks the
// database through the calling thread's connection; a claim's look-up is one query per file.
class PayerEditStore final
{
public:
    explicit PayerEditStore(LibraryDatabase &database);

    // The file's version as imported ("NCCI PTP 2026Q1", the file name ...); nullopt: none imported.
    std::optional<CodeSetVersion> version(CodeSetPart part) const; // NcciPtp or Mue
    // "NCCI PTP 2026Q1 (file.txt, imported 2026-01-05)": for findings' sources.
    QString sourceText(CodeSetPart part) const;

    // Every edit whose column 1 and column 2 codes are both among `codes` (any date).
    QList<PtpEdit> editsAmong(const QStringList &codes) const;
    // The code's edits as column 1 (the codes not paid with it) and as column 2 (the codes it is
    // not paid with), for the code pages.
    QList<PtpEdit> partners(const QString &code) const;
    std::optional<MueLimit> mue(const QString &code) const;
    QHash<QString, MueLimit> mues(const QStringList &codes) const;

private:
    QStringList rationales(const QList<int> &ids) const;

    LibraryDatabase &m_database;
};

} // namespace codedesk
