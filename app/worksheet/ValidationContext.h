#pragma once

#include "reference/DiagnosisList.h"

#include <QDate>
#include <QString>

#include <functional>
#include <optional>

namespace codedesk {

class BundlingTable;
class CodeSetStore;
class EvaluationManagementTable;
class MedicareIndicators;
class ModifierDictionary;
class PayerEditStore;
class PlaceOfServiceTable;
class UnitLimits;
class UnlistedCodes;

// What the rules know beyond the worksheet: the reference tables (a null table switches its rules
// off), hooks for the code sets, and the date the date rules compare with. The tables are not
// owned; they must outlive the validation (the Workspace owns them in the app).
struct ValidationContext
{
    const ModifierDictionary *modifiers = nullptr;
    const MedicareIndicators *medicare = nullptr;
    const UnitLimits *units = nullptr;
    const BundlingTable *bundling = nullptr;
    const EvaluationManagementTable *evaluationManagement = nullptr;
    const CodeSetStore *codeSets = nullptr; // imported code sets (CodeSetRules.cpp); null: those rules are off
    const PlaceOfServiceTable *placesOfService = nullptr; // bundled CMS list; imported ones via codeSets
    const UnlistedCodes *unlisted = nullptr;
    const PayerEditStore *payerEdits = nullptr; // imported NCCI PTP and MUE files (PayerEditRules.cpp)

    // Whether a procedure code is known (catalog, reference tables, imported code sets). Unset:
    // the known-code rule is off.
    std::function<bool(const QString &code)> isKnownCode;
    // The ICD-10-CM entry for a diagnosis code (bundled list or an imported code set).
    std::function<std::optional<DiagnosisEntry>(const QString &code)> diagnosis;

    QDate today = QDate::currentDate();
};

} // namespace codedesk
