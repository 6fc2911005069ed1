#pragma once

#include "QuoPacer.h"
#include "QuoPoller.h"
#include "QuoSender.h"
#include "QuoSession.h"
#include "QuoWebhooks.h"
#include "net/HttpClient.h"
#include "provider/kit/ProviderBase.h"

#include <QNetworkAccessManager>

namespace ringback {

// Quo (formerly OpenPhone), polled through the public API v1
// (https://www.quo.com/docs/mdx/api-reference/authentication): the API key goes
// raw in the Authorization header; missed calls and replies come from the
// conversations of the business number (see quo::CallAndMessageWatcher), texts
// go out through POST /v1/messages (see quo::QuoSender). Every request is paced
// to Quo's 10 requests per second. Before polling it looks the business number
// up among the workspace's numbers and reports what is wrong as the connection
// state ("Quo refused the API key (401)", "the number +1… is not in this Quo
// workspace").
//
// Webhooks are an option (https://www.quo.com/docs/mdx/guides/webhooks): with
// webhook_signing_key and webhook_public_url set, start() registers
// /webhooks/openphone with the host's receiver, which refuses anything not
// signed with that key (403), and quo::QuoWebhooks reports texts, deliveries
// and ended calls as they happen. Polling goes on as the catch-up for whatever
// arrived while Ringback was closed; both paths report each call and text once.
class QuoProvider final : public provider::ProviderBase
{
    Q_OBJECT

public:
    QuoProvider();
    ~QuoProvider() override;

private:
    static QString providerId() { return QStringLiteral("openphone"); }
    Status configureWith(const ProviderContext &context) override;
    void begin(const QString &cursor) override;
    void registerWebhooks();
    void halt() override;
    void leave() override;
    // quo::testConnection: the API key and the business number.
    void check(std::function<void(const ConnectionCheck &)> done) override;

    QNetworkAccessManager m_network;
    net::HttpClient m_http;
    quo::Pacer m_pacer;
    quo::Session m_session;
    quo::QuoSender m_sender;
    quo::QuoPoller m_poller;
    quo::QuoWebhooks m_webhooks;
    bool m_registered = false;
};

} // namespace ringback
