#include "webhook/WebhookServer.h"

#include "webhook/ConnectionGuard.h"
#include "webhook/ReplayCache.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QHttpServerRequest>
#include <QLoggingCategory>
#include <QMetaObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <algorithm>
#include <functional>

namespace ringback::webhook {

Q_LOGGING_CATEGORY(lcWebhook, "ringback.core.webhook", QtInfoMsg)

namespace {

const QString PathPrefix = QStringLiteral("/webhooks/");

// Accepts connections with a ConnectionGuard in place before Qt HTTP Server
// connects its own readyRead handler, and caps concurrent connections.
class GuardedTcpServer final : public QTcpServer
{
public:
    using Refused = std::function<void(QTcpSocket *, int, const QByteArray &, const QString &)>;

    // `limits` and `maxConnections` are read per connection, so changes apply
    // to the next one; both outlive this server (its parent owns them).
    GuardedTcpServer(const ConnectionLimits *limits,
                     const int *maxConnections,
                     Refused refused,
                     QObject *parent)
        : QTcpServer(parent)
        , m_limits(limits)
        , m_maxConnections(maxConnections)
        , m_refused(std::move(refused))
    {}

protected:
    void incomingConnection(qintptr descriptor) override
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
        new ConnectionGuard(socket,
                            *m_limits,
                            [this, weak](int status, const QByteArray &path, const QString &why) {
                                m_refused(weak.data(), status, path, why);
                            });
        addPendingConnection(socket);
    }

private:
    const ConnectionLimits *m_limits;
    const int *m_maxConnections;
    Refused m_refused;
    int m_open = 0;
};

struct Route
{
    WebhookRoute route;
    bool hasContext = false;
};

} // namespace

class WebhookServer::Private final : public QAbstractHttpServer
{
public:
    Private(WebhookServer *q, const Clock &clock)
        : q(q)
        , clock(clock)
    {}

    void handle(const QHttpServerRequest &request, QTcpSocket *socket);
    void refuse(QTcpSocket *socket,
                int status,
                const QString &providerId,
                const QString &reason,
                const QHostAddress &remote,
                const QByteArray &extraHeaders = {});
    QString publicUrlFor(const QString &providerId, const QHttpServerRequest &request) const;

    WebhookServer *q;
    const Clock &clock;
    QHash<QString, Route> routes;
    ReplayCache replay{DefaultReplayCapacity};
    QString publicBase;
    ConnectionLimits limits;
    int maxConnections = DefaultMaxConnections;
    QPointer<GuardedTcpServer> tcp;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        handle(request, socket);
        return true;
    }
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        refuse(socket, 404, {}, QStringLiteral("no handler"), request.remoteAddress());
    }
};

QString WebhookServer::Private::publicUrlFor(const QString &providerId,
                                             const QHttpServerRequest &request) const
{
    const QUrl local = request.url();
    QString base = publicBase;
    if (base.isEmpty())
        base = local.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
                   .toString();
    QString url = base + PathPrefix + providerId;
    if (local.hasQuery())
        url += QLatin1Char('?') + local.query(QUrl::FullyEncoded);
    return url;
}

void WebhookServer::Private::refuse(QTcpSocket *socket,
                                    int status,
                                    const QString &providerId,
                                    const QString &reason,
                                    const QHostAddress &remote,
                                    const QByteArray &extraHeaders)
{
    // One line: provider, status, reason, sender. Never the body or a secret.
    const QString who = providerId.isEmpty() ? QStringLiteral("-") : providerId;
    if (status == 403 || status == 413)
        qCWarning(lcWebhook).noquote()
            << "webhook" << who << "refused" << status << reason << "from" << remote.toString();
    else
        qCInfo(lcWebhook).noquote()
            << "webhook" << who << "refused" << status << reason << "from" << remote.toString();
    if (socket && socket->isOpen())
        socket->write(ConnectionGuard::response(status, extraHeaders));
    emit q->rejected(providerId, status, reason);
}

void WebhookServer::Private::handle(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (auto *guard = ConnectionGuard::of(socket))
        guard->requestCompleted();
    const QHostAddress remote = request.remoteAddress();

    const QString path = request.url().path();
    const QString id = path.startsWith(PathPrefix) ? path.mid(PathPrefix.size()) : QString();
    const auto it = routes.constFind(id);
    if (id.isEmpty() || it == routes.constEnd()) {
        // Percent-encoded, so a crafted path cannot forge log lines.
        const QString shown = request.url().path(QUrl::FullyEncoded).left(80);
        refuse(socket, 404, {}, QStringLiteral("no provider at %1").arg(shown), remote);
        return;
    }
    if (request.method() != QHttpServerRequest::Method::Post) {
        refuse(socket, 405, id, QStringLiteral("method not allowed"), remote, "Allow: POST\r\n");
        return;
    }
    // The guard refuses early; this catches anything it could not see.
    if (request.body().size() > limits.maxBodyBytes) {
        refuse(socket, 413, id, QStringLiteral("body too large"), remote);
        return;
    }

    WebhookRequest req;
    req.providerId = id;
    req.publicUrl = publicUrlFor(id, request);
    req.headers = request.headers();
    req.body = request.body();
    req.remoteAddress = remote;
    req.receivedAtMs = clock.nowMs();

    // A copy: a verifier or a slot on accepted() may change the routes.
    const Route r = it.value();
    const WebhookVerdict verdict = r.route.verify
                                       ? r.route.verify(req)
                                       : WebhookVerdict::reject(QStringLiteral("no verifier"));
    if (!verdict.ok) {
        refuse(socket, 403, id, verdict.reason, remote);
        return;
    }
    if (!replay.checkAndInsert(id, verdict.replayKey, req.receivedAtMs, verdict.replayWindowMs)) {
        refuse(socket, 403, id, QStringLiteral("replayed"), remote);
        return;
    }

    // Answer first; the handler runs later, so a slow one never delays it.
    const WebhookReply &reply = r.route.reply;
    const QByteArray type
        = reply.body.isEmpty()
              ? QByteArray()
              : "Content-Type: "
                    + (reply.contentType.isEmpty() ? QByteArray("text/plain") : reply.contentType)
                    + "\r\n";
    socket->write(ConnectionGuard::response(reply.status, type, reply.body));
    qCDebug(lcWebhook).noquote() << "webhook" << id << "accepted from" << remote.toString();
    emit q->accepted(id);

    QObject *context = r.hasContext ? r.route.context.data() : q;
    if (!context || !r.route.handle)
        return; // the handler's object is gone
    QMetaObject::invokeMethod(
        context, [handler = r.route.handle, req] { handler(req); }, Qt::QueuedConnection);
}

WebhookServer::WebhookServer(const Clock &clock, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, clock))
{}

WebhookServer::~WebhookServer() = default;

Status WebhookServer::listen(const QString &hostPort)
{
    close();
    const Result<ListenAddress> address = ListenAddress::parse(hostPort);
    if (!address)
        return Error(address.errorMessage());
    auto refused
        = [this](QTcpSocket *socket, int status, const QByteArray &path, const QString &why) {
              const QString p = QString::fromUtf8(path);
              const QString id = p.startsWith(PathPrefix) ? p.mid(PathPrefix.size()) : QString();
              d->refuse(nullptr, status, id, why, socket ? socket->peerAddress() : QHostAddress());
          };
    auto *tcp = new GuardedTcpServer(&d->limits, &d->maxConnections, refused, d.get());
    if (!tcp->listen(address->host, address->port)) {
        //: %1 is the webhook listen address (host:port), %2 the system's reason
        const QString message
            = tr("Cannot receive webhooks on %1: %2").arg(address->toString(), tcp->errorString());
        delete tcp;
        return Error(message);
    }
    d->bind(tcp);
    d->tcp = tcp;
    qCInfo(lcWebhook).noquote() << "receiving webhooks on" << address->host.toString()
                                << tcp->serverPort();
    return Status::ok();
}

void WebhookServer::close()
{
    // Deleting the TCP server closes it and its connections (its children).
    delete d->tcp.data();
}

bool WebhookServer::isListening() const
{
    return d->tcp && d->tcp->isListening();
}

QHostAddress WebhookServer::serverAddress() const
{
    return d->tcp ? d->tcp->serverAddress() : QHostAddress();
}

quint16 WebhookServer::serverPort() const
{
    return d->tcp ? d->tcp->serverPort() : 0;
}

void WebhookServer::setPublicBaseUrl(const QString &url)
{
    QString base = url.trimmed();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    d->publicBase = base;
}

QString WebhookServer::publicBaseUrl() const
{
    return d->publicBase;
}

QString WebhookServer::endpointUrl(const QString &providerId) const
{
    return d->publicBase + PathPrefix + providerId;
}

void WebhookServer::registerProvider(const QString &providerId, WebhookRoute route)
{
    const bool hasContext = !route.context.isNull();
    d->routes.insert(providerId, Route{std::move(route), hasContext});
}

void WebhookServer::unregisterProvider(const QString &providerId)
{
    d->routes.remove(providerId);
}

bool WebhookServer::hasProvider(const QString &providerId) const
{
    return d->routes.contains(providerId);
}

void WebhookServer::setMaxBodyBytes(qint64 bytes)
{
    d->limits.maxBodyBytes = std::max<qint64>(0, bytes);
}

qint64 WebhookServer::maxBodyBytes() const
{
    return d->limits.maxBodyBytes;
}

void WebhookServer::setRequestTimeoutMs(int ms)
{
    d->limits.requestTimeoutMs = std::max(1, ms);
}

int WebhookServer::requestTimeoutMs() const
{
    return d->limits.requestTimeoutMs;
}

void WebhookServer::setMaxConnections(int count)
{
    d->maxConnections = std::max(1, count);
}

int WebhookServer::maxConnections() const
{
    return d->maxConnections;
}

void WebhookServer::setReplayCapacity(int entries)
{
    d->replay = ReplayCache(entries);
}

} // namespace ringback::webhook
