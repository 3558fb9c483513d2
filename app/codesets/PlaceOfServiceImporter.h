#pragma once

#include "codesets/CodeSetTypes.h"
#include "codesets/ImportControl.h"

#include <QByteArray>
#include <QList>

namespace codedesk {

struct PlaceOfServiceResult
{
    QList<PlaceOfService> places;
    QList<ImportProblem> problems; // JSON: the 1-based array position stands in for the line
    bool cancelled = false;
    QString error;
};

// CMS place-of-service codes, either as a JSON array of {placeOfServiceCode, placeOfServiceName,
// placeOfServiceDescription} or as CSV lines code,name,description (an optional header line).
class PlaceOfServiceImporter final
{
public:
    static PlaceOfServiceResult parse(const QByteArray &bytes, const ImportControl &control = {});

private:
    static PlaceOfServiceResult parseJson(const QByteArray &bytes);
    static PlaceOfServiceResult parseCsv(const QByteArray &bytes);
};

} // namespace codedesk
