#pragma once

// Telnyx webhook deliveries for the tests: the JSON events of
// https://developers.telnyx.com/api (envelope {"data": {"event_type", "id",
// "occurred_at", "payload", "record_type": "event"}, "meta": {...}}), signed
// like Telnyx signs them (Ed25519 over "{telnyx-timestamp}|{raw body}") with a
// test key pair, and POSTed to the real WebhookServer.

#include "FakeTelnyx.h"
#include "tst_webhook_ed25519.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QStringList>
#include <QUrl>

namespace ringback::test {

namespace telnyx_events {

QByteArray event(const QString &type, const QString &eventId, const QJsonObject &payload);
QJsonObject inbound(const QString &messageId,
                    const QString &from,
                    const QString &text,
                    const QStringList &mediaUrls = {});
// call.initiated / call.answered / call.hangup payloads of one leg.
QJsonObject call(const QString &legId,
                 const QString &from,
                 const QString &direction = QStringLiteral("incoming"),
                 const QString &hangupCause = QString());
QString newId();
// The webhook bodies of a call on leg `legId` that was not answered:
// call.initiated, then call.hangup with `hangupCause`.
QList<QByteArray> unansweredCall(const QString &legId,
                                 const QString &from,
                                 const QString &hangupCause = QStringLiteral("no_answer"));
// The CallEvent item GET /v2/call_events lists for a webhook body: name,
// call_leg_id, call_session_id, event_timestamp, type "webhook" and the raw
// event as metadata. A valid `at` replaces the event's time (both places).
QJsonObject callEvent(const QByteArray &webhookBody, const QDateTime &at = QDateTime());

} // namespace telnyx_events

class TelnyxWebhookSender
{
public:
    const Ed25519TestKey &key() const { return m_key; }
    QByteArray publicKey() const { return m_key.publicKeyBase64(); }

    // Signs and POSTs `body`; the HTTP status, or -1 without an answer.
    // `timestamp` (Unix seconds) defaults to now; a non-empty `signature`
    // replaces the real one (Base64).
    int post(const QUrl &url,
             const QByteArray &body,
             qint64 timestamp = 0,
             const QByteArray &signature = QByteArray());
    // Sends the last request again, byte for byte (a replay).
    int replayLast(const QUrl &url);

private:
    int send(const QUrl &url,
             const QByteArray &body,
             const QByteArray &timestamp,
             const QByteArray &signature);

    Ed25519TestKey m_key;
    QNetworkAccessManager m_network;
    QByteArray m_lastBody;
    QByteArray m_lastTimestamp;
    QByteArray m_lastSignature;
};

} // namespace ringback::test
