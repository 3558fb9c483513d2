#include "PageFixtures.h"

#include "CommandRun.h"
#include "TestHome.h"

using namespace Qt::Literals::StringLiterals;

namespace codedesk::test {

QStringList importPageFixtures(const QStringList &parts)
{
    const QList<std::pair<QString, QString>> files{
        {u"icd10cm"_s, u"icd10cm-order.txt"_s}, {u"icd10cm-tabular"_s, u"icd10cm-tabular.xml"_s},
        {u"hcpcs"_s, u"hcpcs.txt"_s},           {u"pfs"_s, u"pfs.csv"_s},
        {u"pos"_s, u"pos.json"_s},
    };
    QStringList failures;
    for (const auto &[name, file] : files) {
        if (!parts.isEmpty() && !parts.contains(name))
            continue;
        const QString kind = name == u"icd10cm-tabular" ? u"icd10cm"_s : name;
        const CommandRun run = runCommand({u"codeset"_s, u"import"_s, kind, TestHome::dataPath(u"pages/"_s + file)});
        if (run.status != 0)
            failures << file + u": "_s + run.err;
    }
    return failures;
}

} // namespace codedesk::test
