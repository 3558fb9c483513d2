// The claim's diagnoses (box 21) and each line's pointers to them (box 24E).
#include "reference/DiagnosisList.h"
#include "worksheet/ClaimRule.h"
#include "worksheet/CodeFormat.h"
#include "worksheet/RuleRun.h"

#include <QHash>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

namespace {

constexpr int maximumDiagnoses = 12;
constexpr int maximumPointers = 4;
const QString box21 =
    u"NUCC 1500 Claim Form Reference Instruction Manual for the 02/12 form, item 21 (diagnoses A-L)"_s;
const QString box24E =
    u"NUCC 1500 Claim Form Reference Instruction Manual for the 02/12 form, item 24E (up to four pointers, primary first)"_s;

QString diagnosisField(qsizetype index)
{
    return u"diagnosis%1"_s.arg(index + 1);
}

void checkDiagnosisCount(const ClaimRule &rule, RuleRun &run)
{
    const qsizetype count = run.worksheet().diagnoses.size();
    if (count > maximumDiagnoses)
        run.report(rule, -1, u"diagnoses"_s,
                   u"%1 diagnoses: a claim holds at most 12 (A to L); split the services over two claims"_s.arg(count));
}

void checkDiagnosisDuplicate(const ClaimRule &rule, RuleRun &run)
{
    QHash<QString, qsizetype> seen;
    const QStringList &diagnoses = run.worksheet().diagnoses;
    for (qsizetype i = 0; i < diagnoses.size(); ++i) {
        const QString key = DiagnosisList::key(diagnoses.at(i));
        if (key.isEmpty())
            continue;
        const auto first = seen.constFind(key);
        if (first != seen.constEnd())
            run.report(rule, -1, diagnosisField(i),
                       u"Diagnosis %1 (%2) repeats diagnosis %3: list each diagnosis once"_s.arg(
                           pointerLetter(int(i)), diagnoses.at(i), pointerLetter(int(first.value()))));
        else
            seen.insert(key, i);
    }
}

void checkDiagnosisFormat(const ClaimRule &rule, RuleRun &run)
{
    const QStringList &diagnoses = run.worksheet().diagnoses;
    for (qsizetype i = 0; i < diagnoses.size(); ++i) {
        if (!isIcd10CmFormat(diagnoses.at(i).trimmed().toUpper()))
            run.report(
                rule, -1, diagnosisField(i),
                u"Diagnosis %1 \"%2\" is not an ICD-10-CM code: a letter, a digit, a letter or digit, then "
                "optionally a dot and up to four more (C78.7, Z85.038)"_s.arg(pointerLetter(int(i)), diagnoses.at(i)));
    }
}

void checkPointerMissing(const ClaimRule &rule, RuleRun &run)
{
    for (int i = 0; i < run.lineCount(); ++i) {
        if (run.worksheet().lines.at(i).pointers.isEmpty())
            run.report(rule, i, u"pointers"_s, u"No diagnosis pointer: point at the diagnosis this service treats"_s);
    }
}

void checkPointerCount(const ClaimRule &rule, RuleRun &run)
{
    for (int i = 0; i < run.lineCount(); ++i) {
        const qsizetype count = run.worksheet().lines.at(i).pointers.size();
        if (count > maximumPointers)
            run.report(rule, i, u"pointers"_s,
                       u"%1 diagnosis pointers: a line holds at most four, the primary first"_s.arg(count));
    }
}

void checkPointerTarget(const ClaimRule &rule, RuleRun &run)
{
    const int available = int(std::min<qsizetype>(run.worksheet().diagnoses.size(), maximumDiagnoses));
    for (int i = 0; i < run.lineCount(); ++i) {
        const QList<int> &pointers = run.worksheet().lines.at(i).pointers;
        for (qsizetype p = 0; p < pointers.size(); ++p) {
            if (pointers.at(p) < available)
                continue;
            const QString letter = pointerLetter(pointers.at(p));
            run.report(rule, i, u"pointer%1"_s.arg(p + 1),
                       pointers.at(p) < run.worksheet().diagnoses.size()
                           ? u"Pointer %1 is beyond L: a claim line can point at diagnoses A to L only"_s.arg(letter)
                           : u"Pointer %1 points at no diagnosis: the claim has %2"_s.arg(
                                 letter, available == 0 ? u"none"_s : u"A to %1"_s.arg(pointerLetter(available - 1))));
        }
    }
}

void checkPointerDuplicate(const ClaimRule &rule, RuleRun &run)
{
    for (int i = 0; i < run.lineCount(); ++i) {
        const QList<int> &pointers = run.worksheet().lines.at(i).pointers;
        for (qsizetype p = 1; p < pointers.size(); ++p) {
            if (pointers.indexOf(pointers.at(p)) < p)
                run.report(rule, i, u"pointer%1"_s.arg(p + 1),
                           u"Pointer %1 is listed twice"_s.arg(pointerLetter(pointers.at(p))));
        }
    }
}

} // namespace

QList<ClaimRule> diagnosisRules()
{
    return {
        {u"diagnosis.tooMany"_s, Severity::Error, u"A claim holds at most 12 diagnoses"_s, box21, checkDiagnosisCount},
        {u"diagnosis.duplicate"_s, Severity::Error, u"Each diagnosis is listed once"_s, box21, checkDiagnosisDuplicate},
        {u"diagnosis.format"_s, Severity::Error, u"Diagnoses are ICD-10-CM codes"_s,
         u"ICD-10-CM Official Guidelines for Coding and Reporting, section I.A (code structure)"_s,
         checkDiagnosisFormat},
        {u"pointer.missing"_s, Severity::Error, u"Every line points at least at one diagnosis"_s, box24E,
         checkPointerMissing},
        {u"pointer.tooMany"_s, Severity::Error, u"A line has at most four diagnosis pointers"_s, box24E,
         checkPointerCount},
        {u"pointer.dangling"_s, Severity::Error, u"Each pointer points at a diagnosis of the claim (A to L)"_s, box24E,
         checkPointerTarget},
        {u"pointer.duplicate"_s, Severity::Warning, u"A pointer is listed once per line"_s, box24E,
         checkPointerDuplicate},
    };
}

} // namespace codedesk
