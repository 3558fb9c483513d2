#include "worksheetview/WorksheetManager.h"

#include "common/DialogSeams.h"
#include "core/RecoveryStore.h"
#include "core/VisibleText.h"
#include "Setting.h"
#include "worksheet/Worksheet.h"
#include "worksheet/WorksheetFile.h"
#include "worksheetview/ClaimHeaderForm.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QTabWidget>
#include <QUndoGroup>

using namespace Qt::Literals::StringLiterals;

namespace codedesk::ui {

namespace {
const Setting<QStringList> recentFilesSetting{u"worksheets/recentFiles"_s};
constexpr int maximumRecentFiles = 10;

QString worksheetFilter()
{
    return WorksheetManager::tr("CodeDesk worksheets (*.codedesk);;All files (*)");
}
} // namespace

WorksheetManager::WorksheetManager(QTabWidget *tabs, RecoveryStore *recovery, QObject *parent)
    : QObject(parent)
    , m_tabs(tabs)
    , m_recovery(recovery)
    , m_undoGroup(new QUndoGroup(this))
{
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        WorksheetDocument *document = currentDocument();
        m_undoGroup->setActiveStack(document ? document->undoStack() : nullptr);
        Q_EMIT currentDocumentChanged();
        Q_EMIT documentStateChanged();
    });
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (auto *view = qobject_cast<WorksheetView *>(m_tabs->widget(index)))
            closeView(view);
    });
}

WorksheetManager::~WorksheetManager() = default;

WorksheetView *WorksheetManager::currentView() const
{
    return qobject_cast<WorksheetView *>(m_tabs->currentWidget());
}

WorksheetDocument *WorksheetManager::currentDocument() const
{
    WorksheetView *view = currentView();
    return view ? view->document() : nullptr;
}

QList<WorksheetView *> WorksheetManager::views() const
{
    QList<WorksheetView *> result;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *view = qobject_cast<WorksheetView *>(m_tabs->widget(i)))
            result << view;
    }
    return result;
}

QStringList WorksheetManager::recentFiles() const
{
    return recentFilesSetting.value();
}

int WorksheetManager::indexOf(WorksheetView *view) const
{
    return m_tabs->indexOf(view);
}

WorksheetView *WorksheetManager::viewFor(const QString &path) const
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (WorksheetView *view : views()) {
        if (view->document()->filePath() == absolute)
            return view;
    }
    return nullptr;
}

WorksheetView *WorksheetManager::addView(std::unique_ptr<WorksheetDocument> document)
{
    WorksheetDocument *doc = document.get();
    auto *view = new WorksheetView(doc, m_services ? m_services() : WorksheetServices{}, m_tabs);
    document.release()->setParent(view); // the view owns its document
    m_undoGroup->addStack(doc->undoStack());
    const int index = m_tabs->addTab(view, doc->displayName());
    auto refresh = [this, view] {
        updateTab(view);
        if (view == currentView())
            Q_EMIT documentStateChanged();
    };
    connect(doc, &WorksheetDocument::modifiedChanged, view, refresh);
    connect(doc, &WorksheetDocument::filePathChanged, view, refresh);
    connect(doc, &WorksheetDocument::readOnlyChanged, view, refresh);
    connect(doc, &WorksheetDocument::autosaveFailed, view, [this, doc](const QString &error) {
        Q_EMIT statusMessage(tr("Autosave failed: %1").arg(error));
        // Once per document: a dialog at every autosave would stop the coder typing.
        if (doc->property("autosaveFailureShown").toBool())
            return;
        doc->setProperty("autosaveFailureShown", true);
        DialogSeams::inform(m_tabs->window(), QMessageBox::Warning, tr("Autosave failed"),
                            tr("%1 could not be autosaved for recovery after a crash.").arg(doc->displayName()),
                            error + u"\n\n"_s +
                                tr("Your changes are still open. Save the worksheet where there is room."));
    });
    updateTab(view);
    m_tabs->setCurrentIndex(index);
    return view;
}

void WorksheetManager::updateTab(WorksheetView *view)
{
    const int index = indexOf(view);
    if (index < 0)
        return;
    WorksheetDocument *doc = view->document();
    QString label = doc->displayName();
    if (doc->isModified())
        label += u" *"_s;
    if (doc->isReadOnly())
        label += tr(" (read-only)");
    m_tabs->setTabText(index, label);
    m_tabs->setTabToolTip(index, doc->filePath().isEmpty() ? doc->displayName() : doc->filePath());
}

WorksheetView *WorksheetManager::newWorksheet()
{
    auto document = std::make_unique<WorksheetDocument>(m_recovery);
    WorksheetView *view = addView(std::move(document));
    view->focusFirstEmptyField();
    return view;
}

bool WorksheetManager::openFile(const QString &path)
{
    if (WorksheetView *existing = viewFor(path)) {
        m_tabs->setCurrentWidget(existing);
        return true;
    }
    auto document = std::make_unique<WorksheetDocument>(m_recovery);
    QString error;
    if (!document->open(path, &error)) {
        DialogSeams::inform(m_tabs->window(), QMessageBox::Warning, tr("Cannot open worksheet"), error);
        return false;
    }
    const bool readOnly = document->isReadOnly();
    const QString reason = document->readOnlyReason();
    addView(std::move(document));
    rememberRecent(path);
    if (readOnly)
        DialogSeams::inform(m_tabs->window(), QMessageBox::Information, tr("Worksheet opened read-only"), reason);
    Q_EMIT statusMessage(tr("Opened %1").arg(QFileInfo(path).fileName()));
    return true;
}

void WorksheetManager::openWithDialog()
{
    const QStringList paths = DialogSeams::openFileNames(m_tabs->window(), tr("Open Worksheets"), worksheetFilter());
    for (const QString &path : paths)
        openFile(path);
}

bool WorksheetManager::save()
{
    WorksheetView *view = currentView();
    return view && saveDocument(view, false);
}

bool WorksheetManager::saveAs()
{
    WorksheetView *view = currentView();
    return view && saveDocument(view, true);
}

bool WorksheetManager::saveDocument(WorksheetView *view, bool askForName)
{
    WorksheetDocument *doc = view->document();
    QString path = doc->filePath();
    if (askForName || path.isEmpty() || doc->isReadOnly()) {
        const QString suggested = path.isEmpty() ? doc->displayName() + u".codedesk"_s : path;
        path = DialogSeams::saveFileName(m_tabs->window(), tr("Save Worksheet As"), suggested, worksheetFilter());
        if (path.isEmpty())
            return false;
        if (QFileInfo(path).suffix().isEmpty())
            path += u".codedesk"_s;
    }
    QString error;
    const bool ok = path == doc->filePath() ? doc->save(&error) : doc->saveAs(path, &error);
    if (!ok) {
        DialogSeams::inform(m_tabs->window(), QMessageBox::Critical, tr("Cannot save worksheet"),
                            error + u"\n\n"_s + tr("Your changes are still open and were not lost."));
        return false;
    }
    rememberRecent(doc->filePath());
    Q_EMIT statusMessage(tr("Saved %1").arg(doc->displayName()));
    return true;
}

bool WorksheetManager::closeCurrent()
{
    WorksheetView *view = currentView();
    return !view || closeView(view);
}

bool WorksheetManager::closeView(WorksheetView *view)
{
    WorksheetDocument *doc = view->document();
    if (doc->isModified() && !doc->isReadOnly()) {
        m_tabs->setCurrentWidget(view);
        const auto answer = DialogSeams::ask(
            m_tabs->window(), QMessageBox::Warning, tr("Unsaved changes"),
            tr("%1 has changes that are not saved.").arg(doc->displayName()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save,
            tr("Save them before closing?"));
        if (answer == QMessageBox::Cancel)
            return false;
        if (answer == QMessageBox::Save && !saveDocument(view, false))
            return false;
    }
    m_undoGroup->removeStack(doc->undoStack());
    m_tabs->removeTab(indexOf(view));
    delete view; // the document's destructor removes its recovery copy
    return true;
}

bool WorksheetManager::closeAll()
{
    for (WorksheetView *view : views()) {
        if (!closeView(view))
            return false;
    }
    return true;
}

void WorksheetManager::addCode(const QString &code)
{
    WorksheetView *view = currentView();
    if (!view) {
        const QList<WorksheetView *> open = views();
        view = open.isEmpty() ? newWorksheet() : open.constLast();
    }
    m_tabs->setCurrentWidget(view);
    view->addCodeLine(code);
    view->focusLine(view->document()->worksheet()->lineCount() - 1);
    Q_EMIT statusMessage(tr("Added %1 to %2").arg(code, view->document()->displayName()));
}

void WorksheetManager::offerRecovery()
{
    if (!m_recovery)
        return;
    const QList<RecoveryStore::Entry> orphans = m_recovery->orphans();
    for (const RecoveryStore::Entry &entry : orphans) {
        const QString when = QLocale().toString(entry.savedAt.toLocalTime(), QLocale::ShortFormat);
        if (!entry.error.isEmpty()) {
            // Refused (too large, unreadable): said, and kept until the coder deletes it.
            const QString path = QDir(m_recovery->folder()).filePath(entry.id);
            const auto answer = DialogSeams::ask(
                m_tabs->window(), QMessageBox::Warning, tr("Cannot recover worksheet"),
                tr("An autosaved worksheet (%1, %2) cannot be recovered: %3.")
                    .arg(VisibleText::withVisibleControls(entry.title), when, entry.error),
                QMessageBox::Ignore | QMessageBox::Discard, QMessageBox::Ignore,
                tr("Keep leaves the file where it is (%1); Delete removes it.").arg(path),
                {{QMessageBox::Ignore, tr("Keep")}, {QMessageBox::Discard, tr("Delete")}});
            if (answer == QMessageBox::Discard)
                m_recovery->discard(entry.id);
            continue;
        }
        const auto answer = DialogSeams::ask(
            m_tabs->window(), QMessageBox::Question, tr("Recover worksheet"),
            tr("CodeDesk was closed unexpectedly while %1 had unsaved changes (autosaved %2).")
                .arg(VisibleText::withVisibleControls(entry.title), when),
            QMessageBox::Open | QMessageBox::Save | QMessageBox::Discard, QMessageBox::Open,
            tr("Restore opens the recovered worksheet; Save As writes it to a file; Discard deletes it."),
            {{QMessageBox::Open, tr("Restore")}, {QMessageBox::Save, tr("Save As…")}});
        if (answer == QMessageBox::Discard) {
            m_recovery->discard(entry.id);
            continue;
        }
        QString error;
        std::optional<WorksheetContent> content = WorksheetFile::fromJson(entry.content, &error);
        if (!content) {
            DialogSeams::inform(m_tabs->window(), QMessageBox::Warning, tr("Cannot recover worksheet"),
                                tr("%1: %2").arg(entry.title, error));
            continue;
        }
        auto document = std::make_unique<WorksheetDocument>(m_recovery);
        document->restore(*content, entry.originalPath);
        WorksheetView *view = addView(std::move(document));
        m_recovery->discard(entry.id); // the restored document keeps its own autosave copy now
        if (answer == QMessageBox::Save)
            saveDocument(view, true);
    }
}

void WorksheetManager::rememberRecent(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentFilesSetting.value();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > maximumRecentFiles)
        recent.removeLast();
    recentFilesSetting.setValue(recent);
    Q_EMIT recentFilesChanged();
}

} // namespace codedesk::ui
