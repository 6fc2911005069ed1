#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

class QTcpSocket;

namespace ringback::webhook {

// Limits one connection to the webhook receiver must keep.
struct ConnectionLimits
{
    qint64 maxBodyBytes = 1024 * 1024;
    qint64 maxHeaderBytes = 64 * 1024;
    int requestTimeoutMs = 30000;

    // Chunked framing may add a little to the body's size on the wire.
    static constexpr qint64 FramingSlack = 16 * 1024;
    // The socket never buffers more than this, even while Qt HTTP Server
    // keeps a request's bytes in a read transaction.
    qint64 readBufferBytes() const { return maxHeaderBytes + maxBodyBytes + 2 * FramingSlack; }
};

// Internal to WebhookServer. Qt HTTP Server 6.4 buffers a whole request,
// without limit, before the server sees it, and never times out. This guard
// sits on the socket's readyRead ahead of Qt HTTP Server (it is connected
// first, so it runs first) and watches the bytes as they arrive: a request
// whose Content-Length, or whose received body, exceeds the limit is answered
// 413 and the connection closed before it is buffered; headers past their
// limit get 431; a request not complete within the timeout is closed. It
// answers "Expect: 100-continue", which Qt HTTP Server 6.4 ignores.
class ConnectionGuard final : public QObject
{
public:
    // `onRefused(httpStatus, requestPath, reason)` is called once per refusal.
    using RefusedCallback = std::function<void(int, const QByteArray &, const QString &)>;

    ConnectionGuard(QTcpSocket *socket, const ConnectionLimits &limits, RefusedCallback onRefused);

    // The server got a complete request on this socket: count afresh.
    void requestCompleted();

    static ConnectionGuard *of(QTcpSocket *socket);

    // A complete HTTP/1.1 response with Content-Length; `extraHeaders` are
    // whole "Name: value\r\n" lines.
    static QByteArray
    response(int status, const QByteArray &extraHeaders = {}, const QByteArray &body = {});

private:
    void onReadyRead();
    void inspectHead();
    void refuse(int status, const QString &reason);
    void drain();
    void onTimeout();

    QTcpSocket *m_socket;
    ConnectionLimits m_limits;
    RefusedCallback m_onRefused;
    QTimer m_timer;
    QByteArray m_head;
    QByteArray m_path;
    qint64 m_received = 0;
    qint64 m_headerSize = -1; // -1 until the blank line after the headers
    bool m_refused = false;
};

} // namespace ringback::webhook
