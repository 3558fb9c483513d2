#pragma once

#include <QHash>
#include <QMessageBox>
#include <QString>
#include <QStringList>

class QWidget;

namespace codedesk::ui {

// Every file and message dialog goes through here, so GUI tests can answer them: queue the next
// answers and the dialog is not shown. Message boxes always show plain text.
class DialogSeams final
{
public:
    static QString openFileName(QWidget *parent, const QString &caption, const QString &filter);
    static QStringList openFileNames(QWidget *parent, const QString &caption, const QString &filter);
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                const QString &filter);
    static QMessageBox::StandardButton ask(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                           const QString &text, QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton defaultButton,
                                           const QString &informativeText = {},
                                           const QHash<QMessageBox::StandardButton, QString> &labels = {});
    static void inform(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                       const QString &informativeText = {});

    // For tests. An empty string answers "cancelled".
    static void queueFileNames(const QStringList &names);
    static void queueAnswer(QMessageBox::StandardButton answer);
    static QStringList messagesShown(); // titles and texts of messages answered from the queue
    static void reset();
};

} // namespace codedesk::ui
