#pragma once

// The host side of a provider's webhooks in the tests: a real WebhookServer
// on 127.0.0.1:0 behind a WebhookRegistrar, as EngineSession provides it, and
// a POST of a (signed) delivery to it that waits on the event loop.

#include "util/Clock.h"
#include "webhook/WebhookRegistrar.h"
#include "webhook/WebhookServer.h"

#include <QByteArray>
#include <QEventLoop>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPair>
#include <QUrl>

namespace ringback::test {

class WebhookTestHost : public webhook::WebhookRegistrar
{
public:
    // Deliveries go to /webhooks/<providerId>.
    explicit WebhookTestHost(QString providerId)
        : m_providerId(std::move(providerId))
    {
        m_ok = m_server.listen(QStringLiteral("127.0.0.1:0")).isOk();
    }
    bool ok() const { return m_ok; }
    webhook::WebhookServer &server() { return m_server; }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/webhooks/%2")
                        .arg(m_server.serverPort())
                        .arg(m_providerId));
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
    QString m_providerId;
    webhook::WebhookServer m_server;
    bool m_ok = false;
};

// POSTs a JSON `body` with `headers` to `url`; the HTTP status, or -1 without an answer.
inline int postWebhook(QNetworkAccessManager &network,
                       const QUrl &url,
                       const QByteArray &body,
                       const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(10000);
    QNetworkReply *reply = network.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    reply->deleteLater();
    return status.isValid() ? status.toInt() : -1;
}

} // namespace ringback::test
