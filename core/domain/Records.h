#pragma once

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
    QString decisionCode; // stable: "texted", "repeat_call", "blocked", ...
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
