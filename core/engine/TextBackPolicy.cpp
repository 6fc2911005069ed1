#include "engine/TextBackPolicy.h"

#include <QCoreApplication>
#include <QDateTime>

namespace ringback {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ringback::TextBackPolicy", text);
}

QString ago(qint64 ms)
{
    const qint64 minutes = ms / 60000;
    if (minutes < 1)
        return tr("less than a minute ago");
    if (minutes < 60)
        return tr("%1 min ago").arg(minutes);
    return tr("%1 h ago").arg(minutes / 60);
}

CallDecision held(const char *code, const QString &reason)
{
    return {Decision::Held, QString::fromLatin1(code), reason, QString(), 0};
}

QString resultWords(CallResult r)
{
    switch (r) {
    case CallResult::NoAnswer:
        return tr("no answer");
    case CallResult::Busy:
        return tr("busy");
    case CallResult::Voicemail:
        return tr("went to voicemail");
    case CallResult::Canceled:
        return tr("caller hung up while it rang");
    case CallResult::Failed:
        return tr("call failed");
    case CallResult::Answered:
        return tr("answered");
    }
    return {};
}

} // namespace

bool isTextableType(PhoneNumber::Type type)
{
    switch (type) {
    case PhoneNumber::Type::FixedLineOrMobile:
    case PhoneNumber::Type::Mobile:
    case PhoneNumber::Type::Voip:
        return true;
    case PhoneNumber::Type::FixedLine:
    case PhoneNumber::Type::TollFree:
    case PhoneNumber::Type::PremiumRate:
    case PhoneNumber::Type::SharedCost:
    case PhoneNumber::Type::Other:
        return false;
    }
    return false;
}

CallDecision decideTextBack(const CallContext &call, const TextBackRules &rules)
{
    if (!isMissed(call.result))
        return {Decision::NotApplicable, QStringLiteral("answered"), tr("answered"), QString(), 0};
    if (!rules.triggers.contains(call.result))
        return held("not_a_trigger", tr("%1: not set to text back").arg(resultWords(call.result)));
    if (call.ringSeconds >= 0 && call.ringSeconds < rules.minRingSeconds)
        return held("pocket_dial",
                    QCoreApplication::translate("ringback::TextBackPolicy",
                                                "hung up after %n second(s): likely a pocket dial",
                                                nullptr,
                                                call.ringSeconds));

    const LineRules &line = rules.line(call.businessNumber);
    if (!line.enabled)
        return held("line_off", tr("text-back is off for this line"));

    if (!call.contact) {
        const bool withheld
            = call.rawFrom.trimmed().isEmpty() || PhoneNumber::isWithheld(call.rawFrom);
        return held(withheld ? "withheld" : "invalid_number",
                    withheld ? tr("caller withheld their number")
                             : tr("not textable: %1").arg(call.contact.errorMessage()));
    }
    const PhoneNumber &contact = call.contact.value();
    if (!isTextableType(contact.type()))
        return held("not_textable", tr("not textable: this kind of number cannot receive texts"));
    if (!rules.textInternational && contact.regionCode() != call.homeRegion)
        return held("international",
                    tr("international number (%1): international texting is off")
                        .arg(contact.regionCode()));
    if (call.blocked)
        return held("blocked", tr("blocked number"));
    if (call.knownContact)
        return held("known_contact", tr("known contact or vendor"));
    if (call.facts.optOut == OptOutState::OptedOut)
        return held("opted_out", tr("opted out"));
    if (call.facts.optOut == OptOutState::Probable)
        return held("probable_opt_out", tr("probable opt-out waiting for review"));
    if (call.facts.lastAutoTextMs > 0
        && call.nowMs - call.facts.lastAutoTextMs < rules.dedupWindowMs)
        return held(
            "repeat_call",
            tr("repeat call: already texted %1").arg(ago(call.nowMs - call.facts.lastAutoTextMs)));
    const qint64 lastTalk = std::max(call.facts.lastInboundMs, call.facts.lastOfficeMessageMs);
    if (lastTalk > 0 && call.nowMs - lastTalk < rules.activeWindowMs)
        return held("active_conversation",
                    tr("conversation active (last message %1)").arg(ago(call.nowMs - lastTalk)));
    if (call.callEndedMs > 0 && call.nowMs - call.callEndedMs > rules.maxCatchUpAgeMs) {
        if (call.engineStartedMs > 0 && call.callEndedMs < call.engineStartedMs)
            return held("missed_while_closed",
                        tr("missed while Ringback was closed: call back instead"));
        return held("too_old",
                    tr("reported %1, too late to text: call back instead")
                        .arg(ago(call.nowMs - call.callEndedMs)));
    }

    const QDateTime ended = QDateTime::fromMSecsSinceEpoch(
        call.callEndedMs > 0 ? call.callEndedMs : call.nowMs, Qt::UTC);
    const BusinessHours::Period period = line.hours.periodAt(ended);
    if (line.afterHoursOnly && period == BusinessHours::Period::Open)
        return held("business_hours_only",
                    tr("during business hours: this line texts back only when closed"));

    CallDecision d;
    d.decision = Decision::Texted;
    d.code = QStringLiteral("texted");
    d.sendAtMs = call.nowMs + qint64(rules.sendDelaySeconds) * 1000;
    switch (period) {
    case BusinessHours::Period::Open:
        d.templateId = rules.businessHoursTemplate;
        d.reason = tr("missed call (%1), business hours").arg(resultWords(call.result));
        break;
    case BusinessHours::Period::Closed:
        d.templateId = rules.afterHoursTemplate;
        d.reason = tr("missed call (%1), after hours").arg(resultWords(call.result));
        break;
    case BusinessHours::Period::Holiday:
        d.templateId = rules.holidayTemplate;
        d.reason = tr("missed call (%1), closed for a holiday").arg(resultWords(call.result));
        break;
    }
    return d;
}

} // namespace ringback
