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
class TwilioSender final : public provider::CursorSender<Session>
{
    Q_OBJECT

public:
    static constexpr qint64 kTrackForMs = 48LL * 3600 * 1000;
    static constexpr int kStatusChecksPerPoll = 20;

    TwilioSender(Session &session, QObject *parent = nullptr);

    void send(const SendRequest &request) override;
    // Polls the delivery status of tracked messages (bounded per call).
    void pollStatuses(Done done);

private:
    void lookUp(const SendRequest &request, int attempt) override
    {
        lookUp(request, attempt, true);
    }
    void lookUp(const SendRequest &request, int attempt, bool dated);
    void refused(const net::HttpResponse &response, SendOutcome &outcome);
    // A tracked message's status, read by a poll: reported to the engine,
    // and no longer tracked once final.
    void statusRead(const QString &sid, const Message &message);
    // A final status in Ringback's terms; none while in transit.
    static std::optional<StatusUpdate> statusOf(const Message &message);

    std::shared_ptr<const provider::DeliveryCheck> m_deliveryCheck;
};

} // namespace ringback::twilio
