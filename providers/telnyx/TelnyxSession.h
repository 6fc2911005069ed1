#pragma once

#include "TelnyxApi.h"
#include "net/HttpClient.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace ringback::webhook {
class WebhookRegistrar;
}

namespace ringback::telnyx {

inline QString providerId()
{
    return QStringLiteral("telnyx");
}

struct Settings
{
    QString apiKey;      // never logged
    QString phoneNumber; // E.164 business line
    QString messagingProfileId;
    QByteArray publicKey; // Base64 Ed25519 key that signs the webhooks
    QUrl baseUrl;
};

// What the sender, the webhook handler and the connection check share.
class Session
{
public:
    Settings settings;
    Endpoints endpoints;
    net::HttpClient *http = nullptr;
    ProviderEvents *events = nullptr;
    webhook::WebhookRegistrar *webhooks = nullptr;
    bool running = false;

    static QDateTime now() { return QDateTime::currentDateTimeUtc(); }

    // Reports the state to the engine when it changed.
    void setState(ConnectionState state, const QString &detail);
    ConnectionState state() const { return m_state; }
    void resetState()
    {
        m_state = ConnectionState::Disconnected;
        m_detail.clear();
    }

    // Why a request failed, in words for the office, and the state it means.
    static QString describe(const net::HttpResponse &response, const QString &what);
    static ConnectionState stateFor(const net::HttpResponse &response);
    // Retry-After, else x-ratelimit-reset (seconds), in ms; 0 when absent.
    static qint64 retryAfterMs(const net::HttpResponse &response);

private:
    ConnectionState m_state = ConnectionState::Disconnected;
    QString m_detail;
};

} // namespace ringback::telnyx
