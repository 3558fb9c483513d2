// Replays a fuzz target's corpus (tests/fuzz/corpus/NAME) through its entry function: every
// normal build runs this as a CTest, no clang needed. With arguments, replays those files or
// folders instead (e.g. a crash file libFuzzer wrote).
#include "FuzzTarget.h"

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

QStringList filesUnder(const QString &path)
{
    if (QFileInfo(path).isFile())
        return {path};
    QStringList files;
    QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList roots;
    for (int i = 1; i < argc; ++i)
        roots << QString::fromLocal8Bit(argv[i]);
    if (roots.isEmpty())
        roots << qEnvironmentVariable("CODEDESK_SOURCE_DIR") + u"/tests/fuzz/corpus/"_s + QString::fromLatin1(FUZZ_TARGET_NAME);
    int replayed = 0;
    for (const QString &root : std::as_const(roots)) {
        for (const QString &path : filesUnder(root)) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "replay: cannot read %s\n", qPrintable(path));
                return 1;
            }
            const QByteArray bytes = file.readAll();
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
            ++replayed;
        }
    }
    std::printf("%s: %d inputs replayed\n", FUZZ_TARGET_NAME, replayed);
    // An empty corpus means the folder moved: that must fail, not pass silently.
    return replayed > 0 ? 0 : 1;
}
