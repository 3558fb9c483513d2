#include "common/DialogSeams.h"

#include <QAbstractButton>
#include <QFileDialog>
#include <QQueue>

using namespace Qt::Literals::StringLiterals;

namespace codedesk::ui {

namespace {

struct Queues
{
    QQueue<QStringList> fileNames;
    QQueue<QMessageBox::StandardButton> answers;
    QStringList messages;
    bool testing = false;
};

Queues &queues()
{
    static Queues instance;
    return instance;
}

} // namespace

QString DialogSeams::openFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    const QStringList names = openFileNames(parent, caption, filter);
    return names.value(0);
}

QStringList DialogSeams::openFileNames(QWidget *parent, const QString &caption, const QString &filter)
{
    if (!queues().fileNames.isEmpty())
        return queues().fileNames.dequeue();
    if (queues().testing)
        return {};
    return QFileDialog::getOpenFileNames(parent, caption, {}, filter);
}

QString DialogSeams::saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                  const QString &filter)
{
    if (!queues().fileNames.isEmpty())
        return queues().fileNames.dequeue().value(0);
    if (queues().testing)
        return {};
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

QMessageBox::StandardButton DialogSeams::ask(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                             const QString &text, QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton,
                                             const QString &informativeText,
                                             const QHash<QMessageBox::StandardButton, QString> &labels)
{
    if (queues().testing || !queues().answers.isEmpty()) {
        queues().messages << title + u": "_s + text;
        return queues().answers.isEmpty() ? QMessageBox::Cancel : queues().answers.dequeue();
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(informativeText);
    box.setDefaultButton(defaultButton);
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if (QAbstractButton *button = box.button(it.key()))
            button->setText(it.value());
    }
    return QMessageBox::StandardButton(box.exec());
}

void DialogSeams::inform(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                         const QString &informativeText)
{
    if (queues().testing) {
        queues().messages << title + u": "_s + text;
        return;
    }
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(informativeText);
    box.exec();
}

void DialogSeams::queueFileNames(const QStringList &names)
{
    queues().testing = true;
    queues().fileNames.enqueue(names);
}

void DialogSeams::queueAnswer(QMessageBox::StandardButton answer)
{
    queues().testing = true;
    queues().answers.enqueue(answer);
}

QStringList DialogSeams::messagesShown()
{
    return queues().messages;
}

void DialogSeams::reset()
{
    queues() = Queues{};
    queues().testing = true;
}

} // namespace codedesk::ui
