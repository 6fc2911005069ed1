#pragma once

#include "TwilioSession.h"
#include "provider/kit/DeliveryChecks.h"
#include "provider/kit/SenderBase.h"

namespace ringback::twilio {

// Sends texts (POST Messages.json, form-encoded), answers "did this
// interrupted send reach Twilio?" (reconcile) and follows the delivery status
// of sent messages by polling them.
//
// At most once: a send whose outcome is unknown (timeout, 5xx, broken
// connection, unreadable 201) is reported as ProviderDown, and the engine
// reconciles before any resend. Reconcile looks the message up at Twilio (same
// To and From, same body, created no earlier than the first attempt less a few
// minutes) and says Yes, No, or Unknown on any error. A send that provably
// never left this computer (connection refused, no such host) is remembered,
// so its reconcile is a definite No without asking Twilio.
class TwilioSender final : public provider::PollingSender<Session, Message, Tracked>
{
    Q_OBJECT

public:
    TwilioSender(Session &session, QObject *parent = nullptr);

    void send(const SendRequest &request) override;

private:
    void lookUp(const SendRequest &request, int attempt) override
    {
        lookUp(request, attempt, true);
    }
    void lookUp(const SendRequest &request, int attempt, bool dated);
    void refused(const net::HttpResponse &response, SendOutcome &outcome);
    void statusRead(const QString &sid, const Message &message) override;
    static Match matchOf(const Message &m);
    // A final status in Ringback's terms; none while in transit.
    static std::optional<StatusUpdate> statusOf(const Message &message);
};

} // namespace ringback::twilio
