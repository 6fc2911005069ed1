#pragma once

#include "webhook/WebhookTypes.h"

#include <QString>

namespace ringback {
class Clock;
}

namespace ringback::webhook {

// What a provider plugin sees of the host's webhook receiver
// (ProviderContext::webhooks). The host owns the receiver (a WebhookServer,
// see EngineSession) and keeps it listening for as long as the provider
// lives; the provider registers its route in start() and removes it in
// stop(). Every request is verified by the route's verifier before its
// handler runs, and a replayed signature is refused before either.
//
// Pure interface, no QObject: nothing of the host's meta-objects crosses the
// plugin boundary. All calls on the engine's thread.
class WebhookRegistrar
{
public:
    virtual ~WebhookRegistrar() = default;

    // Routes POST /webhooks/<providerId> to `route`, replacing an earlier one.
    virtual void registerRoute(const QString &providerId, WebhookRoute route) = 0;
    virtual void unregisterRoute(const QString &providerId) = 0;
    // The URL to enter at the provider: webhook_public_url + "/webhooks/<id>",
    // or the local address when no public URL is set.
    virtual QString endpointUrl(const QString &providerId) const = 0;
    virtual bool isListening() const = 0;
    // The host's clock, for signature timestamps (tests inject their own).
    virtual const Clock &clock() const = 0;
};

} // namespace ringback::webhook
