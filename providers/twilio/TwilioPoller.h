#pragma once

#include "TwilioCalls.h"
#include "TwilioInbox.h"
#include "TwilioSender.h"
#include "TwilioSession.h"
#include "provider/kit/PollLoop.h"

#include <QObject>

namespace ringback::twilio {

// Drives polling through the kit's PollLoop (provider/kit/PollLoop.h): first
// the connection check (the credentials, via the Account resource, and that
// the business number belongs to the account, via IncomingPhoneNumbers), then
// every poll_interval_seconds one pass over calls, messages and delivery
// statuses. A number not on the account is an Error.
class TwilioPoller final : public QObject
{
    Q_OBJECT

public:
    TwilioPoller(Session &session, TwilioSender &sender, QObject *parent = nullptr);

    void start();
    void stop();

private:
    void verify(Done done);
    QString healthy() const;

    Session &m_session;
    TwilioSender &m_sender;
    CallWatcher m_calls;
    MessageWatcher m_messages;
    provider::PollLoop m_loop;
    QString m_accountName;
};

} // namespace ringback::twilio
