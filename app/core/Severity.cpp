#include "core/Severity.h"

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return u"info"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Error:
        return u"error"_s;
    }
    return u"info"_s;
}

bool severityFromName(const QString &name, Severity *severity)
{
    for (auto candidate : {Severity::Info, Severity::Warning, Severity::Error}) {
        if (name == severityName(candidate)) {
            *severity = candidate;
            return true;
        }
    }
    return false;
}

} // namespace codedesk
