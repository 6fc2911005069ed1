#pragma once

#include "TwilioPoller.h"
#include "TwilioSender.h"
#include "TwilioSession.h"
#include "net/HttpClient.h"
#include "provider/kit/ProviderBase.h"

#include <QNetworkAccessManager>

namespace ringback {

// Twilio, polled (https://www.twilio.com/docs/usage/api). Missed calls come
// from Calls.json, replies from Messages.json, texts go out through
// Messages.json; see TwilioPoller and TwilioSender for the details. Before
// polling it checks the credentials and the business number, and reports what
// is wrong as the connection state ("Twilio refused the Account SID or Auth
// Token (401)", "the number +1… is not on this Twilio account").
class TwilioProvider final : public provider::ProviderBase
{
    Q_OBJECT

public:
    TwilioProvider();
    ~TwilioProvider() override;

    // TwilioLookup: Lookup v2's line_type_intelligence.
    void lookupLineType(const QString &e164,
                        std::function<void(const LineTypeLookup &)> done) override;

private:
    Status configureWith(const ProviderContext &context) override;
    void begin(const QString &cursor) override;
    void halt() override;
    // TwilioConnectionTest: the credentials and the business number.
    void check(std::function<void(const ConnectionCheck &)> done) override;

    QNetworkAccessManager m_network;
    net::HttpClient m_http;
    twilio::Session m_session;
    twilio::TwilioSender m_sender;
    twilio::TwilioPoller m_poller;
};

} // namespace ringback
