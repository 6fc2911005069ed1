#include "engine/TextBackPolicy.h"

#include <QCoreApplication>
#include <QDateTime>

namespace ringback {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ringback::TextBackPolicy", text);
}

QString minutesAgo(qint64 ms)
{
    const qint64 minutes = ms / 60000;
    if (minutes < 1)
        return tr("less than a minute ago");
    if (minutes < 60)
        return tr("%1 min ago").arg(minutes);
    return tr("%1 h ago").arg(minutes / 60);
}

} // namespace

CallDecision decideTextBack(const CallContext &call, const EngineConfig &config)
{
    if (!isMissed(call.result))
        return {Decision::NotApplicable, tr("answered")};
    if (!call.contactValid)
        return {Decision::Held, tr("not textable: %1").arg(call.contactProblem)};
    if (call.facts.optOut == OptOutState::OptedOut)
        return {Decision::Held, tr("opted out")};
    if (call.facts.optOut == OptOutState::Probable)
        return {Decision::Held, tr("probable opt-out waiting for review")};
    if (call.facts.lastAutoTextMs > 0
        && call.nowMs - call.facts.lastAutoTextMs < config.dedupWindowMs)
        return {Decision::Held,
                tr("already texted %1").arg(minutesAgo(call.nowMs - call.facts.lastAutoTextMs))};
    const qint64 lastTalk = std::max(call.facts.lastInboundMs, call.facts.lastOfficeMessageMs);
    if (lastTalk > 0 && call.nowMs - lastTalk < config.activeWindowMs)
        return {Decision::Held,
                tr("conversation active (last message %1)").arg(minutesAgo(call.nowMs - lastTalk))};
    if (call.callEndedMs > 0 && call.nowMs - call.callEndedMs > config.maxCatchUpAgeMs)
        return {Decision::Held, tr("missed while closed: too old to text, call back instead")};
    return {Decision::Texted, tr("missed call (%1)").arg(toString(call.result))};
}

} // namespace ringback
