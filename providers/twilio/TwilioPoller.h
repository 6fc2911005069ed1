#pragma once

#include "TwilioCalls.h"
#include "TwilioInbox.h"
#include "TwilioSender.h"
#include "TwilioSession.h"
#include "net/Backoff.h"

#include <QObject>
#include <QTimer>

namespace ringback::twilio {

// Drives polling: first the connection check (the credentials, via the
// Account resource, and that the business number belongs to the account, via
// IncomingPhoneNumbers), then every poll_interval_seconds one pass over calls,
// messages and delivery statuses. Healthy: Polling. Network trouble or 5xx:
// Reconnecting, with exponential backoff and jitter (429 waits Retry-After).
// 401: AuthFailed. A number not on the account or unreadable answers: Error.
// Failed passes are retried with backoff; the check is redone after AuthFailed.
class TwilioPoller final : public QObject
{
    Q_OBJECT

public:
    TwilioPoller(Session &session, TwilioSender &sender, QObject *parent = nullptr);

    void start();
    void stop();

private:
    void runPass();
    void verify(Done done);
    void passDone(const std::optional<Problem> &problem);

    Session &m_session;
    TwilioSender &m_sender;
    CallWatcher m_calls;
    MessageWatcher m_messages;
    QTimer m_timer;
    net::Backoff m_backoff;
    bool m_verified = false;
    bool m_busy = false;
    QString m_accountName;
};

} // namespace ringback::twilio
