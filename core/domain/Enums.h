#pragma once

#include <QString>

#include <optional>

namespace ringback {

// Value sets of the domain. Their string forms are the storage and export
// format (README, "Export format"): never rename one.

enum class CallResult { NoAnswer, Busy, Voicemail, Canceled, Failed, Answered };
enum class Direction { In, Out };
enum class MessageKind { Auto, Manual, System };
enum class MessageStatus { Queued, Sending, Sent, Delivered, Failed, Received };
enum class LeadState { New, Replied, CalledBack, Booked, Lost, Spam };
enum class OptOutState { None, Probable, OptedOut };
enum class Decision { Texted, Held, NotApplicable };

QString toString(CallResult v);
QString toString(Direction v);
QString toString(MessageKind v);
QString toString(MessageStatus v);
QString toString(LeadState v);
QString toString(OptOutState v);
QString toString(Decision v);

std::optional<CallResult> callResultFromString(const QString &s);
std::optional<Direction> directionFromString(const QString &s);
std::optional<MessageKind> messageKindFromString(const QString &s);
std::optional<MessageStatus> messageStatusFromString(const QString &s);
std::optional<LeadState> leadStateFromString(const QString &s);
std::optional<OptOutState> optOutStateFromString(const QString &s);
std::optional<Decision> decisionFromString(const QString &s);

// A call the business did not pick up (every result but Answered).
inline bool isMissed(CallResult r)
{
    return r != CallResult::Answered;
}

} // namespace ringback
