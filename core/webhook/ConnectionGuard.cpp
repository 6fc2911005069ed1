#include "webhook/ConnectionGuard.h"

#include <QTcpSocket>

#include <algorithm>

namespace ringback::webhook {

ConnectionGuard::ConnectionGuard(QTcpSocket *socket,
                                 const ConnectionLimits &limits,
                                 RefusedCallback onRefused)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
    , m_onRefused(std::move(onRefused))
{
    setObjectName(QStringLiteral("ringback_webhook_guard"));
    m_socket->setReadBufferSize(m_limits.readBufferBytes());
    connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionGuard::onTimeout);
    m_timer.start(m_limits.requestTimeoutMs);
}

ConnectionGuard *ConnectionGuard::of(QTcpSocket *socket)
{
    return socket ? socket->findChild<ConnectionGuard *>(QStringLiteral("ringback_webhook_guard"),
                                                         Qt::FindDirectChildrenOnly)
                  : nullptr;
}

QByteArray
ConnectionGuard::response(int status, const QByteArray &extraHeaders, const QByteArray &body)
{
    const char *text = "";
    switch (status) {
    case 100:
        text = "Continue";
        break;
    case 200:
        text = "OK";
        break;
    case 202:
        text = "Accepted";
        break;
    case 204:
        text = "No Content";
        break;
    case 400:
        text = "Bad Request";
        break;
    case 403:
        text = "Forbidden";
        break;
    case 404:
        text = "Not Found";
        break;
    case 405:
        text = "Method Not Allowed";
        break;
    case 408:
        text = "Request Timeout";
        break;
    case 413:
        text = "Payload Too Large";
        break;
    case 431:
        text = "Request Header Fields Too Large";
        break;
    case 503:
        text = "Service Unavailable";
        break;
    default:
        break;
    }
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + QByteArray(text) + "\r\n" + extraHeaders
           + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

void ConnectionGuard::requestCompleted()
{
    m_head.clear();
    m_path.clear();
    m_received = 0;
    m_headerSize = -1;
    // An idle keep-alive connection gets the same time for its next request.
    m_timer.start(m_limits.requestTimeoutMs);
}

void ConnectionGuard::onReadyRead()
{
    if (m_refused) {
        drain();
        return;
    }
    // Runs before Qt HTTP Server reads, so what is available is what just
    // arrived (a read transaction keeps consumed bytes behind its position).
    const qint64 fresh = m_socket->bytesAvailable();
    if (fresh <= 0)
        return;
    m_received += fresh;
    if (m_headerSize < 0) {
        const qint64 room = m_limits.maxHeaderBytes + 4 - m_head.size();
        if (room > 0)
            m_head += m_socket->peek(std::min(fresh, room));
        inspectHead();
        if (m_refused)
            return;
    }
    if (m_headerSize >= 0
        && m_received - m_headerSize > m_limits.maxBodyBytes + ConnectionLimits::FramingSlack) {
        refuse(413, QStringLiteral("body larger than %1 bytes").arg(m_limits.maxBodyBytes));
    }
}

void ConnectionGuard::inspectHead()
{
    const qsizetype end = m_head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_head.size() > m_limits.maxHeaderBytes)
            refuse(431, QStringLiteral("headers too large"));
        return;
    }
    m_headerSize = end + 4;
    const QByteArrayList lines = m_head.left(end).split('\n');
    const QByteArrayList requestLine = lines.value(0).trimmed().split(' ');
    m_path = requestLine.value(1);
    const qsizetype q = m_path.indexOf('?');
    if (q >= 0)
        m_path.truncate(q);

    qint64 contentLength = -1;
    bool expectContinue = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            const qint64 n = value.toLongLong(&ok);
            if (!ok || n < 0 || (contentLength >= 0 && n != contentLength)) {
                refuse(400, QStringLiteral("invalid Content-Length"));
                return;
            }
            contentLength = n;
        } else if (name == "expect" && value.compare("100-continue", Qt::CaseInsensitive) == 0) {
            expectContinue = true;
        }
    }
    if (contentLength > m_limits.maxBodyBytes) {
        refuse(413,
               QStringLiteral("Content-Length %1 over the %2-byte limit")
                   .arg(contentLength)
                   .arg(m_limits.maxBodyBytes));
        return;
    }
    // The client waits for this before sending the body (Qt HTTP Server 6.4
    // never sends it, so such clients would stall for a second).
    if (expectContinue && contentLength > 0 && m_received == m_headerSize)
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
}

void ConnectionGuard::refuse(int status, const QString &reason)
{
    m_refused = true;
    m_timer.stop();
    // Nothing more of this connection reaches Qt HTTP Server.
    disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::drain);
    drain();
    m_socket->write(response(status, "Connection: close\r\n"));
    m_socket->disconnectFromHost();
    if (m_onRefused)
        m_onRefused(status, m_path, reason);
}

void ConnectionGuard::drain()
{
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_socket->skip(m_socket->bytesAvailable());
}

void ConnectionGuard::onTimeout()
{
    if (m_refused)
        return;
    if (m_received > 0)
        refuse(408, QStringLiteral("request not complete in time"));
    else
        m_socket->disconnectFromHost(); // idle: nothing to answer
}

} // namespace ringback::webhook
