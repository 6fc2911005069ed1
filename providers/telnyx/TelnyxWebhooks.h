#pragma once

#include "TelnyxSender.h"
#include "TelnyxSession.h"
#include "webhook/WebhookTypes.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>

#include <deque>

namespace ringback::telnyx {

// Turns verified webhook deliveries into engine events (Telnyx's call.* and
// message.* webhooks, https://developers.telnyx.com/api). The host's
// WebhookServer has checked the Ed25519 signature, the timestamp and replays
// before handle() runs. Each event id is handled once (Telnyx retries a
// delivery with a fresh signature), and anything unreadable or for another
// number is logged and dropped.
//  - message.received: a reply (ProviderMessage, media URLs).
//  - message.sent / message.finalized: the delivery status of a text
//    (to[0].status, errors[].code), also remembered for reconciliation.
//  - call.initiated / call.answered / call.hangup: one ProviderCall per
//    incoming leg to the business number when it hangs up. Missed when the
//    leg never had call.answered (the result from hangup_cause), answered
//    otherwise. A hangup for a leg whose start was not seen (Ringback was
//    closed) counts as missed only when it was to the business number and
//    hangup_cause says it never connected (no_answer, timeout,
//    originator_cancel, user_busy, call_rejected).
class TelnyxWebhooks
{
public:
    static constexpr int kRememberEvents = 5000;
    static constexpr qint64 kForgetLegAfterMs = 12LL * 3600 * 1000;

    TelnyxWebhooks(Session &session, TelnyxSender &sender);

    void handle(const webhook::WebhookRequest &request);
    // One event, from a webhook or from the catch-up (TelnyxCatchUp): both
    // go through here, so an event seen both ways counts once.
    void handleEvent(const Event &event);
    void clear();

private:
    struct Leg
    {
        QString sessionId;
        QString from;
        QString to;
        QDateTime startedAt;
        QDateTime answeredAt;
    };
    bool firstTime(const QString &eventId);
    void messageReceived(const Event &event);
    void outboundStatus(const Event &event);
    void callInitiated(const Event &event);
    void callAnswered(const Event &event);
    void callHangup(const Event &event);
    bool isOurNumber(const QString &number) const;

    Session &m_session;
    TelnyxSender &m_sender;
    QHash<QString, Leg> m_legs; // incoming legs in progress, by call_leg_id
    QSet<QString> m_events;     // event ids handled
    std::deque<QString> m_eventOrder;
};

// hangup_cause of a leg that was never answered, as the engine's result.
CallResult unansweredResult(const QString &hangupCause);
// True for the causes that say a call never connected.
bool isNeverConnectedCause(const QString &hangupCause);

} // namespace ringback::telnyx
