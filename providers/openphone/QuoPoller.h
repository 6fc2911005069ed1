#pragma once

#include "QuoSender.h"
#include "QuoSession.h"
#include "QuoWatcher.h"
#include "provider/kit/PollLoop.h"

#include <QObject>

namespace ringback::quo {

// Drives polling through the kit's PollLoop (provider/kit/PollLoop.h): first
// the connection check (GET /v1/phone-numbers proves the API key and yields
// the business number's PN… id), then every poll_interval_seconds one pass
// over conversations, calls and messages, and the delivery statuses. A number
// not in the workspace is an Error.
class QuoPoller final : public QObject
{
    Q_OBJECT

public:
    QuoPoller(Session &session, QuoSender &sender, QObject *parent = nullptr);

    void start();
    void stop();

private:
    QString healthy() const;

    Session &m_session;
    QuoSender &m_sender;
    CallAndMessageWatcher m_watcher;
    provider::PollLoop m_loop;
};

} // namespace ringback::quo
