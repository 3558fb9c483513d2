#include "PdfText.h"

#include "export/PdfExport.h"
#include "export/PrintDocument.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace codedesk::test {

namespace {

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

QStringList pdfPages(const QString &pdfPath)
{
    QStringList pages = run(u"pdftotext"_s, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, pdfPath, u"-"_s}).split(u'\f');
    if (!pages.isEmpty() && pages.constLast().trimmed().isEmpty())
        pages.removeLast(); // pdftotext ends every page with a form feed
    return pages;
}

QString pdfRawText(const QString &pdfPath)
{
    return run(u"pdftotext"_s, {u"-raw"_s, u"-enc"_s, u"UTF-8"_s, pdfPath, u"-"_s});
}

QString pdfPageSize(const QString &pdfPath)
{
    const QString info = run(u"pdfinfo"_s, {pdfPath});
    const QRegularExpressionMatch match = QRegularExpression(u"Page size:\\s*(.*)"_s).match(info);
    return match.hasMatch() ? match.captured(1).trimmed() : QString();
}

QString squeezed(const QString &text)
{
    return text.simplified();
}

QStringList printToPdf(const PrintDocument &document, const QString &path, QPageSize pageSize, QDate printed)
{
    PdfExport::Options options;
    options.pageSize = pageSize;
    options.printed = printed;
    PdfExport pdf(options);
    if (!pdf.writeFile(document, path)) {
        qWarning("%s", qPrintable(pdf.errorString()));
        return {};
    }
    const QString keep = qEnvironmentVariable("CODEDESK_KEEP_PDF");
    if (!keep.isEmpty()) {
        QDir().mkpath(keep);
        const QString name = QString::fromLatin1(QTest::currentTestFunction()) + u'-' + pageSize.key() + u".pdf"_s;
        QFile::remove(keep + u'/' + name);
        QFile::copy(path, keep + u'/' + name);
    }
    return pdfPages(path);
}

} // namespace codedesk::test
