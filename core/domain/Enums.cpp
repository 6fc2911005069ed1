#include "domain/Enums.h"

#include <array>
#include <utility>

namespace ringback {
namespace {

template<typename E, std::size_t N>
QString nameOf(const std::array<std::pair<E, const char *>, N> &table, E v)
{
    for (const auto &[value, name] : table) {
        if (value == v)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char *>, N> &table, const QString &s)
{
    for (const auto &[value, name] : table) {
        if (s == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<CallResult, const char *>, 6> kCallResults{{
    {CallResult::NoAnswer, "no-answer"},
    {CallResult::Busy, "busy"},
    {CallResult::Voicemail, "voicemail"},
    {CallResult::Canceled, "canceled"},
    {CallResult::Failed, "failed"},
    {CallResult::Answered, "answered"},
}};
constexpr std::array<std::pair<Direction, const char *>, 2> kDirections{{
    {Direction::In, "in"},
    {Direction::Out, "out"},
}};
constexpr std::array<std::pair<MessageKind, const char *>, 3> kKinds{{
    {MessageKind::Auto, "auto"},
    {MessageKind::Manual, "manual"},
    {MessageKind::System, "system"},
}};
constexpr std::array<std::pair<MessageStatus, const char *>, 6> kStatuses{{
    {MessageStatus::Queued, "queued"},
    {MessageStatus::Sending, "sending"},
    {MessageStatus::Sent, "sent"},
    {MessageStatus::Delivered, "delivered"},
    {MessageStatus::Failed, "failed"},
    {MessageStatus::Received, "received"},
}};
constexpr std::array<std::pair<LeadState, const char *>, 6> kLeadStates{{
    {LeadState::New, "new"},
    {LeadState::Replied, "replied"},
    {LeadState::CalledBack, "called_back"},
    {LeadState::Booked, "booked"},
    {LeadState::Lost, "lost"},
    {LeadState::Spam, "spam"},
}};
constexpr std::array<std::pair<OptOutState, const char *>, 3> kOptOuts{{
    {OptOutState::None, "none"},
    {OptOutState::Probable, "probable"},
    {OptOutState::OptedOut, "opted_out"},
}};
constexpr std::array<std::pair<Decision, const char *>, 3> kDecisions{{
    {Decision::Texted, "texted"},
    {Decision::Held, "held"},
    {Decision::NotApplicable, "not_applicable"},
}};

} // namespace

QString toString(CallResult v)
{
    return nameOf(kCallResults, v);
}
QString toString(Direction v)
{
    return nameOf(kDirections, v);
}
QString toString(MessageKind v)
{
    return nameOf(kKinds, v);
}
QString toString(MessageStatus v)
{
    return nameOf(kStatuses, v);
}
QString toString(LeadState v)
{
    return nameOf(kLeadStates, v);
}
QString toString(OptOutState v)
{
    return nameOf(kOptOuts, v);
}
QString toString(Decision v)
{
    return nameOf(kDecisions, v);
}

std::optional<CallResult> callResultFromString(const QString &s)
{
    return valueOf(kCallResults, s);
}
std::optional<Direction> directionFromString(const QString &s)
{
    return valueOf(kDirections, s);
}
std::optional<MessageKind> messageKindFromString(const QString &s)
{
    return valueOf(kKinds, s);
}
std::optional<MessageStatus> messageStatusFromString(const QString &s)
{
    return valueOf(kStatuses, s);
}
std::optional<LeadState> leadStateFromString(const QString &s)
{
    return valueOf(kLeadStates, s);
}
std::optional<OptOutState> optOutStateFromString(const QString &s)
{
    return valueOf(kOptOuts, s);
}
std::optional<Decision> decisionFromString(const QString &s)
{
    return valueOf(kDecisions, s);
}

} // namespace ringback
