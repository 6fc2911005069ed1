#pragma once

#include "domain/DecisionCode.h"
#include "domain/Enums.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace ringback {

// Rows as stored. Numbers are E.164; times are UTC.

struct Conversation
{
    qint64 id = 0;
    QString contactNumber;  // the caller
    QString businessNumber; // the line they called
    QString displayName;
    LeadState leadState = LeadState::New;
    bool urgent = false;
    QString urgencyReason;
    OptOutState optOut = OptOutState::None;
    QString optOutReason;
    int unreadCount = 0;
    qint64 lastActivityMs = 0;
    QString preview;
    // The lead (schema 5): what the office wrote down, who last acted on it,
    // and the call-back queue. Times are ms since the epoch, UTC; 0: none.
    QString address;
    QString service;
    QString notes;
    QString handledBy;
    qint64 handledAtMs = 0;
    bool needsCallback = false;
    qint64 waitingSinceMs = 0;
    qint64 snoozedUntilMs = 0;
    qint64 bookedForMs = 0;
    QString callbackOutcome; // "reached", "no_answer", "voicemail" or empty
    int callbackAttempts = 0;
    // The last missed call was held as a likely pocket dial or robocaller:
    // listed under Screened, not in the call-back queue.
    bool screened = false;
};

// One entry of a lead's history (lead_events, append-only). event: "state",
// "callback", "booked", "snooze" or "details"; leadState: the state after it.
struct LeadEvent
{
    qint64 id = 0;
    qint64 conversationId = 0;
    QString event;
    LeadState leadState = LeadState::New;
    QString detail;
    QString actor;
    qint64 atMs = 0;
};

struct Call
{
    qint64 id = 0;
    qint64 conversationId = 0;
    QString provider;
    QString providerId;
    QString from;
    QString to;
    QDateTime startedAt;
    QDateTime endedAt;
    CallResult result = CallResult::NoAnswer;
    int durationSeconds = 0;
    Decision decision = Decision::NotApplicable;
    DecisionCode decisionCode = DecisionCode::Unknown; // domain/DecisionCode.h
    QString decisionReason;
};

struct Message
{
    qint64 id = 0;
    qint64 conversationId = 0;
    qint64 callId = 0; // the missed call an automatic text answers, else 0
    QString provider;
    QString providerId; // empty until the provider accepted it
    Direction direction = Direction::In;
    MessageKind kind = MessageKind::Manual;
    QString body;
    QStringList media;
    MessageStatus status = MessageStatus::Received;
    QString error;
    QDateTime at;
    bool urgent = false;
    QString urgencyReason;
};

} // namespace ringback
