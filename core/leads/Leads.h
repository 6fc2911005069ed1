#pragma once

// The lead and its call-back queue (README, "The window" (Call-back queue)):
// value sets, limits and what the lead panel edits.

#include <QString>

#include <optional>

namespace ringback {

// How a call-back went. The string forms ("reached", "no_answer",
// "voicemail") are stored in conversations.callback_outcome and in
// lead_events.detail: never rename one.
enum class CallbackOutcome { Reached, NoAnswer, Voicemail };

QString toString(CallbackOutcome v);
std::optional<CallbackOutcome> callbackOutcomeFromString(const QString &s);

// What the lead panel saves. name: std::nullopt leaves the caller's name as
// it is. Text is trimmed (name, address and service to one line).
struct LeadDetails
{
    std::optional<QString> name;
    QString address;
    QString service;
    QString notes;
};

namespace leads {

// Length limits, in characters, after trimming.
constexpr int kMaxName = 80; // same as Engine::setDisplayName
constexpr int kMaxAddress = 200;
constexpr int kMaxService = 100;
constexpr int kMaxNotes = 4000;
constexpr int kMaxBookingNote = 500;
constexpr int kMaxActor = 80;

// lead_events.event values.
inline const QString kEventState = QStringLiteral("state");
inline const QString kEventCallback = QStringLiteral("callback");
inline const QString kEventBooked = QStringLiteral("booked");
inline const QString kEventSnooze = QStringLiteral("snooze");
inline const QString kEventDetails = QStringLiteral("details");

} // namespace leads
} // namespace ringback
