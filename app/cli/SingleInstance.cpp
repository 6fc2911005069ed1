#include "cli/SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QStandardPaths>

namespace ringback {

Q_LOGGING_CATEGORY(lcSingleInstance, "ringback.app.singleinstance")

namespace {

const QByteArray kRaiseRequest = QByteArrayLiteral("raise\n");

QString canonicalProfileDir(const QString &profileDir)
{
    // The same folder reached through a symlink or "..": one key.
    const QString absolute = QDir::cleanPath(QDir(profileDir).absolutePath());
    const QString canonical = QFileInfo(absolute).canonicalFilePath();
    return canonical.isEmpty() ? absolute : canonical;
}

QString userName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user;
}

} // namespace

SingleInstance::SingleInstance(const QString &profileDir, QObject *parent)
    : QObject(parent)
    , m_serverName(serverNameFor(profileDir))
{}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverNameFor(const QString &profileDir)
{
    const QByteArray key
        = (userName() + QLatin1Char('\n') + canonicalProfileDir(profileDir)).toUtf8();
    const QString name
        = QLatin1String("ringback-")
          + QString::fromLatin1(
              QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(32));
#ifdef Q_OS_UNIX
    // A private, per-user folder when there is one (Linux: $XDG_RUNTIME_DIR),
    // instead of the shared temporary folder.
    const QString runtimeDir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (!runtimeDir.isEmpty() && QFileInfo(runtimeDir).isDir())
        return runtimeDir + QLatin1Char('/') + name;
#endif
    return name;
}

bool SingleInstance::notifyRunning(int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(timeoutMs))
        return false; // nobody listens (or a stale socket): we are the first
    socket.write(kRaiseRequest);
    if (!socket.waitForBytesWritten(timeoutMs)) {
        qCWarning(lcSingleInstance)
            << "a running Ringback did not take the request:" << socket.errorString();
        return false;
    }
    socket.disconnectFromServer();
    if (socket.state() != QLocalSocket::UnconnectedState)
        socket.waitForDisconnected(timeoutMs);
    qCInfo(lcSingleInstance) << "asked the running Ringback window to come to the front";
    return true;
}

bool SingleInstance::listen()
{
    if (isListening())
        return true;
    auto *server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(m_serverName)) {
        if (server->serverError() != QAbstractSocket::AddressInUseError) {
            qCWarning(lcSingleInstance)
                << "cannot listen for other launches:" << server->errorString();
            delete server;
            return false;
        }
        // notifyRunning() found nobody: a socket left by a copy that crashed.
        QLocalServer::removeServer(m_serverName);
        if (!server->listen(m_serverName)) {
            qCWarning(lcSingleInstance)
                << "cannot listen for other launches:" << server->errorString();
            delete server;
            return false;
        }
    }
    connect(server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    m_server = server;
    return true;
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readRequest(socket); });
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        if (socket->bytesAvailable() > 0)
            readRequest(socket);
        if (socket->state() == QLocalSocket::UnconnectedState)
            socket->deleteLater(); // it said its piece and left before we looked
    }
}

void SingleInstance::readRequest(QLocalSocket *socket)
{
    while (socket->canReadLine()) {
        const QByteArray line = socket->readLine(64);
        if (line == kRaiseRequest) {
            qCInfo(lcSingleInstance) << "another launch asked this window to come to the front";
            emit raiseRequested();
        }
    }
    if (socket->bytesAvailable() > 64)
        socket->abort(); // not one of ours
}

} // namespace ringback
