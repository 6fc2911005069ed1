#pragma once

// Quo webhook deliveries for the openphone tests
// (https://www.quo.com/docs/mdx/guides/webhooks): the legacy envelope {"id":
// "EV…", "object": "event", "apiVersion": "v4", "createdAt", "type", "data":
// {"object": {…}}}, signed like Quo signs it (header openphone-signature
// "hmac;1;<timestamp ms>;<Base64 HMAC-SHA256>", key = the Base64-decoded
// signing key, message = "<timestamp>.<raw body>"), computed here independently
// of core's QuoSignature, and POSTed to a real WebhookServer on 127.0.0.1:0
// behind a WebhookRegistrar as EngineSession provides it.

#include "util/Clock.h"
#include "webhook/WebhookRegistrar.h"
#include "webhook/WebhookServer.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>
#include <QUuid>

namespace ringback::test {

class QuoWebhookHost final : public webhook::WebhookRegistrar
{
public:
    QuoWebhookHost() { m_ok = m_server.listen(QStringLiteral("127.0.0.1:0")).isOk(); }
    bool ok() const { return m_ok; }
    webhook::WebhookServer &server() { return m_server; }
    QUrl url() const
    {
        return QUrl(
            QStringLiteral("http://127.0.0.1:%1/webhooks/openphone").arg(m_server.serverPort()));
    }

    void registerRoute(const QString &id, webhook::WebhookRoute route) override
    {
        m_server.registerProvider(id, std::move(route));
    }
    void unregisterRoute(const QString &id) override { m_server.unregisterProvider(id); }
    QString endpointUrl(const QString &) const override { return url().toString(); }
    bool isListening() const override { return m_server.isListening(); }
    const Clock &clock() const override { return Clock::system(); }

private:
    webhook::WebhookServer m_server;
    bool m_ok = false;
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
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        if (!header.isEmpty())
            request.setRawHeader("openphone-signature", header);
        request.setTransferTimeout(10000);
        QNetworkReply *reply = m_network.post(request, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        reply->deleteLater();
        return status.isValid() ? status.toInt() : -1;
    }

    QNetworkAccessManager m_network;
    QByteArray m_lastBody;
    QByteArray m_lastHeader;
};

} // namespace ringback::test
