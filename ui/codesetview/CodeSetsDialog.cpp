#include "codesetview/CodeSetsDialog.h"

#include "codesets/CodeSetImportJob.h"
#include "codesets/CodeSetImporter.h"
#include "codesets/CodeSetStore.h"
#include "common/DialogSeams.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace codedesk::ui {

namespace {

struct ImportButton
{
    CodeSetKind kind;
    const char *text;
    const char *objectName;
    const char *filter;
};

const std::array<ImportButton, 6> importButtons{{
    {CodeSetKind::Icd10Cm, QT_TRANSLATE_NOOP("codedesk::ui::CodeSetsDialog", "Import ICD-10-CM…"), "importIcd10Button",
     QT_TRANSLATE_NOOP("codedesk::ui::CodeSetsDialog", "ICD-10-CM order file or tabular XML (*.txt *.xml);;All files (*)")},
    {CodeSetKind::Hcpcs, QT_TRANSLATE_NOOP("codedesk::ui::CodeSetsDialog", "Import HCPCS…"), "importHcpcsButton",
     QT_TRANSLATE_NOOP("codedesk::ui::CodeSetsDialog", "HCPCS annual file (*.txt);;All files (*)")},
    {CodeSetKind::Pfs, QT_TRANSLATE_NOOP("codedesk::ui::CodeSetsDialog", "Import Fee Schedule…"), "importPfsButton",
     QT_TRANSLATE_NOOP("codedesk::ui::CodeSetsDialog", "Medicare PFS RVU file (*.csv *.txt);;All files (*)")},
    {CodeSetKind::PlaceOfService, QT_TRANSLATE_NOOP("codedesk::ui::CodeSetsDialog", "Import Place of Service…"), "importPosButton",
     QT_TRANSLATE_NOOP("codedesk::ui::CodeSetsDialog", "Place of service list (*.json *.csv);;All files (*)")},
    {CodeSetKind::NcciPtp, QT_TRANSLATE_NOOP("codedesk::ui::CodeSetsDialog", "Import NCCI PTP…"), "importNcciPtpButton",
     QT_TRANSLATE_NOOP("codedesk::ui::CodeSetsDialog", "NCCI practitioner PTP edits, tab-delimited (*.txt);;All files (*)")},
    {CodeSetKind::Mue, QT_TRANSLATE_NOOP("codedesk::ui::CodeSetsDialog", "Import MUE…"), "importMueButton",
     QT_TRANSLATE_NOOP("codedesk::ui::CodeSetsDialog", "NCCI practitioner MUE table, tab-delimited (*.txt);;All files (*)")},
}};

} // namespace

CodeSetsDialog::CodeSetsDialog(LibraryDatabase &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
{
    setObjectName(u"codeSetsDialog"_s);
    setWindowTitle(tr("Code Sets"));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("The official code sets in your library. Import each year's files from CMS and "
                                "CDC; an import replaces the set only when it succeeds."),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_versions = new QTreeWidget(this);
    m_versions->setObjectName(u"codeSetVersions"_s);
    m_versions->setRootIsDecorated(false);
    m_versions->setHeaderLabels({tr("Code set"), tr("File"), tr("Year"), tr("Entries"), tr("Billable"), tr("Notes"),
                                 tr("Imported"), tr("SHA-256")});
    m_versions->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_versions, 2);

    auto *buttons = new QHBoxLayout;
    for (const ImportButton &spec : importButtons) {
        auto *button = new QPushButton(tr(spec.text), this);
        button->setObjectName(QString::fromLatin1(spec.objectName));
        connect(button, &QPushButton::clicked, this, [this, spec] {
            const QString path = DialogSeams::openFileName(this, tr(spec.text), tr(spec.filter));
            if (!path.isEmpty())
                startImport(spec.kind, path);
        });
        buttons->addWidget(button);
        m_importButtons << button;
    }
    layout->addLayout(buttons);

    auto *progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setVisible(false);
    m_cancel = new QPushButton(tr("Cancel Import"), this);
    m_cancel->setObjectName(u"cancelImportButton"_s);
    m_cancel->setVisible(false);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    layout->addLayout(progressRow);

    m_status = new QLabel(this);
    m_status->setObjectName(u"codeSetStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_problems = new QTreeWidget(this);
    m_problems->setObjectName(u"codeSetProblems"_s);
    m_problems->setRootIsDecorated(false);
    m_problems->setHeaderLabels({tr("Line"), tr("Problem")});
    m_problems->setVisible(false);
    layout->addWidget(m_problems, 1);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);
    resize(900, 480);
    refresh();
}

CodeSetsDialog::~CodeSetsDialog()
{
    if (m_job) {
        m_job->cancel();
        m_job->waitForFinished();
    }
}

void CodeSetsDialog::refresh()
{
    m_versions->clear();
    const CodeSetStore store(m_database);
    const QList<CodeSetVersion> versions = store.versions();
    for (const CodeSetVersion &version : versions) {
        auto *item = new QTreeWidgetItem(m_versions);
        item->setText(0, version.label);
        item->setText(1, version.fileName);
        item->setText(2, version.statedYear > 0 ? QString::number(version.statedYear) : tr("not stated"));
        item->setText(3, QString::number(version.entries));
        item->setText(4, QString::number(version.billable));
        item->setText(5, QString::number(version.notes));
        item->setText(6, version.importedAt);
        item->setText(7, version.sha256.left(16));
        item->setToolTip(7, version.sha256);
    }
    if (versions.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_versions);
        item->setText(0, tr("No code sets imported yet"));
        item->setDisabled(true);
    }
}

bool CodeSetsDialog::isImporting() const
{
    return m_job && m_job->isRunning();
}

void CodeSetsDialog::waitForImport()
{
    if (m_job)
        m_job->waitForFinished();
    QCoreApplication::processEvents();
}

void CodeSetsDialog::setBusy(bool busy)
{
    for (QPushButton *button : std::as_const(m_importButtons))
        button->setEnabled(!busy);
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    if (busy)
        m_progress->setValue(0);
}

void CodeSetsDialog::startImport(CodeSetKind kind, const QString &path)
{
    if (isImporting())
        return;
    m_job = std::make_unique<CodeSetImportJob>(m_database, kind, path);
    connect(m_job.get(), &CodeSetImportJob::progress, m_progress, &QProgressBar::setValue);
    connect(m_job.get(), &CodeSetImportJob::finished, this, &CodeSetsDialog::importFinished);
    m_problems->clear();
    m_problems->setVisible(false);
    m_status->setText(tr("Importing %1…").arg(QFileInfo(path).fileName()));
    setBusy(true);
    m_job->start();
}

void CodeSetsDialog::importFinished(const CodeSetImportResult &result)
{
    setBusy(false);
    using Status = CodeSetImportResult::Status;
    switch (result.status) {
    case Status::Imported:
        m_status->setText(tr("Imported %1: %2 entries, %3 billable, %4 notes.")
                              .arg(result.version.label)
                              .arg(result.version.entries)
                              .arg(result.version.billable)
                              .arg(result.version.notes));
        break;
    case Status::Unchanged:
        m_status->setText(tr("%1 was already imported; nothing changed.").arg(result.version.fileName));
        break;
    case Status::Cancelled:
        m_status->setText(tr("Import cancelled; the previous code set is still in place."));
        break;
    case Status::Rejected:
    case Status::Failed:
        m_status->setText(tr("Not imported: %1. The previous code set is still in place.").arg(result.error));
        break;
    }
    for (const ImportProblem &problem : result.problems) {
        auto *item = new QTreeWidgetItem(m_problems);
        item->setText(0, QString::number(problem.line));
        item->setText(1, problem.message);
    }
    m_problems->setVisible(!result.problems.isEmpty());
    refresh();
    if (result.status == Status::Imported)
        Q_EMIT codeSetsChanged();
}

void CodeSetsDialog::reject()
{
    if (isImporting()) {
        m_job->cancel();
        m_job->waitForFinished();
    }
    QDialog::reject();
}

} // namespace codedesk::ui
