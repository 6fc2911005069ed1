#pragma once

#include "TelnyxCatchUp.h"
#include "TelnyxSender.h"
#include "TelnyxSession.h"
#include "TelnyxWebhooks.h"
#include "net/Backoff.h"
#include "net/HttpClient.h"
#include "provider/kit/ClockTimer.h"
#include "provider/kit/ProviderBase.h"

#include <QNetworkAccessManager>

namespace ringback {

// Telnyx API v2 (https://developers.telnyx.com/api). Texts go out through POST
// /v2/messages (TelnyxSender); missed calls, replies and delivery reports come
// in as webhooks through the host's receiver (ProviderContext::webhooks),
// verified with the account's Ed25519 public key before TelnyxWebhooks sees
// them. On start it registers its route, then checks the API key and the
// business number: Connected ("receiving webhooks at …") when both are fine,
// AuthFailed for a refused key, Error for a number not on the account or no
// webhook receiver, Reconnecting (retried with backoff) when Telnyx cannot be
// reached. Each successful check, and every few minutes, TelnyxCatchUp lists
// the call webhooks Telnyx could not deliver (the last 24 h at most) and hands
// them to TelnyxWebhooks.
class TelnyxProvider final : public provider::ProviderBase
{
    Q_OBJECT

public:
    TelnyxProvider();
    ~TelnyxProvider() override;

private:
    Status configureWith(const ProviderContext &context) override;
    void begin(const QString &cursor) override;
    void checkAccount();
    void setConnected(const QString &problem);
    void halt() override;
    void leave() override;
    // TelnyxConnectionTest: the API key and the business number.
    void check(std::function<void(const ConnectionCheck &)> done) override;

    QNetworkAccessManager m_network;
    net::HttpClient m_http;
    telnyx::Session m_session;
    telnyx::TelnyxSender m_sender;
    telnyx::TelnyxWebhooks m_webhooks;
    telnyx::TelnyxCatchUp m_catchUp;
    net::Backoff m_backoff{2000, 5 * 60 * 1000};
    provider::ClockTimer m_retry{m_session};
    bool m_registered = false;
};

} // namespace ringback
