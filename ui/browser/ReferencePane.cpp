#include "browser/ReferencePane.h"

#include "browser/CodePageView.h"
#include "browser/CompareCodesDialog.h"
#include "browser/CompareDialog.h"
#include "common/DialogSeams.h"
#include "library/CodeBookmarks.h"
#include "library/CodePages.h"
#include "library/Workspace.h"
#include "Setting.h"

#include <QAction>
#include <QApplication>
#include <QMouseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace codedesk::ui {

namespace {
const Setting<QStringList> recentSetting{u"reference/recentCodes"_s};
constexpr qsizetype maxRecent = 25;
constexpr qsizetype maxHistory = 200;
constexpr int historyMenuEntries = 25;
constexpr int saveRecentDelayMs = 2000;
} // namespace

ReferencePane::ReferencePane(Workspace &workspace, QStackedWidget *stack, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_stack(stack)
{
    setObjectName(u"referencePane"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *bar = new QToolBar(this);
    bar->setObjectName(u"referenceToolBar"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_backAction = bar->addAction(tr("\u2190 Back"), this, &ReferencePane::back);
    m_backAction->setObjectName(u"actionBack"_s);
    m_backAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_backAction->setShortcutContext(Qt::WindowShortcut);
    m_backAction->setToolTip(tr("Back to the previous page (Alt+Left)"));
    m_forwardAction = bar->addAction(tr("Forward \u2192"), this, &ReferencePane::forward);
    m_forwardAction->setObjectName(u"actionForward"_s);
    m_forwardAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_forwardAction->setShortcutContext(Qt::WindowShortcut);
    m_forwardAction->setToolTip(tr("Forward (Alt+Right)"));

    m_historyMenu = new QMenu(tr("History"), this);
    m_historyMenu->setObjectName(u"historyMenu"_s);
    connect(m_historyMenu, &QMenu::aboutToShow, this, &ReferencePane::rebuildHistoryMenu);
    auto *historyButton = new QToolButton(bar);
    historyButton->setText(tr("History"));
    historyButton->setMenu(m_historyMenu);
    historyButton->setPopupMode(QToolButton::InstantPopup);
    bar->addWidget(historyButton);

    m_recentMenu = new QMenu(tr("Recent Codes"), this);
    m_recentMenu->setObjectName(u"recentCodesMenu"_s);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &ReferencePane::rebuildRecentMenu);

    m_favouritesMenu = new QMenu(tr("Favourites"), this);
    m_favouritesMenu->setObjectName(u"favouritesMenu"_s);
    connect(m_favouritesMenu, &QMenu::aboutToShow, this, &ReferencePane::rebuildFavouritesMenu);
    auto *favouritesButton = new QToolButton(bar);
    favouritesButton->setText(tr("Favourites"));
    favouritesButton->setMenu(m_favouritesMenu);
    favouritesButton->setPopupMode(QToolButton::InstantPopup);
    bar->addWidget(favouritesButton);
    bar->addSeparator();

    m_favourite = new QToolButton(bar);
    m_favourite->setObjectName(u"favouriteButton"_s);
    m_favourite->setCheckable(true);
    m_favourite->setText(tr("\u2606 Favourite"));
    m_favourite->setToolTip(tr("Keep this code among your favourites"));
    connect(m_favourite, &QToolButton::toggled, this, &ReferencePane::toggleFavourite);
    bar->addWidget(m_favourite);
    QAction *add = bar->addAction(tr("Add to Worksheet"), this, [this] {
        if (!m_code.isEmpty())
            Q_EMIT addToWorksheetRequested(m_kind, m_code);
    });
    add->setObjectName(u"actionAddPageToWorksheet"_s);
    add->setToolTip(tr("A diagnosis, a claim line or a modifier on the current line, as the code's kind means"));
    QAction *compareAction = bar->addAction(tr("Compare\u2026"), this, &ReferencePane::askCompare);
    compareAction->setObjectName(u"actionCompare"_s);
    layout->addWidget(bar);

    m_view = new CodePageView(this);
    m_stack->addWidget(m_view);
    layout->addWidget(m_stack, 1);
    connect(m_view, &CodePageView::codeLinkActivated, this,
            [this](const QString &kind, const QString &code) { openPage(kind, code); });

    auto *noteRow = new QHBoxLayout;
    noteRow->setContentsMargins(6, 4, 6, 4);
    m_noteLabel = new QLabel(tr("My note:"), this);
    m_noteLabel->setTextFormat(Qt::PlainText);
    noteRow->addWidget(m_noteLabel, 0, Qt::AlignTop);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(u"codeNoteEdit"_s);
    m_note->setPlaceholderText(tr("A personal note on this code, kept in your library and found by search"));
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3 + 12);
    m_note->setTabChangesFocus(true);
    noteRow->addWidget(m_note, 1);
    m_saveNote = new QPushButton(tr("Save Note"), this);
    m_saveNote->setObjectName(u"saveNoteButton"_s);
    connect(m_saveNote, &QPushButton::clicked, this, &ReferencePane::saveNote);
    noteRow->addWidget(m_saveNote, 0, Qt::AlignTop);
    layout->addLayout(noteRow);
    m_recent = recentSetting.value();
    m_saveRecent.setSingleShot(true);
    m_saveRecent.setInterval(saveRecentDelayMs);
    connect(&m_saveRecent, &QTimer::timeout, this, [this] { recentSetting.setValue(m_recent); });
    updateActions();
    // The buttons reach whichever child is under the mouse (the procedure view's tables and labels
    // too), so the pane looks at presses before any widget takes them.
    qApp->installEventFilter(this);
}

bool ReferencePane::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::MouseButtonPress)
        return QWidget::eventFilter(watched, event);
    const Qt::MouseButton button = static_cast<QMouseEvent *>(event)->button();
    if (button != Qt::BackButton && button != Qt::ForwardButton)
        return QWidget::eventFilter(watched, event);
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || (widget != this && !isAncestorOf(widget)))
        return QWidget::eventFilter(watched, event);
    if (button == Qt::BackButton)
        back();
    else
        forward();
    return true;
}

bool ReferencePane::openPage(const QString &kind, const QString &code)
{
    Entry entry{kind, code.trimmed()};
    if (entry.kind.isEmpty()) {
        const QList<CodePageRef> refs = CodePages(m_workspace).kindsOf(entry.code);
        if (refs.isEmpty()) {
            Q_EMIT statusMessage(tr("No page for %1 in the library").arg(entry.code));
            return false;
        }
        entry = {refs.constFirst().kind, refs.constFirst().code};
    }
    if (!show(entry))
        return false;
    if (m_position >= 0 && m_history.at(m_position).kind == m_kind && m_history.at(m_position).code == m_code)
        return true;
    m_history.resize(m_position + 1); // a new page drops the forward entries
    m_history.append({m_kind, m_code});
    if (m_history.size() > maxHistory)
        m_history.removeFirst();
    m_position = m_history.size() - 1;
    rememberRecent();
    updateActions();
    return true;
}

ReferencePane::~ReferencePane()
{
    if (m_saveRecent.isActive())
        recentSetting.setValue(m_recent);
}

QStringList ReferencePane::recentCodes() const
{
    return m_recent;
}

// Writing the settings file takes longer than opening a page: the list is written once pages stop
// changing for a moment, and when the pane closes.
void ReferencePane::rememberRecent()
{
    const QString entry = m_kind + u' ' + m_code;
    m_recent.removeAll(entry);
    m_recent.prepend(entry);
    m_recent = m_recent.mid(0, maxRecent);
    m_saveRecent.start();
}

void ReferencePane::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentCodes();
    for (const QString &entry : recent) {
        const QString kind = entry.section(u' ', 0, 0);
        const QString code = entry.section(u' ', 1);
        QAction *action = m_recentMenu->addAction(code + u"  ("_s + kind + u')');
        connect(action, &QAction::triggered, this, [this, kind, code] { openPage(kind, code); });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No codes opened yet"))->setEnabled(false);
}

bool ReferencePane::show(const Entry &entry)
{
    if (entry.kind == u"procedure") {
        if (!m_showProcedure || !m_showProcedure(entry.code))
            return false;
        m_kind = entry.kind;
        m_code = entry.code;
    } else {
        const auto page = CodePages(m_workspace).page(entry.kind, entry.code);
        if (!page) {
            Q_EMIT statusMessage(tr("No %1 page for %2 in the library").arg(entry.kind, entry.code));
            return false;
        }
        m_view->setPage(*page);
        m_stack->setCurrentWidget(m_view);
        m_kind = entry.kind;
        m_code = page->value(u"code"_s).toString();
    }
    const CodeBookmarks bookmarks(m_workspace.database());
    {
        const QSignalBlocker blocker(m_favourite);
        m_favourite->setChecked(bookmarks.isFavourite(m_kind, m_code));
        m_favourite->setText(m_favourite->isChecked() ? tr("\u2605 Favourite") : tr("\u2606 Favourite"));
    }
    m_note->setPlainText(bookmarks.note(m_kind, m_code));
    m_noteLabel->setText(tr("My note on %1:").arg(m_code));
    updateActions();
    Q_EMIT pageShown();
    return true;
}

bool ReferencePane::back()
{
    if (m_position <= 0)
        return false;
    --m_position;
    show(m_history.at(m_position));
    updateActions();
    return true;
}

bool ReferencePane::forward()
{
    if (m_position + 1 >= m_history.size())
        return false;
    ++m_position;
    show(m_history.at(m_position));
    updateActions();
    return true;
}

QStringList ReferencePane::history() const
{
    QStringList result;
    for (const Entry &entry : m_history)
        result << entry.kind + u' ' + entry.code;
    return result;
}

void ReferencePane::updateActions()
{
    m_backAction->setEnabled(m_position > 0);
    m_forwardAction->setEnabled(m_position + 1 < m_history.size());
    const bool hasPage = !m_code.isEmpty();
    m_favourite->setEnabled(hasPage);
    m_note->setEnabled(hasPage);
    m_saveNote->setEnabled(hasPage);
}

void ReferencePane::rebuildFavouritesMenu()
{
    m_favouritesMenu->clear();
    const QList<CodeBookmark> favourites = CodeBookmarks(m_workspace.database()).favourites();
    for (const CodeBookmark &favourite : favourites) {
        QAction *action = m_favouritesMenu->addAction(favourite.code + u"  ("_s + favourite.kind + u')');
        action->setData(QStringList{favourite.kind, favourite.code});
        connect(action, &QAction::triggered, this,
                [this, favourite] { openPage(favourite.kind, favourite.code); });
    }
    if (favourites.isEmpty())
        m_favouritesMenu->addAction(tr("No favourites yet: star a page"))->setEnabled(false);
}

void ReferencePane::rebuildHistoryMenu()
{
    m_historyMenu->clear();
    int shown = 0;
    for (qsizetype i = m_history.size() - 1; i >= 0 && shown < historyMenuEntries; --i, ++shown) {
        const Entry entry = m_history.at(i);
        QAction *action = m_historyMenu->addAction(entry.code + u"  ("_s + entry.kind + u')');
        action->setCheckable(true);
        action->setChecked(i == m_position);
        connect(action, &QAction::triggered, this, [this, i] {
            if (i < m_history.size()) {
                m_position = i;
                show(m_history.at(i));
                updateActions();
            }
        });
    }
    if (m_history.isEmpty())
        m_historyMenu->addAction(tr("No pages opened yet"))->setEnabled(false);
}

void ReferencePane::toggleFavourite(bool on)
{
    if (m_code.isEmpty())
        return;
    CodeBookmarks(m_workspace.database()).setFavourite(m_kind, m_code, on);
    m_favourite->setText(on ? tr("\u2605 Favourite") : tr("\u2606 Favourite"));
    Q_EMIT statusMessage(on ? tr("%1 is a favourite").arg(m_code) : tr("%1 is no longer a favourite").arg(m_code));
}

void ReferencePane::saveNote()
{
    if (m_code.isEmpty())
        return;
    if (!CodeBookmarks(m_workspace.database()).setNote(m_kind, m_code, m_note->toPlainText()))
        Q_EMIT statusMessage(tr("The note on %1 could not be saved in the library").arg(m_code));
    else
        Q_EMIT statusMessage(tr("Saved the note on %1").arg(m_code));
}

void ReferencePane::askCompare()
{
    auto *dialog = new CompareCodesDialog(m_code, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { compare(dialog->codes()); });
    dialog->open();
}

void ReferencePane::compare(const QStringList &codes)
{
    if (codes.size() < 2 || codes.size() > 4) {
        Q_EMIT statusMessage(tr("Compare takes two to four codes"));
        return;
    }
    auto *dialog = new CompareDialog(m_workspace, codes, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CompareDialog::codeActivated, this,
            [this](const QString &kind, const QString &code) { openPage(kind, code); });
    dialog->show();
}

} // namespace codedesk::ui
