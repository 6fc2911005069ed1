#include "engine/TextBackPolicy.h"

#include "util/TimeOfDay.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

namespace ringback {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ringback::TextBackPolicy)
};

QString ago(qint64 ms)
{
    const qint64 minutes = ms / 60000;
    if (minutes < 1)
        return Tr::tr("less than a minute ago");
    if (minutes < 60)
        return Tr::tr("%1 min ago").arg(minutes);
    return Tr::tr("%1 h ago").arg(minutes / 60);
}

CallDecision held(DecisionCode code, const QString &reason)
{
    return {Decision::Held, code, reason, QString(), 0};
}

} // namespace

QString callResultWords(CallResult r)
{
    switch (r) {
    case CallResult::NoAnswer:
        return Tr::tr("no answer");
    case CallResult::Busy:
        return Tr::tr("busy");
    case CallResult::Voicemail:
        return Tr::tr("went to voicemail");
    case CallResult::Canceled:
        return Tr::tr("caller hung up while it rang");
    case CallResult::Failed:
        return Tr::tr("call failed");
    case CallResult::Answered:
        return Tr::tr("answered");
    }
    return {};
}

namespace {

// "can't receive texts (30006 on 2 Nov)": the provider's code and the day.
QString cantReceiveReason(const CallContext &call, const QTimeZone &zone)
{
    static const QRegularExpression codePattern(QStringLiteral("\\b(\\d{4,6})\\b"));
    const auto match = codePattern.match(call.undeliverable);
    const QString what = match.hasMatch() ? match.captured(1) : call.undeliverable.left(60);
    const QDate day = QDateTime::fromMSecsSinceEpoch(call.undeliverableAtMs, zone).date();
    return Tr::tr("can't receive texts (%1 on %2): call back instead")
        .arg(what, QLocale().toString(day, QStringLiteral("d MMM")));
}

// Quiet hours in the caller's time zone. The first text-back to a call that
// just happened goes out at once unless the office holds it; a delayed or
// catch-up text waits for the window to open.
void applyQuietHours(CallDecision &d,
                     const CallContext &call,
                     const TextBackRules &rules,
                     const QTimeZone &businessZone)
{
    if (!rules.quiet.enabled)
        return;
    // "Just happened" is about the caller: a call reported late (Ringback was
    // closed, or starting) is texted at once only if it ended minutes ago.
    const bool justHappened
        = call.callEndedMs <= 0 || call.nowMs - call.callEndedMs <= QuietHours::kJustHappenedMs;
    d.quietExempt = rules.sendDelaySeconds <= 0 && justHappened && !rules.quiet.holdFirstText;
    if (d.quietExempt || !call.contact)
        return;
    const QuietHours::Place place = QuietHours::placeOf(call.contact->e164(), businessZone);
    const qint64 allowed = QuietHours::nextAllowedMs(d.sendAtMs, place, rules.quiet);
    if (allowed == d.sendAtMs)
        return;
    d.sendAtMs = allowed;
    d.code = DecisionCode::QuietHours;
    const QTime opens = QDateTime::fromMSecsSinceEpoch(allowed, place.zone).time();
    //: %1 is the name of a time zone, %2 a time of day. Not shown: %n is the
    //: hour of %2 (1 for 1:00 PM), so the wording can agree with it, as in
    //: Spanish "a la 1:00" but "a las 8:00".
    d.reason += QLatin1String("; ")
                + Tr::tr("quiet hours in the caller's time zone (%1), sends at %2",
                         nullptr,
                         TimeOfDay::shownHour(opens))
                      .arg(QuietHours::zoneLabel(place.zone), TimeOfDay::text(opens));
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
        return {Decision::NotApplicable, DecisionCode::Answered, Tr::tr("answered"), QString(), 0};
    if (!rules.triggers.contains(call.result))
        return held(DecisionCode::NotATrigger,
                    Tr::tr("%1: not set to text back").arg(callResultWords(call.result)));
    if (call.ringSeconds >= 0 && call.ringSeconds < rules.minRingSeconds)
        return held(DecisionCode::PocketDial,
                    QCoreApplication::translate("ringback::TextBackPolicy",
                                                "hung up after %n second(s): likely a pocket dial",
                                                nullptr,
                                                call.ringSeconds));

    const LineRules &line = rules.line(call.businessNumber);
    if (!line.enabled)
        return held(DecisionCode::LineOff, Tr::tr("text-back is off for this line"));

    if (!call.contact) {
        const bool withheld
            = call.rawFrom.trimmed().isEmpty() || PhoneNumber::isWithheld(call.rawFrom);
        return held(withheld ? DecisionCode::Withheld : DecisionCode::InvalidNumber,
                    withheld ? Tr::tr("caller withheld their number")
                             : Tr::tr("not textable: %1").arg(call.contact.errorMessage()));
    }
    const PhoneNumber &contact = call.contact.value();
    if (!isTextableType(contact.type()))
        return held(DecisionCode::NotTextable,
                    Tr::tr("not textable: this kind of number cannot receive texts"));
    if (call.undeliverableAtMs > 0)
        return held(DecisionCode::CantReceiveTexts, cantReceiveReason(call, line.hours.timeZone()));
    if (!rules.textInternational && contact.regionCode() != call.homeRegion)
        return held(DecisionCode::International,
                    Tr::tr("international number (%1): international texting is off")
                        .arg(contact.regionCode()));
    if (call.spam)
        return held(DecisionCode::Spam, Tr::tr("marked as spam"));
    if (call.blocked)
        return held(DecisionCode::Blocked, Tr::tr("blocked number"));
    if (call.knownContact)
        return held(DecisionCode::KnownContact, Tr::tr("known contact or vendor"));
    if (call.facts.optOut == OptOutState::OptedOut) {
        // How and when, from the ledger: "opted out (replied STOP on 3 Nov 2026)".
        return held(DecisionCode::OptedOut,
                    call.facts.optOutReason.isEmpty()
                        ? Tr::tr("opted out")
                        : Tr::tr("opted out (%1)").arg(call.facts.optOutReason));
    }
    if (call.facts.optOut == OptOutState::Probable)
        return held(DecisionCode::ProbableOptOut, Tr::tr("probable opt-out waiting for review"));
    if (rules.spamCalls > 0 && call.recentCalls >= rules.spamCalls && !call.everReplied)
        return held(DecisionCode::SpamPattern,
                    QCoreApplication::translate("ringback::TextBackPolicy",
                                                "called %n time(s) in %1 min and never texted "
                                                "back: likely a robocaller",
                                                nullptr,
                                                call.recentCalls)
                        .arg(rules.spamMinutes));
    if (call.facts.lastAutoTextMs > 0
        && call.nowMs - call.facts.lastAutoTextMs < rules.dedupWindowMs)
        return held(DecisionCode::RepeatCall,
                    Tr::tr("repeat call: already texted %1")
                        .arg(ago(call.nowMs - call.facts.lastAutoTextMs)));
    const qint64 lastTalk = std::max(call.facts.lastInboundMs, call.facts.lastOfficeMessageMs);
    if (lastTalk > 0 && call.nowMs - lastTalk < rules.activeWindowMs)
        return held(
            DecisionCode::ActiveConversation,
            Tr::tr("conversation active (last message %1)").arg(ago(call.nowMs - lastTalk)));
    if (call.callEndedMs > 0 && call.nowMs - call.callEndedMs > rules.maxCatchUpAgeMs) {
        if (call.engineStartedMs > 0 && call.callEndedMs < call.engineStartedMs)
            return held(DecisionCode::MissedWhileClosed,
                        Tr::tr("missed while Ringback was closed: call back instead"));
        return held(DecisionCode::TooOld,
                    Tr::tr("reported %1, too late to text: call back instead")
                        .arg(ago(call.nowMs - call.callEndedMs)));
    }

    const QDateTime ended = QDateTime::fromMSecsSinceEpoch(
        call.callEndedMs > 0 ? call.callEndedMs : call.nowMs, Qt::UTC);
    const BusinessHours::Period period = line.hours.periodAt(ended);
    if (line.afterHoursOnly && period == BusinessHours::Period::Open)
        return held(DecisionCode::BusinessHoursOnly,
                    Tr::tr("during business hours: this line texts back only when closed"));

    CallDecision d;
    d.decision = Decision::Texted;
    d.code = DecisionCode::Texted;
    d.sendAtMs = call.nowMs + qint64(rules.sendDelaySeconds) * 1000;
    switch (period) {
    case BusinessHours::Period::Open:
        d.templateId = rules.businessHoursTemplate;
        d.reason = Tr::tr("business hours");
        break;
    case BusinessHours::Period::Closed:
        d.templateId = rules.afterHoursTemplate;
        d.reason = Tr::tr("after hours");
        break;
    case BusinessHours::Period::Holiday:
        d.templateId = rules.holidayTemplate;
        d.reason = Tr::tr("closed for a holiday");
        break;
    }
    applyQuietHours(d, call, rules, line.hours.timeZone());
    return d;
}

} // namespace ringback
