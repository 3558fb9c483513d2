#include "catalog/ReportPatterns.h"

#include "catalog/CodeShape.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace codedesk::ReportPatterns {

namespace {

constexpr QRegularExpression::PatternOptions caseless =
    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

QString normalizedHeading(QStringView trimmed)
{
    QString text = headingText(trimmed);
    if (text.endsWith(u':'))
        text.chop(1);
    return text.simplified().replace(u" and "_s, u" & "_s, Qt::CaseInsensitive).toCaseFolded();
}

bool isSmallWord(QStringView word)
{
    static const QStringList small = {u"a"_s,   u"an"_s, u"and"_s,  u"as"_s,  u"at"_s,   u"by"_s,
                                      u"for"_s, u"in"_s, u"of"_s,   u"on"_s,  u"or"_s,   u"the"_s,
                                      u"to"_s,  u"vs"_s, u"with"_s, u"per"_s, u"from"_s, u"into"_s};
    return small.contains(word.toString());
}

} // namespace

QString headingTitle(Heading heading)
{
    switch (heading) {
    case Heading::Summary:
        return u"Summary & Overview"_s;
    case Heading::Billing:
        return u"Billing Code Overview"_s;
    case Heading::ClinicalCoding:
        return u"Clinical & Coding Specifications"_s;
    case Heading::ClinicalContext:
        return u"Clinical Context"_s;
    case Heading::CodingSpecifications:
        return u"Coding Specifications"_s;
    case Heading::None:
        break;
    }
    return {};
}

Heading knownHeading(QStringView trimmed)
{
    if (trimmed.size() > 60 || trimmed.contains(u'|'))
        return Heading::None;
    const QString text = normalizedHeading(trimmed);
    for (int i = 0; i < headingCount; ++i) {
        const auto heading = Heading(i);
        if (text == headingTitle(heading).toCaseFolded())
            return heading;
    }
    return Heading::None;
}

QString headingText(QStringView trimmed)
{
    QStringView text = trimmed;
    while (text.startsWith(u'#'))
        text = text.sliced(1);
    text = text.trimmed();
    if (text.size() > 4 && text.startsWith(u"**") && text.endsWith(u"**"))
        text = text.sliced(2, text.size() - 4).trimmed();
    return text.toString();
}

bool looksLikeHeading(QStringView trimmed)
{
    if (trimmed.isEmpty() || trimmed.size() > 80 || trimmed.contains(u'|'))
        return false;
    if (trimmed.startsWith(u'#'))
        return !headingText(trimmed).isEmpty();
    const QChar last = trimmed.back();
    if (last == u'.' || last == u',' || last == u';' || last == u':' || last == u'!' || last == u'?')
        return false;
    if (!trimmed.front().isUpper())
        return false;
    const QList<QStringView> words = trimmed.split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 2 || words.size() > 10)
        return false;
    for (QStringView word : words) {
        const QChar first = word.front();
        if (first.isLetter() && !first.isUpper() && !isSmallWord(word))
            return false;
    }
    return true;
}

bool titleLine(QStringView trimmed, QString *code, QString *title)
{
    static const QRegularExpression pattern(
        u"^(?:CPT\\x{00AE}?|HCPCS)(?:\\s+(?:code|Level\\s+II|Category\\s+I{1,3}))?\\s+([A-Z0-9]{5})\\s*[:\\x{2013}\\x{2014}-]\\s*(.*)$"_s,
        caseless);
    if (!trimmed.startsWith(u"CPT", Qt::CaseInsensitive) && !trimmed.startsWith(u"HCPCS", Qt::CaseInsensitive))
        return false;
    const QRegularExpressionMatch match = pattern.match(trimmed);
    if (!match.hasMatch() || codeSystemForCode(match.capturedView(1)) == CodeSystem::Unknown)
        return false;
    *code = match.captured(1).toUpper();
    *title = match.captured(2).trimmed();
    return true;
}

QString codeInText(QStringView line)
{
    static const QRegularExpression pattern(
        u"(?<![\\p{L}\\p{N}])(?:CPT\\x{00AE}?|HCPCS)(?:\\s+code)?\\s+([0-9]{4}[0-9FTUM]|[A-Z][0-9]{4})(?![\\p{L}\\p{N}])"_s,
        caseless);
    const QRegularExpressionMatch match = pattern.match(line);
    return match.hasMatch() ? match.captured(1).toUpper() : QString();
}

Key keyLine(QStringView trimmed, QString *value)
{
    // Also "**Service type:** value" and "- Service type: value".
    static const QRegularExpression pattern(u"^(service type|typical site of service)\\s*\\**\\s*:\\s*\\**\\s*(.*)$"_s,
                                            caseless);
    while (!trimmed.isEmpty() && (trimmed.front() == u'*' || trimmed.front() == u'-' || trimmed.front() == u'\u2022'))
        trimmed = trimmed.sliced(1).trimmed();
    if (!trimmed.startsWith(u"service", Qt::CaseInsensitive) && !trimmed.startsWith(u"typical", Qt::CaseInsensitive))
        return Key::None;
    const QRegularExpressionMatch match = pattern.match(trimmed);
    if (!match.hasMatch())
        return Key::None;
    *value = match.captured(2).trimmed();
    return match.capturedView(1).startsWith(u"service", Qt::CaseInsensitive) ? Key::ServiceType : Key::SiteOfService;
}

QStringList payers(QStringView paragraph)
{
    static const QRegularExpression verb(u"(?:\\b(?:include|includes|are|were|is)\\b\\s*:?|:)\\s*"_s, caseless);
    const qsizetype start = paragraph.indexOf(u"key payers", 0, Qt::CaseInsensitive);
    if (start < 0)
        return {};
    // The sentence ends at the first full stop followed by a space (or the end); bounded so that a
    // hostile line cannot make this quadratic.
    QStringView sentence = paragraph.sliced(start).first(qMin<qsizetype>(paragraph.size() - start, 2000));
    const qsizetype stop = sentence.indexOf(u". ");
    if (stop >= 0)
        sentence = sentence.first(stop);
    if (sentence.endsWith(u'.'))
        sentence.chop(1);
    const QRegularExpressionMatch match = verb.match(sentence);
    if (!match.hasMatch())
        return {};
    QStringList names;
    const QList<QStringView> parts = sentence.sliced(match.capturedEnd()).split(u',');
    for (QStringView part : parts) {
        part = part.trimmed();
        for (QStringView conjunction : {QStringView(u"and "), QStringView(u"or "), QStringView(u"& ")}) {
            if (part.startsWith(conjunction, Qt::CaseInsensitive))
                part = part.sliced(conjunction.size()).trimmed();
        }
        if (parts.size() == 1) {
            for (QStringView name : part.split(u" and "_s, Qt::SkipEmptyParts))
                names << name.trimmed().toString();
        } else if (!part.isEmpty()) {
            names << part.toString();
        }
    }
    return names;
}

QStringList missingDataSentences(QStringView text)
{
    static const QRegularExpression note(u"\\bnot\\s+(?:available|provided)\\s+in\\s+the\\s+input"_s, caseless);
    QStringList sentences;
    if (!text.contains(u"in the input", Qt::CaseInsensitive))
        return sentences;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool end = i == text.size();
        const bool stop = !end && (text.at(i) == u'.' || text.at(i) == u'!' || text.at(i) == u'?') &&
                          (i + 1 == text.size() || text.at(i + 1).isSpace());
        if (!end && !stop && text.at(i) != u'\n')
            continue;
        const qsizetype length = stop ? i + 1 - start : i - start;
        const QStringView sentence = text.sliced(start, length).trimmed();
        if (!sentence.isEmpty() && note.match(sentence).hasMatch())
            sentences << sentence.toString();
        start = i + 1;
    }
    return sentences;
}

} // namespace codedesk::ReportPatterns
