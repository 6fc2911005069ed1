#include "webhook/GuardedTcpServer.h"

#include <QPointer>
#include <QTcpSocket>

namespace ringback::webhook {

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    if (m_open >= *m_maxConnections) {
        m_refused(socket, 503, {}, QStringLiteral("too many connections"));
        socket->abort();
        socket->deleteLater();
        return;
    }
    ++m_open;
    connect(socket, &QObject::destroyed, this, [this] { --m_open; });
    QPointer<QTcpSocket> weak(socket);
    // Connected to readyRead before Qt HTTP Server is, so it runs first.
    new ConnectionGuard(
        socket, *m_limits, [this, weak](int status, const QByteArray &path, const QString &why) {
            m_refused(weak.data(), status, path, why);
        });
    addPendingConnection(socket);
}

} // namespace ringback::webhook
