#pragma once

#include "TwilioSession.h"
#include "provider/kit/DeliveryChecks.h"

#include <QObject>
#include <QSet>

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
class TwilioSender final : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kReconcileSlackMs = 5 * 60 * 1000;
    static constexpr qint64 kTrackForMs = 48LL * 3600 * 1000;
    static constexpr int kStatusChecksPerPoll = 20;

    TwilioSender(Session &session, QObject *parent = nullptr);

    void send(const SendRequest &request);
    void reconcile(const SendRequest &request);
    // Polls the delivery status of tracked messages (bounded per call).
    void pollStatuses(Done done);
    void clear() { m_neverLeft.clear(); }

private:
    void lookUp(const SendRequest &request, int attempt, bool dated);
    void answer(const SendRequest &request,
                ReconcileOutcome::Found found,
                const Message *match,
                const QString &detail);
    // A tracked message's status, read by a poll: reported to the engine,
    // and no longer tracked once final.
    void statusRead(const QString &sid, const Message &message);

    Session &m_session;
    std::shared_ptr<const provider::DeliveryCheck> m_deliveryCheck;
    QSet<qint64> m_neverLeft; // message ids whose last attempt never reached Twilio
};

} // namespace ringback::twilio
