#pragma once

#include "RingCentralSession.h"
#include "net/Backoff.h"
#include "provider/kit/ClockTimer.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

#include <memory>

namespace ringback::ringcentral {

// Catches up through RingCentral's sync endpoints
// (https://developers.ringcentral.com/guide/voice/call-log/sync and
// https://developers.ringcentral.com/api-reference/Message-Store/syncMessages):
// call-log-sync with statusGroup=Missed and message-sync for SMS, a full sync
// (FSync) the first time and whenever the saved token is refused, then
// incremental ones (ISync) from the saved syncToken, so nothing that happened
// while the WebSocket was down is lost. Every id is reported once (the cursor
// remembers them), and calls that ended before Ringback first started are not
// reported.
//
// It also turns the WebSocket's notifications into events: an inbound SMS is
// reported from the notification itself; the end of an inbound call triggers
// a call-log sync (the call log is the one source of missed calls, keyed by
// the call-log record id), retried a few times when the notification said
// the call was missed but the record is not in the log yet.
//
// Requests are spaced as the X-Rate-Limit-* headers allow (the call log is in
// the Heavy group: 10 a minute by default), failures back off, 429 waits for
// Retry-After. Sent messages whose delivery is still open are followed with
// message syncs; their final status is reported through statusChanged().
class Sync final : public QObject
{
    Q_OBJECT

public:
    explicit Sync(Session &session, QObject *parent = nullptr);

    void start();
    void stop();
    // After a gap in the live updates (start, a reconnect without recovery).
    void syncAll();
    void syncMessagesSoon();
    void onNotification(const QJsonObject &envelope);

private:
    enum Kind { Calls = 0, Messages = 1 };
    struct Channel
    {
        std::unique_ptr<provider::ClockTimer> timer; // on the session's clock
        bool busy = false;
        bool again = false;
        bool hadProblem = false;
        qint64 dueMs = 0;
        qint64 lastRunMs = 0;
        qint64 notBeforeMs = 0;
        qint64 spacingMs = 0;
        net::Backoff backoff{2000, 5 * 60 * 1000};
    };

    void schedule(Kind kind, qint64 delayMs);
    void run(Kind kind);
    void finished(Kind kind, const std::optional<Problem> &problem);
    net::Fields query(Kind kind) const;
    void takeCalls(const SyncPage<CallRecord> &page);
    void takeMessages(const SyncPage<MessageRecord> &page);
    void reportMessage(const MessageRecord &m);
    void followTelephony(const QJsonObject &body);
    void checkExpected();
    void safetyCheck();

    Session &m_session;
    Channel m_channels[2];
    provider::ClockTimer m_safety{m_session};
    QHash<QString, int> m_expected; // telephonySessionId -> syncs that did not find it
    QStringList m_sessionsSeen;
};

} // namespace ringback::ringcentral
