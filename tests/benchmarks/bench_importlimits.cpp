// Pathological code-set inputs (issue 12): times each importer on inputs generated here, never
// committed. Not a CTest test: tests/benchmarks/run.sh runs it.
//
// usage: bench_importlimits CASE SIZE
//   notes-in-one SIZE       one code with SIZE notes in one element
//   chapter-notes SIZE      SIZE notes at chapter level, then SIZE sibling codes
//   attributes SIZE         one element with SIZE attributes
//   pfs-banner SIZE         SIZE banner lines before the PFS header
// Prints the input size, the time and the peak resident memory of the process.
#include "codesets/Icd10TabularImporter.h"
#include "codesets/PfsRvuImporter.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <sys/resource.h>

using namespace Qt::Literals::StringLiterals;
using namespace codedesk;

namespace {

QByteArray tabular(const QByteArray &chapterNotes, const QByteArray &codes)
{
    return "<?xml version=\"1.0\"?>\n<ICD10CM.tabular><version>2021</version><chapter><name>1</name>"
           "<desc>Chapter</desc>" +
           chapterNotes + "<section id=\"A00-A09\"><desc>Section</desc>" + codes +
           "</section></chapter></ICD10CM.tabular>\n";
}

QByteArray notes(int count)
{
    QByteArray text = "<excludes1>";
    for (int i = 0; i < count; ++i)
        text += "<note>note " + QByteArray::number(i) + "</note>";
    return text + "</excludes1>";
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: bench_importlimits notes-in-one|chapter-notes|attributes|pfs-banner SIZE\n");
        return 2;
    }
    const QString kind = args.at(1);
    const int size = args.at(2).toInt();
    QByteArray input;
    if (kind == u"notes-in-one"_s) {
        input = tabular({}, "<diag><name>A00</name><desc>Code</desc>" + notes(size) + "</diag>");
    } else if (kind == u"chapter-notes"_s) {
        QByteArray codes;
        for (int i = 0; i < size; ++i)
            codes += "<diag><name>A" + QByteArray::number(10000 + i) + "</name><desc>Code</desc></diag>";
        input = tabular(notes(size), codes);
    } else if (kind == u"attributes"_s) {
        QByteArray attributes;
        for (int i = 0; i < size; ++i)
            attributes += " a" + QByteArray::number(i) + "=\"\"";
        input = tabular({}, "<diag" + attributes + "><name>A00</name><desc>Code</desc></diag>");
    } else if (kind == u"pfs-banner"_s) {
        for (int i = 0; i < size; ++i)
            input += "BANNER LINE " + QByteArray::number(i) + ",,,,\n";
        input += "HCPCS,MOD,STATUS\n";
    } else {
        std::fprintf(stderr, "unknown case\n");
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    QString error;
    qsizetype items = 0;
    if (kind == u"pfs-banner"_s) {
        const PfsRvuResult result = PfsRvuImporter::parse(input);
        error = result.error;
        items = result.rows.size();
    } else {
        const Icd10TabularResult result = Icd10TabularImporter::parse(input);
        error = result.error;
        items = result.notes.size();
    }
    const qint64 ms = timer.elapsed();
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("%s %d: %.2f MB in %lld ms, peak RSS %ld MB, %lld items%s%s\n", qPrintable(kind), size,
                double(input.size()) / 1e6, static_cast<long long>(ms), usage.ru_maxrss / 1024,
                static_cast<long long>(items), error.isEmpty() ? "" : ", refused: ", qPrintable(error));
    return 0;
}
