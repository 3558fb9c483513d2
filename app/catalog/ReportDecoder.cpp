#include "catalog/ReportDecoder.h"

#include "core/VisibleText.h"

#include <QStringDecoder>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

namespace {

bool isSuspicious(QChar c)
{
    const char16_t u = c.unicode();
    if (u == 0xFFFD)
        return true;
    return VisibleText::isHiddenControl(u) && u != u'\f' && u != u'\v';
}

} // namespace

bool ReportDecoder::decode(const QByteArray &bytes, DecodedReport *report, QString *error)
{
    *report = {};
    if (bytes.contains('\0')) {
        *error = u"binary input (NUL bytes): not a UTF-8 text report"_s;
        return false;
    }
    QStringDecoder decoder(QStringDecoder::Utf8); // drops a leading BOM
    const QString text = decoder.decode(bytes);
    qsizetype suspicious = 0;
    qsizetype visible = 0;
    for (QChar c : text) {
        if (isSuspicious(c))
            ++suspicious;
        if (!c.isSpace())
            ++visible;
    }
    if (visible == 0) {
        *error = u"empty input: no report text"_s;
        return false;
    }
    // A stray Latin-1 byte or two is a damaged report; a quarter of garbage is not a report.
    if (suspicious * 4 > text.size()) {
        *error = u"binary input (mostly invalid UTF-8 or control characters): not a text report"_s;
        return false;
    }

    qsizetype start = 0;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (c != u'\n' && c != u'\r')
            continue;
        report->lines.append(text.mid(start, i - start));
        if (c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n')
            ++i;
        start = i + 1;
    }
    report->endsWithNewline = start == size;
    if (start < size)
        report->lines.append(text.mid(start));

    if (suspicious > 0) {
        for (qsizetype i = 0; i < report->lines.size(); ++i) {
            QString &line = report->lines[i];
            if (report->firstInvalidLine == 0 && line.contains(QChar(0xFFFD)))
                report->firstInvalidLine = int(i + 1);
            // Form feed and vertical tab are only layout: a space. Other controls are shown.
            line.replace(u'\f', u' ').replace(u'\v', u' ');
            QString shown = VisibleText::withVisibleControls(line);
            if (shown != line) {
                if (report->firstControlLine == 0)
                    report->firstControlLine = int(i + 1);
                line = std::move(shown);
            }
        }
    }
    return true;
}

} // namespace codedesk
