#pragma once

#include "RingCentralSession.h"
#include "provider/kit/SenderBase.h"

namespace ringback::ringcentral {

class Sync;

// Sends texts (POST /restapi/v1.0/account/~/extension/~/sms, JSON), answers
// "did this interrupted send reach RingCentral?" (reconcile, by looking for
// the message in the message store) and hands accepted messages to the
// cursor so the message syncs follow their delivery.
//
// At most once: a send whose outcome is unknown (timeout, 5xx, broken
// connection, unreadable answer) is reported as ProviderDown, and the engine
// reconciles before any resend. A 401 gets a fresh token and one more try
// (the first request provably was not processed). A send that never left
// this computer (connection refused) is remembered, so its reconcile is a
// definite No without asking.
class Sender final : public provider::CursorSender<Session>
{
    Q_OBJECT

public:
    Sender(Session &session, Sync &sync, QObject *parent = nullptr);

    void send(const SendRequest &request) override;

private:
    void lookUp(const SendRequest &request, int attempt) override;
    static Match matchOf(const MessageRecord &m);
    SendOutcome outcomeOf(const SendRequest &request,
                          const net::HttpResponse &response,
                          const std::optional<Problem> &problem);

    Sync &m_sync;
};

} // namespace ringback::ringcentral
