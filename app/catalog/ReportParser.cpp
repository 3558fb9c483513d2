#include "catalog/ReportParser.h"

#include "catalog/CodeShape.h"
#include "catalog/FacetVocabulary.h"
#include "catalog/ReportBuilder.h"
#include "catalog/ReportDecoder.h"

#include <QCryptographicHash>
#include <QFileInfo>

#include <algorithm>
#include <climits>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

ParseResult ReportParser::parse(const QByteArray &bytes, const QString &fileName, Origin origin)
{
    ParseResult result;
    Procedure &procedure = result.procedure;
    procedure.source.file = QFileInfo(fileName).fileName();
    procedure.source.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    procedure.source.bytes = bytes.size();
    procedure.source.origin = origin;

    DecodedReport input;
    if (!ReportDecoder::decode(bytes, &input, &result.error))
        return result;
    ReportBuilder(input, procedure).run();
    if (procedure.code.isEmpty()) {
        result.error = u"no procedure code: expected a title line such as \u201cCPT 47382: Title\u201d"_s;
        return result;
    }
    procedure.codeSystem = codeSystemForCode(procedure.code);
    procedure.facets = FacetVocabulary::bundled().derive(procedure);
    std::stable_sort(procedure.diagnostics.begin(), procedure.diagnostics.end(),
                     [](const Diagnostic &a, const Diagnostic &b) {
                         return (a.line == 0 ? INT_MAX : a.line) < (b.line == 0 ? INT_MAX : b.line);
                     });
    result.ok = true;
    return result;
}

} // namespace codedesk
