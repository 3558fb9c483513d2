#include "codesets/CodeSetImporter.h"

#include "codesets/CodeSetStore.h"
#include "codesets/CodeSetWriter.h"
#include "codesets/HcpcsImporter.h"
#include "codesets/Icd10OrderImporter.h"
#include "codesets/Icd10TabularImporter.h"
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
    }
    return {};
}

} // namespace

CodeSetImporter::CodeSetImporter(LibraryDatabase &database)
    : m_database(database)
{}

CodeSetImportResult CodeSetImporter::importFile(CodeSetKind kind, const QString &path, const ImportControl &control)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CodeSetImportResult result;
        result.error = file.errorString();
        return result;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        CodeSetImportResult result;
        result.error = file.errorString();
        return result;
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
        if (!cancelled && error.isEmpty()) {
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
        if (!cancelled && error.isEmpty()) {
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
        if (!cancelled && error.isEmpty()) {
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
        if (!cancelled && error.isEmpty()) {
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
        if (!cancelled && error.isEmpty()) {
            version.label = labelFor(version.part, 0);
            if (unchanged())
                return result;
            written = writer.writePlacesOfService(parsed.places, version, writing);
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
