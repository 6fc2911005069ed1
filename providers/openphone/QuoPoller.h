#pragma once

#include "QuoSender.h"
#include "QuoSession.h"
#include "QuoWatcher.h"
#include "net/Backoff.h"

#include <QObject>
#include <QTimer>

namespace ringback::quo {

// Drives polling: first the connection check (GET /v1/phone-numbers proves
// the API key and yields the business number's PN… id), then every
// poll_interval_seconds one pass over conversations, calls and messages, and
// the delivery statuses. Healthy: Polling. Network trouble or 5xx:
// Reconnecting with exponential backoff and jitter (429 waits Retry-After).
// 401: AuthFailed, and the check is redone. A number not in the workspace or
// unreadable answers: Error.
class QuoPoller final : public QObject
{
    Q_OBJECT

public:
    QuoPoller(Session &session, QuoSender &sender, QObject *parent = nullptr);

    void start();
    void stop();

private:
    void runPass();
    void passDone(const std::optional<Problem> &problem);

    Session &m_session;
    QuoSender &m_sender;
    CallAndMessageWatcher m_watcher;
    QTimer m_timer;
    net::Backoff m_backoff;
    bool m_verified = false;
    bool m_busy = false;
};

} // namespace ringback::quo
