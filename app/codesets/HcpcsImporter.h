#pragma once

#include "codesets/CodeSetTypes.h"
#include "codesets/ImportControl.h"

#include <QByteArray>
#include <QList>

namespace codedesk {

// A HCPCS Level II modifier as the annual file describes it (record types 7 and 8).
struct HcpcsModifier
{
    QString code; // "XS"
    QString description;
    QString shortDescription;
};

struct HcpcsResult
{
    QList<CodeSetEntry> procedures; // record type 3 with its type-4 continuations joined
    QList<HcpcsModifier> modifiers;
    QList<std::pair<QString, QString>> recordFields; // procedure code -> HcpcsRecordFields::read()
    int statedYear = 0; // the year the disclaimer names
    QList<ImportProblem> problems;
    bool cancelled = false;
    QString error;
};

// The CMS HCPCS Level II annual file: fixed width, Windows-1252, a disclaimer first. Columns
// (1-based): code 1-5, sequence 6-10, record type 11, long description 12-91, short description
// 92-119, date added 269-276, action effective date 277-284, termination date 285-292.
class HcpcsImporter final
{
public:
    static HcpcsResult parse(const QByteArray &bytes, const ImportControl &control = {});
};

} // namespace codedesk
