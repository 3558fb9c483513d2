#include "browser/ReportImporter.h"

#include "browser/SeverityStyle.h"
#include "common/DialogSeams.h"
#include "core/BoundedReader.h"
#include "core/InputLimits.h"
#include "library/Workspace.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace codedesk::ui {

ReportImporter::ReportImporter(Workspace &workspace, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_workspace(workspace)
    , m_dialogParent(dialogParent)
{
}

void ReportImporter::importWithDialog()
{
    const QStringList paths = DialogSeams::openFileNames(m_dialogParent, tr("Import Procedure Reports"),
                                                         tr("Procedure reports (*.txt *.md);;All files (*)"));
    if (!paths.isEmpty())
        importFiles(paths);
}

QStringList ReportImporter::importFiles(const QStringList &paths)
{
    auto *dialog = new QDialog(m_dialogParent);
    dialog->setObjectName(u"importResultDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Import Results"));
    auto *layout = new QVBoxLayout(dialog);
    auto *tree = new QTreeWidget(dialog);
    tree->setObjectName(u"importResults"_s);
    tree->setHeaderLabels({tr("File"), tr("Result"), tr("Code"), tr("Title")});
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(tree);

    QStringList codes;
    int rejected = 0;
    for (const QString &path : paths) {
        const QString name = QFileInfo(path).fileName();
        auto *item = new QTreeWidgetItem(tree);
        item->setText(0, name);
        item->setToolTip(0, path);
        BoundedReader reader(InputLimits::reportBytes, tr("a report"));
        const std::optional<QByteArray> bytes = reader.readFile(path);
        if (!bytes) {
            item->setText(1, tr("Rejected: %1").arg(reader.errorString()));
            item->setIcon(1, severityIcon(Severity::Error));
            ++rejected;
            continue;
        }
        const ParseResult result = m_workspace.catalog().importReport(m_workspace.database(), *bytes, name);
        if (!result.ok) {
            item->setText(1, tr("Rejected: %1").arg(result.error));
            item->setIcon(1, severityIcon(Severity::Error));
            ++rejected;
        } else {
            item->setText(1, tr("Imported"));
            codes << result.procedure.code;
        }
        item->setText(2, result.procedure.code);
        item->setText(3, result.procedure.title);
        for (const Diagnostic &diagnostic : result.procedure.diagnostics) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(0, tr("line %1").arg(diagnostic.line));
            child->setIcon(1, severityIcon(diagnostic.severity));
            child->setText(1, diagnostic.message);
        }
        item->setExpanded(true);
    }
    auto *summary = new QLabel(dialog);
    summary->setTextFormat(Qt::PlainText);
    summary->setText(tr("%1 imported, %2 rejected.").arg(codes.size()).arg(rejected));
    layout->addWidget(summary);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(720, 360);
    dialog->open();

    if (!codes.isEmpty())
        Q_EMIT imported(codes);
    Q_EMIT statusMessage(summary->text());
    return codes;
}

bool ReportImporter::removeImported(const QString &code)
{
    if (!m_workspace.catalog().findImported(code))
        return false;
    const bool bundled = m_workspace.catalog().findBundled(code) != nullptr;
    const auto answer = DialogSeams::ask(
        m_dialogParent, QMessageBox::Question, tr("Remove imported report"),
        tr("Remove your imported report for %1 from the library?").arg(code), QMessageBox::Yes | QMessageBox::Cancel,
        QMessageBox::Cancel, bundled ? tr("The bundled report for this code will be shown again.") : QString());
    if (answer != QMessageBox::Yes)
        return false;
    QString error;
    if (!m_workspace.catalog().removeImported(m_workspace.database(), code, &error)) {
        DialogSeams::inform(m_dialogParent, QMessageBox::Warning, tr("Cannot remove report"), error);
        return false;
    }
    Q_EMIT statusMessage(tr("Removed the imported report for %1").arg(code));
    return true;
}

} // namespace codedesk::ui
