#include "catalog/ReportBuilder.h"

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

using ReportPatterns::Heading;

void ReportBuilder::run()
{
    const qsizetype count = m_input.lines.size();
    for (qsizetype i = 0; i < count; ++i)
        readLine(m_input.lines.at(i), int(i + 1));
    finish();
}

void ReportBuilder::readLine(const QString &line, int number)
{
    const QStringView trimmed = QStringView(line).trimmed();
    if (trimmed.isEmpty()) {
        if (m_sectionOpen)
            m_section.text += u'\n';
        return;
    }
    if (readKnownHeading(trimmed, number))
        return;
    if (m_procedure.code.isEmpty() && !m_inOtherSection) {
        QString code;
        QString title;
        if (ReportPatterns::titleLine(trimmed, &code, &title)) {
            m_procedure.code = code;
            m_procedure.title = title;
            m_titleLine = number;
            return;
        }
    }
    QString value;
    switch (ReportPatterns::keyLine(trimmed, &value)) {
    case ReportPatterns::Key::ServiceType:
        if (m_serviceTypeLine == 0) {
            m_procedure.serviceType = value;
            m_serviceTypeLine = number;
            return;
        }
        break;
    case ReportPatterns::Key::SiteOfService:
        if (m_siteLine == 0) {
            m_procedure.siteOfService = value;
            m_siteLine = number;
            return;
        }
        break;
    case ReportPatterns::Key::None:
        break;
    }
    if (readTitleCandidate(trimmed, number) || readOtherHeading(trimmed, number))
        return;
    if (ModifierTableReader::isTableLine(trimmed) && !m_inOtherSection) {
        if (m_part != Heading::CodingSpecifications && ModifierTableReader::isModifierHeader(trimmed)) {
            closeSection();
            m_part = Heading::CodingSpecifications;
            note(number, Severity::Info,
                 u"modifier table outside \u201cCoding Specifications\u201d; read as the modifier table"_s);
        }
        if (m_part == Heading::CodingSpecifications) {
            closeSection();
            const bool unterminated = number == m_input.lines.size() && !m_input.endsWithNewline;
            m_table.readLine(line, number, unterminated, &m_procedure);
            return;
        }
    }
    addText(line, trimmed, number);
}

bool ReportBuilder::readKnownHeading(QStringView trimmed, int number)
{
    const Heading heading = ReportPatterns::knownHeading(trimmed);
    if (heading != Heading::None) {
        closeSection();
        m_inOtherSection = false;
        m_part = heading;
        int &seenAt = m_headingLines.at(size_t(heading));
        if (seenAt != 0) {
            note(number, Severity::Info,
                 u"heading \u201c%1\u201d repeats line %2; its text is added to the first"_s
                     .arg(ReportPatterns::headingTitle(heading))
                     .arg(seenAt));
        } else {
            seenAt = number;
        }
        return true;
    }
    return false;
}

bool ReportBuilder::readOtherHeading(QStringView trimmed, int number)
{
    if (!ReportPatterns::looksLikeHeading(trimmed))
        return false;
    const QString title = ReportPatterns::headingText(trimmed);
    note(number, Severity::Info, u"unknown heading \u201c%1\u201d; kept as another section"_s.arg(title));
    closeSection();
    m_inOtherSection = true;
    openSection(title);
    return true;
}

bool ReportBuilder::readTitleCandidate(QStringView trimmed, int number)
{
    if (m_part != Heading::Summary || m_inOtherSection || !m_procedure.code.isEmpty() || m_titleCandidateLine != 0 ||
        !m_procedure.summary.isEmpty() || trimmed.startsWith(u'#') || !ReportPatterns::looksLikeHeading(trimmed))
        return false;
    m_titleCandidate = trimmed.toString();
    m_titleCandidateLine = number;
    return true;
}

// Reports without a title line may still name their code in running text.
void ReportBuilder::findCodeInText()
{
    for (qsizetype i = 0; i < m_input.lines.size(); ++i) {
        const QString code = ReportPatterns::codeInText(m_input.lines.at(i));
        if (code.isEmpty())
            continue;
        m_procedure.code = code;
        m_procedure.title = m_titleCandidate;
        note(m_titleCandidateLine, Severity::Warning,
             u"no title line \u201cCPT %1: Title\u201d; code taken from line %2"_s.arg(code).arg(i + 1));
        return;
    }
}

void ReportBuilder::addText(const QString &line, QStringView trimmed, int number)
{
    if (m_inOtherSection) {
        m_section.text += line + u'\n';
        return;
    }
    switch (m_part) {
    case Heading::Summary:
        m_procedure.summary.append(trimmed.toString());
        return;
    case Heading::Billing:
        m_billing.append(trimmed.toString());
        return;
    case Heading::ClinicalContext:
        m_clinical.append(trimmed.toString());
        return;
    case Heading::ClinicalCoding:
    case Heading::CodingSpecifications:
        if (!m_sectionOpen)
            openSection(ReportPatterns::headingTitle(m_part));
        break;
    case Heading::None:
        if (!m_sectionOpen) {
            note(number, Severity::Info, u"text before the first heading; kept as a section without a title"_s);
            openSection(QString());
        }
        break;
    }
    m_section.text += line + u'\n';
}

void ReportBuilder::openSection(const QString &title)
{
    m_section = Section{title, QString()};
    m_sectionOpen = true;
}

void ReportBuilder::closeSection()
{
    if (!m_sectionOpen)
        return;
    m_sectionOpen = false;
    // Verbatim inside; only the blank lines around the section go.
    qsizetype start = 0;
    while (start < m_section.text.size() && m_section.text.at(start) == u'\n')
        ++start;
    qsizetype end = m_section.text.size();
    while (end > start && m_section.text.at(end - 1) == u'\n')
        --end;
    m_section.text = m_section.text.sliced(start, end - start);
    if (!m_section.text.isEmpty() || !m_section.title.isEmpty())
        m_procedure.sections.append(m_section);
}

void ReportBuilder::finish()
{
    closeSection();
    if (m_procedure.code.isEmpty()) {
        findCodeInText();
        if (m_procedure.code.isEmpty())
            return; // not a report: the parser rejects it
    } else if (m_titleCandidateLine != 0) {
        m_procedure.summary.prepend(m_titleCandidate); // a real title line came later
    }
    m_procedure.billingOverview = m_billing.join(u'\n');
    m_procedure.clinicalContext = m_clinical.join(u'\n');

    for (const QString &paragraph : std::as_const(m_procedure.summary)) {
        m_procedure.payers = ReportPatterns::payers(paragraph);
        if (!m_procedure.payers.isEmpty())
            break;
    }
    QStringList texts = m_procedure.summary;
    texts << m_procedure.billingOverview << m_procedure.clinicalContext;
    for (const Section &section : std::as_const(m_procedure.sections))
        texts << section.text;
    for (const QString &text : std::as_const(texts)) {
        for (const QString &sentence : ReportPatterns::missingDataSentences(text)) {
            if (!m_procedure.missingDataNotes.contains(sentence))
                m_procedure.missingDataNotes.append(sentence);
        }
    }

    if (m_input.firstInvalidLine > 0)
        note(m_input.firstInvalidLine, Severity::Warning, u"invalid UTF-8 bytes replaced by \uFFFD"_s);
    if (m_input.firstControlLine > 0)
        note(m_input.firstControlLine, Severity::Warning,
             u"control characters (such as a terminal escape) shown as symbols such as \u241B"_s);
    if (m_titleLine > 0 && m_procedure.title.isEmpty())
        note(m_titleLine, Severity::Warning, u"title line names no title"_s);
    for (int i = 0; i < ReportPatterns::headingCount; ++i) {
        if (m_headingLines.at(size_t(i)) == 0)
            note(0, Severity::Warning,
                 u"missing section \u201c%1\u201d"_s.arg(ReportPatterns::headingTitle(Heading(i))));
    }
    if (m_serviceTypeLine == 0)
        note(0, Severity::Info, u"no \u201cService type:\u201d line"_s);
    if (m_siteLine == 0)
        note(0, Severity::Info, u"no \u201cTypical site of service:\u201d line"_s);
    if (m_procedure.payers.isEmpty())
        note(0, Severity::Info, u"the summary names no payers (\u201cKey payers \u2026 include \u2026\u201d)"_s);
    if (m_procedure.modifiers.isEmpty())
        note(0, Severity::Info, u"no modifier rows"_s);
}

} // namespace codedesk
