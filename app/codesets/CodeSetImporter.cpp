#include "codesets/CodeSetImporter.h"

#include "codesets/CodeSetStore.h"
#include "codesets/CodeSetWriter.h"
#include "codesets/HcpcsImporter.h"
#include "codesets/Icd10OrderImporter.h"
#include "codesets/Icd10TabularImporter.h"
#include "codesets/MueImporter.h"
#include "codesets/NcciPtpImporter.h"
#include "codesets/PfsRvuImporter.h"
#include "codesets/PlaceOfServiceImporter.h"
#include "codesets/TextDecoding.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

namespace {

using Status = CodeSetImportResult::Status;

// Parsing is the first half of the progress bar, writing the second.
ImportControl half(const ImportControl &control, double offset)
{
    ImportControl scaled;
    scaled.cancel = control.cancel;
    if (control.progress)
        scaled.progress = [progress = control.progress, offset](double f) { progress(offset + 0.5 * f); };
    return scaled;
}

CodeSetPart partFor(CodeSetKind kind, const QByteArray &bytes)
{
    switch (kind) {
    case CodeSetKind::Icd10Cm:
        return Icd10TabularImporter::looksLikeTabular(bytes) ? CodeSetPart::Icd10CmTabular : CodeSetPart::Icd10CmOrder;
    case CodeSetKind::Hcpcs:
        return CodeSetPart::Hcpcs;
    case CodeSetKind::Pfs:
        return CodeSetPart::Pfs;
    case CodeSetKind::PlaceOfService:
        return CodeSetPart::PlaceOfService;
    case CodeSetKind::NcciPtp:
        return CodeSetPart::NcciPtp;
    case CodeSetKind::Mue:
        return CodeSetPart::Mue;
    }
    return CodeSetPart::Icd10CmOrder;
}

QString labelFor(CodeSetPart part, int year)
{
    const QString suffix = year > 0 ? u" %1"_s.arg(year) : QString();
    switch (part) {
    case CodeSetPart::Icd10CmOrder:
        return u"ICD-10-CM"_s + suffix;
    case CodeSetPart::Icd10CmTabular:
        return u"ICD-10-CM"_s + suffix + u" tabular list"_s;
    case CodeSetPart::Hcpcs:
        return u"HCPCS Level II"_s + suffix;
    case CodeSetPart::Pfs:
        return u"PFS"_s + suffix;
    case CodeSetPart::PlaceOfService:
        return u"Place of service codes"_s + suffix;
    case CodeSetPart::NcciPtp:
        return u"NCCI PTP"_s;
    case CodeSetPart::Mue:
        return u"NCCI MUE"_s;
    }
    return {};
}

QString partDescription(CodeSetPart part)
{
    switch (part) {
    case CodeSetPart::Icd10CmOrder:
        return u"an ICD-10-CM order file"_s;
    case CodeSetPart::Icd10CmTabular:
        return u"an ICD-10-CM tabular list"_s;
    case CodeSetPart::Hcpcs:
        return u"a HCPCS Level II file"_s;
    case CodeSetPart::Pfs:
        return u"a PFS RVU file"_s;
    case CodeSetPart::PlaceOfService:
        return u"a place-of-service file"_s;
    case CodeSetPart::NcciPtp:
        return u"an NCCI PTP file"_s;
    case CodeSetPart::Mue:
        return u"an NCCI MUE file"_s;
    }
    return {};
}

// A file mostly not in the expected format is refused whole (docs/files.md): more lines rejected
// than accepted, or (against a set in force of 100 entries or more) fewer than a tenth of its
// entries. The header each format needs is checked by its importer.
QString implausible(CodeSetPart part, qsizetype accepted, qsizetype rejected, int inForce)
{
    const qsizetype lines = accepted + rejected;
    if (rejected * 2 > lines) {
        return u"not %1: %2 of %3 lines rejected (%4%), %5 accepted; nothing was imported and the set in force is "
               "kept"_s.arg(partDescription(part))
                   .arg(rejected)
                   .arg(lines)
                   .arg(rejected * 100 / std::max<qsizetype>(lines, 1))
                   .arg(accepted);
    }
    if (inForce >= 100 && accepted * 10 < inForce) {
        return u"incomplete: %1 entries where the set in force has %2 (fewer than a tenth); nothing was imported "
               "and the set in force is kept"_s.arg(accepted)
                   .arg(inForce);
    }
    return {};
}

} // namespace

CodeSetImporter::CodeSetImporter(LibraryDatabase &database)
    : m_database(database)
{}

qint64 CodeSetImporter::maximumBytes(CodeSetKind kind)
{
    // Several times the largest official file of each kind (docs/files.md).
    switch (kind) {
    case CodeSetKind::Icd10Cm:
        return qint64(128) << 20; // the order file is 14 MB, the tabular list 9 MB
    case CodeSetKind::Hcpcs:
        return qint64(32) << 20; // 3 MB
    case CodeSetKind::Pfs:
        return qint64(64) << 20; // 8 MB
    case CodeSetKind::PlaceOfService:
        return qint64(4) << 20; // 16 KB
    case CodeSetKind::NcciPtp:
        return qint64(512) << 20; // about 2 million pairs make 135 MB
    case CodeSetKind::Mue:
        return qint64(32) << 20; // some 15,000 codes make 2 MB
    }
    return 0;
}

CodeSetImportResult CodeSetImporter::importFile(CodeSetKind kind, const QString &path, const ImportControl &control)
{
    CodeSetImportResult refused;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        refused.error = file.errorString();
        return refused;
    }
    // Read in pieces and stop at the limit: QFile::size() is 0 for a pipe or a device.
    const qint64 limit = maximumBytes(kind);
    QByteArray bytes;
    for (;;) {
        if (control.cancelled()) {
            refused.status = Status::Cancelled;
            refused.error = u"import cancelled"_s;
            return refused;
        }
        const QByteArray piece = file.read(std::min<qint64>(qint64(4) << 20, limit + 1 - bytes.size()));
        if (piece.isEmpty())
            break;
        bytes += piece;
        if (bytes.size() > limit) {
            refused.error = u"larger than %1 MiB, the limit for a %2 file: not imported"_s.arg(limit >> 20)
                                .arg(codeSetKindName(kind));
            return refused;
        }
    }
    if (file.error() != QFileDevice::NoError) {
        refused.error = file.errorString();
        return refused;
    }
    return importBytes(kind, bytes, QFileInfo(path).fileName(), control);
}

CodeSetImportResult CodeSetImporter::importBytes(CodeSetKind kind, const QByteArray &bytes, const QString &fileName,
                                                 const ImportControl &control)
{
    CodeSetImportResult result;
    CodeSetVersion &version = result.version;
    version.part = partFor(kind, bytes);
    version.fileName = fileName;
    // Hashing 14 MB takes about as long as parsing it: hash on another thread meanwhile.
    QFuture<QString> hashing = QtConcurrent::run(
        [bytes] { return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()); });
    const auto unchanged = [&]() -> bool {
        version.sha256 = hashing.result();
        const auto previous = CodeSetStore(m_database).version(version.part);
        if (!previous || previous->sha256 != version.sha256)
            return false;
        result = CodeSetImportResult{};
        result.status = Status::Unchanged;
        result.version = *previous;
        return true;
    };
    // Once the stated year is known: the label and effective period every kind records.
    const auto stampVersion = [&version] {
        version.label = labelFor(version.part, version.statedYear);
        const EffectivePeriod period = CodeSetStore::periodFor(version.part, version.statedYear);
        version.effectiveFrom = period.from;
        version.effectiveTo = period.to;
    };
    version.importedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const int yearInName = yearNamedIn(fileName);
    const ImportControl parsing = half(control, 0.0);
    const ImportControl writing = half(control, 0.5);
    // Sets `error` when the parsed file is not plausible; true when it may be written.
    const auto plausible = [&](qsizetype accepted, QString *error) {
        const auto inForce = CodeSetStore(m_database).version(version.part);
        *error = implausible(version.part, accepted, result.problems.size(), inForce ? inForce->entries : 0);
        return error->isEmpty();
    };
    CodeSetWriter writer(m_database);
    bool written = false;
    bool cancelled = false;
    QString error;

    switch (version.part) {
    case CodeSetPart::Icd10CmOrder: {
        Icd10OrderResult parsed = Icd10OrderImporter::parse(bytes, parsing);
        cancelled = parsed.cancelled;
        error = parsed.error;
        result.problems = parsed.problems;
        version.statedYear = yearInName;
        version.entries = int(parsed.entries.size());
        version.billable = parsed.billable;
        if (!cancelled && error.isEmpty() && plausible(parsed.entries.size(), &error)) {
            stampVersion();
            if (unchanged())
                return result;
            written = writer.writeIcd10Order(parsed.entries, version, writing);
        }
        break;
    }
    case CodeSetPart::Icd10CmTabular: {
        const Icd10TabularResult parsed = Icd10TabularImporter::parse(bytes, parsing);
        cancelled = parsed.cancelled;
        error = parsed.error;
        result.problems = parsed.problems;
        version.statedYear = parsed.statedYear > 0 ? parsed.statedYear : yearInName;
        version.entries = parsed.codes;
        version.billable = parsed.billable;
        version.notes = int(std::count_if(parsed.notes.cbegin(), parsed.notes.cend(), [](const TabularNote &note) {
            return note.kind != NoteKind::SevenCharacter; // a definition, not an instructional note
        }));
        if (!cancelled && error.isEmpty() && plausible(parsed.codes, &error)) {
            stampVersion();
            if (unchanged())
                return result;
            written = writer.writeIcd10Tabular(parsed, version, writing);
        }
        break;
    }
    case CodeSetPart::Hcpcs: {
        HcpcsResult parsed = HcpcsImporter::parse(bytes, parsing);
        cancelled = parsed.cancelled;
        error = parsed.error;
        result.problems = parsed.problems;
        version.statedYear = parsed.statedYear > 0 ? parsed.statedYear : yearInName;
        const EffectivePeriod period = CodeSetStore::periodFor(version.part, version.statedYear);
        for (CodeSetEntry &entry : parsed.procedures) {
            // A code terminated before the file's year is kept for look-up but is not billable.
            entry.billable = !entry.terminated.isValid() || !period.from.isValid() || entry.terminated >= period.from;
            version.billable += entry.billable ? 1 : 0;
        }
        version.entries = int(parsed.procedures.size());
        result.modifiers = int(parsed.modifiers.size());
        if (!cancelled && error.isEmpty() && plausible(parsed.procedures.size() + parsed.modifiers.size(), &error)) {
            version.label = labelFor(version.part, version.statedYear);
            version.effectiveFrom = period.from;
            version.effectiveTo = period.to;
            if (unchanged())
                return result;
            written = writer.writeHcpcs(parsed.procedures, parsed.modifiers, version, writing, parsed.recordFields);
        }
        break;
    }
    case CodeSetPart::Pfs: {
        const PfsRvuResult parsed = PfsRvuImporter::parse(bytes, parsing);
        cancelled = parsed.cancelled;
        error = parsed.error;
        result.problems = parsed.problems;
        version.statedYear = parsed.statedYear > 0 ? parsed.statedYear : yearInName;
        version.entries = int(parsed.rows.size());
        if (!cancelled && error.isEmpty() && plausible(parsed.rows.size(), &error)) {
            stampVersion();
            if (unchanged())
                return result;
            written = writer.writePfs(parsed.rows, version, writing);
        }
        break;
    }
    case CodeSetPart::PlaceOfService: {
        const PlaceOfServiceResult parsed = PlaceOfServiceImporter::parse(bytes, parsing);
        cancelled = parsed.cancelled;
        error = parsed.error;
        result.problems = parsed.problems;
        version.statedYear = yearInName;
        version.entries = int(parsed.places.size());
        if (!cancelled && error.isEmpty() && plausible(parsed.places.size(), &error)) {
            version.label = labelFor(version.part, 0);
            if (unchanged())
                return result;
            written = writer.writePlacesOfService(parsed.places, version, writing);
        }
        break;
    }
    case CodeSetPart::NcciPtp:
    case CodeSetPart::Mue: {
        // Quarterly files: the version is the quarter the user or the file name gives.
        const auto stampQuarter = [&](const QDate &latestEffective) {
            QString quarter = m_quarter.isEmpty() ? quarterNamedIn(fileName) : m_quarter;
            if (quarter.isEmpty() && latestEffective.isValid())
                quarter = u"%1Q%2"_s.arg(latestEffective.year()).arg((latestEffective.month() - 1) / 3 + 1);
            const auto [from, to] = quarterPeriod(quarter);
            if (!from.isValid())
                return false;
            version.statedYear = from.year();
            version.effectiveFrom = from;
            version.effectiveTo = to;
            version.label = labelFor(version.part, 0) + u' ' + quarter;
            return true;
        };
        if (version.part == CodeSetPart::NcciPtp) {
            const NcciPtpResult parsed = NcciPtpImporter::parse(bytes, parsing);
            cancelled = parsed.cancelled;
            error = parsed.error;
            result.problems = parsed.problems;
            version.entries = parsed.edits;
            if (!cancelled && error.isEmpty() && !stampQuarter(parsed.latestEffective))
                error = u"not a quarter: '%1' (write it as 2026Q1)"_s.arg(m_quarter);
            if (!cancelled && error.isEmpty()) {
                if (unchanged())
                    return result;
                written = writer.writeNcciPtp(parsed, version, writing);
            }
        } else {
            const MueResult parsed = MueImporter::parse(bytes, parsing);
            cancelled = parsed.cancelled;
            error = parsed.error;
            result.problems = parsed.problems;
            version.entries = int(parsed.limits.size());
            if (!cancelled && error.isEmpty() && !stampQuarter(parsed.effective))
                error = m_quarter.isEmpty()
                            ? u"the file name names no quarter: give it (codeset import mue FILE --quarter 2026Q1)"_s
                            : u"not a quarter: '%1' (write it as 2026Q1)"_s.arg(m_quarter);
            if (!cancelled && error.isEmpty()) {
                if (unchanged())
                    return result;
                written = writer.writeMue(parsed.limits, version, writing);
            }
        }
        break;
    }
    }

    if (version.sha256.isEmpty())
        version.sha256 = hashing.result();
    if (cancelled || writer.wasCancelled()) {
        result.status = Status::Cancelled;
        result.error = u"import cancelled"_s;
    } else if (!error.isEmpty()) {
        result.status = Status::Rejected;
        result.error = error;
    } else if (!written) {
        result.status = Status::Failed;
        result.error = writer.errorString();
    } else {
        result.status = Status::Imported;
        control.report(1.0);
    }
    return result;
}

} // namespace codedesk
