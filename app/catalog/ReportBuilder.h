#pragma once

#include "catalog/ModifierTableReader.h"
#include "catalog/Procedure.h"
#include "catalog/ReportDecoder.h"
#include "catalog/ReportPatterns.h"

#include <array>

namespace codedesk {

// Walks the lines once, sending each to the part of the report its heading opened.
class ReportBuilder final
{
public:
    ReportBuilder(const DecodedReport &input, Procedure &procedure)
        : m_input(input)
        , m_procedure(procedure)
    {}

    // Fills the procedure from the lines; leaves the code empty when the input names none.
    void run();

private:
    void readLine(const QString &line, int number);
    bool readKnownHeading(QStringView trimmed, int number);
    bool readOtherHeading(QStringView trimmed, int number);
    bool readTitleCandidate(QStringView trimmed, int number);
    void findCodeInText();
    void addText(const QString &line, QStringView trimmed, int number);
    void openSection(const QString &title);
    void closeSection();
    void finish();
    void note(int line, Severity severity, const QString &message)
    {
        m_procedure.diagnostics.append({line, severity, message});
    }

    const DecodedReport &m_input;
    Procedure &m_procedure;
    ReportPatterns::Heading m_part = ReportPatterns::Heading::None;
    bool m_inOtherSection = false;
    std::array<int, ReportPatterns::headingCount> m_headingLines{};
    Section m_section;
    bool m_sectionOpen = false;
    QStringList m_billing;
    QStringList m_clinical;
    ModifierTableReader m_table;
    int m_titleLine = 0;
    QString m_titleCandidate; // a bare title line opening the summary, for reports without "CPT NNNNN:"
    int m_titleCandidateLine = 0;
    int m_serviceTypeLine = 0;
    int m_siteLine = 0;
};

} // namespace codedesk
