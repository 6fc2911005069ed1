#include "webhook/WebhookServer.h"

#include "webhook/ConnectionGuard.h"
#include "webhook/GuardedTcpServer.h"
#include "webhook/ReplayCache.h"
#include "webhook/WebhookSpool.h"

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

struct Route
{
    WebhookRoute route;
    bool hasContext = false;
};

// A spooled request on its way to its handler: removed from the spool once
// the handler ran; kept for the provider's next registration when the call is
// dropped (the handler's object is gone, or the provider unregistered).
struct SpoolTicket
{
    std::shared_ptr<WebhookSpool> spool; // null: not spooled
    QString name;
    bool handled = false;

    SpoolTicket(std::shared_ptr<WebhookSpool> spool, QString name)
        : spool(std::move(spool))
        , name(std::move(name))
    {}
    SpoolTicket(const SpoolTicket &) = delete;
    SpoolTicket &operator=(const SpoolTicket &) = delete;
    ~SpoolTicket()
    {
        if (!spool)
            return;
        if (handled)
            spool->remove(name);
        else
            spool->release(name);
    }
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
    void dispatch(const Route &r, const WebhookRequest &request, const QString &spooled);
    void handOnSpooled(const QString &providerId);

    WebhookServer *q;
    const Clock &clock;
    QHash<QString, Route> routes;
    ReplayCache replay{DefaultReplayCapacity};
    // Shared with the queued handler calls, which may outlive the server.
    std::shared_ptr<WebhookSpool> spool;
    int spoolMaxEntries = WebhookSpool::DefaultMaxEntries;
    qint64 spoolMaxBytes = WebhookSpool::DefaultMaxBytes;
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
    if (status == 403 || status == 413 || status == 503)
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

    // On disk before the answer: an event the provider saw accepted survives
    // a crash. When it cannot be written, the provider keeps it and retries.
    QString spooled;
    if (spool) {
        const Result<QString> stored = spool->store(req);
        if (!stored) {
            replay.remove(id, verdict.replayKey);
            refuse(socket, 503, id, stored.errorMessage(), remote, "Retry-After: 60\r\n");
            return;
        }
        spooled = stored.value();
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
    dispatch(r, req, spooled);
}

void WebhookServer::Private::dispatch(const Route &r,
                                      const WebhookRequest &request,
                                      const QString &spooled)
{
    auto ticket = std::make_shared<SpoolTicket>(spooled.isEmpty() ? nullptr : spool, spooled);
    QObject *context = r.hasContext ? r.route.context.data() : q;
    if (!context || !r.route.handle)
        return; // the handler's object is gone (a spooled request stays)
    const QPointer<WebhookServer> server(q);
    QMetaObject::invokeMethod(
        context,
        [handler = r.route.handle, request, ticket, server] {
            // Unregistered meanwhile: a spooled request waits for the next
            // registration rather than reach a provider that has stopped.
            if (ticket->spool && server && !server->hasProvider(request.providerId))
                return;
            handler(request);
            ticket->handled = true;
        },
        Qt::QueuedConnection);
}

void WebhookServer::Private::handOnSpooled(const QString &providerId)
{
    const auto it = routes.constFind(providerId);
    if (!spool || it == routes.constEnd())
        return;
    const Route r = it.value();
    const QList<WebhookSpool::Entry> entries = spool->pending(providerId, clock.nowMs());
    if (!entries.isEmpty())
        qCInfo(lcWebhook).noquote()
            << "handing" << entries.size() << "spooled webhook(s) to" << providerId;
    for (const WebhookSpool::Entry &entry : entries)
        dispatch(r, entry.request, entry.name);
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
    d->handOnSpooled(providerId);
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

void WebhookServer::setSpoolDir(const QString &dir)
{
    if (dir.isEmpty()) {
        d->spool.reset();
        return;
    }
    d->spool = std::make_shared<WebhookSpool>(dir);
    d->spool->setLimits(d->spoolMaxEntries, d->spoolMaxBytes);
    const QStringList registered = d->routes.keys();
    for (const QString &id : registered)
        d->handOnSpooled(id);
}

QString WebhookServer::spoolDir() const
{
    return d->spool ? d->spool->dir() : QString();
}

void WebhookServer::setSpoolLimits(int maxEntries, qint64 maxBytes)
{
    d->spoolMaxEntries = maxEntries;
    d->spoolMaxBytes = maxBytes;
    if (d->spool)
        d->spool->setLimits(maxEntries, maxBytes);
}

} // namespace ringback::webhook
