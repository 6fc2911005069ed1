#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>

#include <functional>

namespace ringback::webhook {

// One POST to /webhooks/<providerId>, as a verifier and a handler see it.
// Nothing in it has been parsed or re-encoded: `body` is the raw bytes the
// sender signed, `headers` keep their original case, order and duplicates.
struct WebhookRequest
{
    QString providerId;
    // webhook_public_url + "/webhooks/<providerId>" + "?" + the request's query
    // (no "?" when there is no query): the URL the provider called and signed.
    QString publicUrl;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress remoteAddress;
    qint64 receivedAtMs = 0;

    QByteArray header(const QByteArray &name) const; // case-insensitive, first match
    bool hasHeader(const QByteArray &name) const;
};

// What a verifier decided. `reason` is one short English phrase for the log
// ("signature mismatch", "stale timestamp 412 s", "missing header X"); it
// never contains a secret or the body. An accepted request carries the key the
// server remembers to refuse a replay (the signature, or the delivery id) and
// how long to remember it.
struct WebhookVerdict
{
    bool ok = false;
    QString reason;
    QByteArray replayKey; // empty: no replay protection for this request
    qint64 replayWindowMs = 0;

    static WebhookVerdict accept(QByteArray replayKey, qint64 replayWindowMs)
    {
        return {true, {}, std::move(replayKey), replayWindowMs};
    }
    static WebhookVerdict reject(QString reason) { return {false, std::move(reason), {}, 0}; }
    static WebhookVerdict missingHeader(const char *name)
    {
        return reject(QLatin1String("missing header ") + QLatin1String(name));
    }
};

// The answer sent for an accepted request. Default: 200 with an empty body.
// Telnyx requires a 200 ("otherwise we will reattempt delivery at the failover
// webhook URL", webhooks.inboundMessage of https://developers.telnyx.com/api);
// Quo takes any 2xx.
struct WebhookReply
{
    int status = 200;
    QByteArray contentType; // only sent with a body
    QByteArray body;
};

using WebhookVerifier = std::function<WebhookVerdict(const WebhookRequest &)>;
using WebhookHandler = std::function<void(const WebhookRequest &)>;

// What a provider registers with WebhookServer::registerProvider().
struct WebhookRoute
{
    WebhookVerifier verify; // required; runs before anything is handed on
    WebhookHandler handle;  // required; called once per accepted request, queued
    // When set, the handler runs in this object's thread and is dropped if
    // the object is gone by then. Default: the server's thread.
    QPointer<QObject> context;
    WebhookReply reply;
};

} // namespace ringback::webhook
