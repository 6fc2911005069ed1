#include "FakeTelnyxWebhooks.h"

#include "WebhookTestHost.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace ringback::test {

namespace telnyx_events {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray event(const QString &type, const QString &eventId, const QJsonObject &payload)
{
    const QJsonObject data{
        {QStringLiteral("event_type"), type},
        {QStringLiteral("id"), eventId},
        {QStringLiteral("occurred_at"),
         QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("payload"), payload},
        {QStringLiteral("record_type"), QStringLiteral("event")},
    };
    const QJsonObject meta{{QStringLiteral("attempt"), 1},
                           {QStringLiteral("delivered_to"),
                            QStringLiteral("https://office.example.com/webhooks/telnyx")}};
    return QJsonDocument(
               QJsonObject{{QStringLiteral("data"), data}, {QStringLiteral("meta"), meta}})
        .toJson(QJsonDocument::Compact);
}

QJsonObject inbound(const QString &messageId,
                    const QString &from,
                    const QString &text,
                    const QStringList &mediaUrls)
{
    QJsonArray media;
    for (const QString &url : mediaUrls)
        media.append(QJsonObject{{QStringLiteral("url"), url},
                                 {QStringLiteral("content_type"), QStringLiteral("image/jpeg")},
                                 {QStringLiteral("size"), 12345}});
    return QJsonObject{
        {QStringLiteral("record_type"), QStringLiteral("message")},
        {QStringLiteral("direction"), QStringLiteral("inbound")},
        {QStringLiteral("id"), messageId},
        {QStringLiteral("type"),
         mediaUrls.isEmpty() ? QStringLiteral("SMS") : QStringLiteral("MMS")},
        {QStringLiteral("messaging_profile_id"), FakeTelnyx::profileId()},
        {QStringLiteral("from"),
         QJsonObject{{QStringLiteral("phone_number"), from},
                     {QStringLiteral("carrier"), QStringLiteral("T-Mobile USA")},
                     {QStringLiteral("line_type"), QStringLiteral("Wireless")}}},
        {QStringLiteral("to"),
         QJsonArray{QJsonObject{{QStringLiteral("phone_number"), FakeTelnyx::businessNumber()},
                                {QStringLiteral("status"), QStringLiteral("webhook_delivered")},
                                {QStringLiteral("carrier"), QStringLiteral("Telnyx")},
                                {QStringLiteral("line_type"), QStringLiteral("Wireless")}}}},
        {QStringLiteral("text"), text},
        {QStringLiteral("media"), media},
        {QStringLiteral("encoding"), QStringLiteral("GSM-7")},
        {QStringLiteral("parts"), 1},
        {QStringLiteral("received_at"),
         QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
    };
}

QJsonObject call(const QString &legId,
                 const QString &from,
                 const QString &direction,
                 const QString &hangupCause)
{
    QJsonObject p{
        {QStringLiteral("call_control_id"), QString(QStringLiteral("v3:") + legId)},
        {QStringLiteral("call_leg_id"), legId},
        {QStringLiteral("call_session_id"), QString(QStringLiteral("session-") + legId)},
        {QStringLiteral("connection_id"), QStringLiteral("7267xxxxxxxxxxxxxx")},
        {QStringLiteral("from"), from},
        {QStringLiteral("to"), FakeTelnyx::businessNumber()},
        {QStringLiteral("direction"), direction},
        {QStringLiteral("start_time"),
         QDateTime::currentDateTimeUtc().addSecs(-20).toString(Qt::ISODateWithMs)},
        {QStringLiteral("state"), QStringLiteral("parked")},
    };
    if (!hangupCause.isEmpty()) {
        p.remove(QStringLiteral("direction")); // call.hangup carries none (spec CallHangup)
        p.insert(QStringLiteral("hangup_cause"), hangupCause);
        p.insert(QStringLiteral("hangup_source"), QStringLiteral("caller"));
        p.insert(QStringLiteral("sip_hangup_cause"), QStringLiteral("487"));
        p.insert(QStringLiteral("state"), QStringLiteral("hangup"));
    }
    return p;
}

QList<QByteArray>
unansweredCall(const QString &legId, const QString &from, const QString &hangupCause)
{
    return {event(QStringLiteral("call.initiated"), newId(), call(legId, from)),
            event(QStringLiteral("call.hangup"), newId(), call(legId, from, {}, hangupCause))};
}

QJsonObject callEvent(const QByteArray &webhookBody, const QDateTime &at)
{
    QJsonObject raw = QJsonDocument::fromJson(webhookBody).object();
    QJsonObject data = raw.value(QLatin1String("data")).toObject();
    if (at.isValid()) {
        data.insert(QStringLiteral("occurred_at"), at.toUTC().toString(Qt::ISODateWithMs));
        raw.insert(QStringLiteral("data"), data);
    }
    const QJsonObject payload = data.value(QLatin1String("payload")).toObject();
    return QJsonObject{
        {QStringLiteral("record_type"), QStringLiteral("call_event")},
        {QStringLiteral("call_leg_id"), payload.value(QLatin1String("call_leg_id"))},
        {QStringLiteral("call_session_id"), payload.value(QLatin1String("call_session_id"))},
        {QStringLiteral("event_timestamp"), data.value(QLatin1String("occurred_at"))},
        {QStringLiteral("name"), data.value(QLatin1String("event_type"))},
        {QStringLiteral("type"), QStringLiteral("webhook")},
        {QStringLiteral("metadata"), raw},
    };
}

} // namespace telnyx_events

int TelnyxWebhookSender::post(const QUrl &url,
                              const QByteArray &body,
                              qint64 timestamp,
                              const QByteArray &signature)
{
    const QByteArray ts
        = QByteArray::number(timestamp ? timestamp : QDateTime::currentSecsSinceEpoch());
    const QByteArray sig = signature.isEmpty() ? m_key.sign(ts + '|' + body).toBase64() : signature;
    m_lastBody = body;
    m_lastTimestamp = ts;
    m_lastSignature = sig;
    return send(url, body, ts, sig);
}

int TelnyxWebhookSender::replayLast(const QUrl &url)
{
    return send(url, m_lastBody, m_lastTimestamp, m_lastSignature);
}

int TelnyxWebhookSender::send(const QUrl &url,
                              const QByteArray &body,
                              const QByteArray &timestamp,
                              const QByteArray &signature)
{
    return postWebhook(m_network,
                       url,
                       body,
                       {{QByteArrayLiteral("telnyx-timestamp"), timestamp},
                        {QByteArrayLiteral("telnyx-signature-ed25519"), signature}});
}

} // namespace ringback::test
