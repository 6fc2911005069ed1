#pragma once

// Quo webhook deliveries for the openphone tests
// (https://www.quo.com/docs/mdx/guides/webhooks): the legacy envelope {"id":
// "EV…", "object": "event", "apiVersion": "v4", "createdAt", "type", "data":
// {"object": {…}}}, signed like Quo signs it (header openphone-signature
// "hmac;1;<timestamp ms>;<Base64 HMAC-SHA256>", key = the Base64-decoded
// signing key, message = "<timestamp>.<raw body>"), computed here independently
// of core's QuoSignature, and POSTed to a real WebhookServer on 127.0.0.1:0
// behind a WebhookRegistrar as EngineSession provides it.

#include "WebhookTestHost.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QUrl>
#include <QUuid>

namespace ringback::test {

class QuoWebhookHost final : public WebhookTestHost
{
public:
    QuoWebhookHost()
        : WebhookTestHost(QStringLiteral("openphone"))
    {}
};

class QuoWebhookSender
{
public:
    // What Quo shows as the webhook's signing key (Base64).
    static QByteArray signingKey()
    {
        return QByteArrayLiteral("c2VjcmV0LXF1by1zaWduaW5nLWtleS0wMTIzNDU2");
    }

    static QByteArray event(const QString &type, const QJsonObject &object)
    {
        const QString id = QStringLiteral("EV") + QUuid::createUuid().toString(QUuid::Id128);
        const QJsonObject envelope{
            {QStringLiteral("id"), id},
            {QStringLiteral("object"), QStringLiteral("event")},
            {QStringLiteral("apiVersion"), QStringLiteral("v4")},
            {QStringLiteral("createdAt"),
             QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
            {QStringLiteral("type"), type},
            {QStringLiteral("data"), QJsonObject{{QStringLiteral("object"), object}}}};
        return QJsonDocument(envelope).toJson(QJsonDocument::Compact);
    }

    static QByteArray signature(const QByteArray &key, qint64 timestampMs, const QByteArray &body)
    {
        const QByteArray ts = QByteArray::number(timestampMs);
        const QByteArray digest = QMessageAuthenticationCode::hash(
            ts + '.' + body, QByteArray::fromBase64(key), QCryptographicHash::Sha256);
        return "hmac;1;" + ts + ';' + digest.toBase64();
    }

    // Signs (with `key`, at `timestampMs`, default now) and POSTs `body`;
    // the HTTP status, or -1 without an answer.
    int post(const QUrl &url,
             const QByteArray &body,
             qint64 timestampMs = 0,
             const QByteArray &key = signingKey())
    {
        m_lastBody = body;
        m_lastHeader
            = signature(key, timestampMs ? timestampMs : QDateTime::currentMSecsSinceEpoch(), body);
        return send(url, body, m_lastHeader);
    }
    int postUnsigned(const QUrl &url, const QByteArray &body) { return send(url, body, {}); }
    // The last request again, byte for byte.
    int replayLast(const QUrl &url) { return send(url, m_lastBody, m_lastHeader); }

private:
    int send(const QUrl &url, const QByteArray &body, const QByteArray &header)
    {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!header.isEmpty())
            headers.append({QByteArrayLiteral("openphone-signature"), header});
        return postWebhook(m_network, url, body, headers);
    }

    QNetworkAccessManager m_network;
    QByteArray m_lastBody;
    QByteArray m_lastHeader;
};

} // namespace ringback::test
