#pragma once

#include "QuoSession.h"
#include "provider/kit/DeliveryChecks.h"
#include "provider/kit/SenderBase.h"

namespace ringback::quo {

// Sends texts (POST /v1/messages, JSON {content, from, to: [caller]}; 202),
// answers "did this interrupted send reach Quo?" (reconcile) and follows the
// delivery status of sent messages by polling GET /v1/messages/{id}.
//
// At most once: Quo has no idempotency key (sendMessage_v1 in the public API
// v1 spec,
// https://openphone-public-api-prod.s3.us-west-2.amazonaws.com/public/openphone-public-api-v1-prod.json,
// has none), so a send whose outcome is unknown (timeout, 5xx, broken
// connection, unreadable 202) is reported as ProviderDown, and the engine
// reconciles before any resend. Reconcile lists the messages between the
// business number and the caller (GET /v1/messages, createdAfter the first
// attempt less a few minutes) and looks for an outgoing one with the same
// text: Yes, No, or Unknown on any error. A send that provably never left this computer
// (connection refused, no such host) is a definite No without asking Quo.
class QuoSender final : public provider::PollingSender<Session, Message, Tracked>
{
    Q_OBJECT

public:
    explicit QuoSender(Session &session, QObject *parent = nullptr);

    void send(const SendRequest &request) override;
    // A tracked message's status, read by a poll or from a webhook: reported
    // to the engine, and no longer tracked once final.
    void statusRead(const QString &id, const Message &message) override;

private:
    void sent(const SendRequest &request, const net::HttpResponse &response);
    void refused(const net::HttpResponse &response, SendOutcome &outcome);
    void lookUp(const SendRequest &request, int attempt) override;
    static Match matchOf(const Message &m);
};

} // namespace ringback::quo
