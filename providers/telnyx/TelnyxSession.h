#pragma once

#include "TelnyxApi.h"
#include "net/HttpClient.h"
#include "provider/kit/SessionBase.h"

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

using Problem = provider::Problem;

// What the sender, the webhook handler and the connection check share:
// settings, the HTTP client, the host's webhook receiver, and (from the kit)
// the engine's event sink, the connection state and the clock.
class Session : public provider::SessionOf<Settings, Endpoints>
{
public:
    Session();

    webhook::WebhookRegistrar *webhooks = nullptr;

    // Retry-After, else x-ratelimit-reset (seconds), in ms; 0 when absent.
    // Honoured on any answer that failed, not only a 429.
    qint64 retryAfterMs(const net::HttpResponse &response) const;
};

} // namespace ringback::telnyx
