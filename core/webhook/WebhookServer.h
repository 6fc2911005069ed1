#pragma once

#include "RingbackCoreExport.h"
#include "util/Clock.h"
#include "util/Result.h"
#include "webhook/ListenAddress.h"
#include "webhook/WebhookTypes.h"

#include <QHostAddress>
#include <QObject>
#include <QString>

#include <memory>

namespace ringback::webhook {

// The local HTTP receiver for provider webhooks (DESIGN.md "Command line":
// webhook_listen, webhook_public_url). It serves POST /webhooks/<provider id>
// for each registered provider, and for every request:
//  - refuses a body over maxBodyBytes() with 413 as soon as Content-Length (or
//    the bytes received) says so, before it is buffered;
//  - verifies the signature before anything is handed on, over the PUBLIC URL
//    (publicBaseUrl() + "/webhooks/<id>" + "?" + the request's query);
//  - answers 403 to anything unsigned, forged, stale or replayed (a repeat of
//    an accepted signature or delivery id within the provider's window), with
//    one log line naming the provider, the reason and the remote address;
//  - answers 404 to an unknown provider, 405 to a method other than POST;
//  - with a spool folder (setSpoolDir), writes an accepted request there
//    before answering, and answers 503 instead when it cannot (the provider
//    retries later);
//  - answers an accepted request at once (200, or the route's reply) and then
//    calls the provider's handler, queued, exactly once; a spooled request is
//    removed from the spool once its handler ran, and what a crash or a kill
//    left there is handed to a provider's handler when it registers.
// Qt HTTP Server is an implementation detail; provider plugins only see the
// types in WebhookTypes.h.
class RINGBACK_CORE_EXPORT WebhookServer final : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 DefaultMaxBodyBytes = 1024 * 1024;
    static constexpr int DefaultRequestTimeoutMs = 30000;
    static constexpr int DefaultMaxConnections = 64;
    static constexpr int DefaultReplayCapacity = 10000;

    // `clock` (must outlive the server) times the replay windows.
    explicit WebhookServer(const Clock &clock = Clock::system(), QObject *parent = nullptr);
    ~WebhookServer() override;

    // Starts listening on "host:port" (webhook_listen). Fails with a
    // translated message when the address is invalid or cannot be bound
    // (in use, not this computer's). Listening again first closes.
    Status listen(const QString &hostPort = QString::fromLatin1(ListenAddress::Default));
    void close();
    bool isListening() const;
    QHostAddress serverAddress() const;
    quint16 serverPort() const; // the bound port (useful with port 0)

    // webhook_public_url, e.g. "https://office.example.com" (a trailing "/"
    // is ignored). Empty: the local URL the request came to is used, which
    // only matches the signature when there is no tunnel or proxy.
    void setPublicBaseUrl(const QString &url);
    QString publicBaseUrl() const;
    // What to enter at the provider: publicBaseUrl() + "/webhooks/" + id.
    QString endpointUrl(const QString &providerId) const;

    // Registers (or replaces) the route for /webhooks/<providerId>.
    void registerProvider(const QString &providerId, WebhookRoute route);
    void unregisterProvider(const QString &providerId);
    bool hasProvider(const QString &providerId) const;

    // Limits. They apply to connections accepted after the change.
    void setMaxBodyBytes(qint64 bytes);
    qint64 maxBodyBytes() const;
    void setRequestTimeoutMs(int ms); // also closes idle keep-alive connections
    int requestTimeoutMs() const;
    void setMaxConnections(int count); // more at once are closed unanswered
    int maxConnections() const;
    void setReplayCapacity(int entries);

    // The spool (WebhookSpool), <profile>/webhook-spool in the app. Empty
    // (the default): nothing is written, an accepted request lives in memory
    // until its handler runs. Routes already registered get their leftovers.
    void setSpoolDir(const QString &dir);
    QString spoolDir() const;
    // Past either, requests are answered 503 until handlers catch up.
    void setSpoolLimits(int maxEntries, qint64 maxBytes);

signals:
    // After the answer is written; the handler runs later, queued.
    void accepted(const QString &providerId);
    // A refused request: providerId may be empty (unknown path), httpStatus
    // is 403/404/405/408/413/431/400/503, reason is the log's reason.
    void rejected(const QString &providerId, int httpStatus, const QString &reason);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace ringback::webhook
