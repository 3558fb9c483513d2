#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace codedesk {

// Autosave copies of unsaved documents in a private folder (0700) under AppDataLocation. A copy
// exists only while its document has unsaved changes; what is left at start-up was left by a
// crash and is offered back to the coder.
class RecoveryStore final
{
public:
    struct Entry
    {
        QString id;           // file name inside the recovery folder
        QString originalPath; // empty for a document never saved
        QString title;        // what the window called it
        QDateTime savedAt;
        qint64 ownerPid = 0;  // the process that wrote it
        QByteArray content;
        // Not empty: the copy was refused (over the worksheet size limit, unreadable, not a
        // recovery copy) and `content` is empty; the file stays until the coder discards it.
        QString error;
    };

    explicit RecoveryStore(QString folder = defaultFolder());

    static QString defaultFolder();
    QString folder() const { return m_folder; }

    // Writes (atomically, 0600) the autosave copy for one document; returns false with a reason.
    bool save(const QString &id, const QString &originalPath, const QString &title, const QByteArray &content,
              QString *error = nullptr);
    void discard(const QString &id);

    // Copies left behind by processes that are no longer running. Each is read up to the
    // worksheet size limit (InputLimits::worksheetBytes for the worksheet inside it).
    QList<Entry> orphans() const;

    // A new unique id for a document of this process.
    static QString newId();

private:
    bool ensureFolder(QString *error) const;
    QString m_folder;
};

} // namespace codedesk
