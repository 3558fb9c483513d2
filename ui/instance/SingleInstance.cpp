#include "SingleInstance.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>

using namespace Qt::Literals::StringLiterals;

namespace codedesk::ui {

namespace {
constexpr int connectTimeoutMs = 1000;
constexpr int replyTimeoutMs = 10000;
constexpr qint64 maxRequestBytes = 1 << 20; // a megabyte of paths is more than any drop
const QByteArray acceptedReply = "ok\n";
} // namespace

SingleInstance::SingleInstance(const QString &socketName, QObject *parent)
    : QObject(parent)
    , m_socketName(socketName)
{
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::forwardToRunning(const QString &socketName, const QStringList &files)
{
    QLocalSocket socket;
    socket.connectToServer(socketName);
    if (!socket.waitForConnected(connectTimeoutMs))
        return false;
    QJsonArray paths;
    for (const QString &file : files)
        paths.append(QFileInfo(file).absoluteFilePath());
    socket.write(QJsonDocument(paths).toJson(QJsonDocument::Compact) + '\n');
    if (!socket.waitForBytesWritten(replyTimeoutMs))
        return false;
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(replyTimeoutMs))
            return false;
    }
    return socket.readLine() == acceptedReply;
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_socketName)) {
        // Nobody answered forwardToRunning(): what is there is left over from a crash.
        QLocalServer::removeServer(m_socketName);
        if (!m_server->listen(m_socketName))
            return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (socket->bytesAvailable() > maxRequestBytes) {
                    socket->abort();
                    return;
                }
                if (!socket->canReadLine())
                    return;
                const QJsonDocument request = QJsonDocument::fromJson(socket->readLine());
                QStringList files;
                for (const QJsonValue &path : request.array()) {
                    if (path.isString())
                        files << path.toString();
                }
                socket->write(acceptedReply);
                socket->flush();
                Q_EMIT filesRequested(files);
            });
        }
    });
    return true;
}

} // namespace codedesk::ui
