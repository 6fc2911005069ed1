// Spam, numbers that can't receive texts, quiet hours (Screening.h).

#include "engine/Screening.h"

#include "engine/Outbox.h"
#include "rules/QuietHours.h"
#include "store/Database.h"
#include "templates/TemplateLinter.h"
#include "util/TimeOfDay.h"

namespace ringback {

Screening::Screening(Database &db, const EngineConfig &config, Clock &clock, ScreeningHooks &hooks)
    : m_db(db)
    , m_store(db)
    , m_config(config)
    , m_clock(clock)
    , m_hooks(hooks)
{}

Status Screening::screenCall(CallContext &context, const QString &from, bool *firstAutoText)
{
    *firstAutoText = false;
    if (!context.contact)
        return {}; // withheld or invalid: nothing to look up
    const auto blockEntry = m_store.listEntry(from, Store::kBlockList);
    const auto undeliverable = m_store.listEntry(from, Store::kUndeliverableList);
    const qint64 since = context.callEndedMs - qint64(m_config.rules.spamMinutes) * 60000;
    const auto number = m_store.numberFacts(from, since);
    if (!blockEntry)
        return Error(blockEntry.errorMessage());
    if (!undeliverable)
        return Error(undeliverable.errorMessage());
    if (!number)
        return Error(number.errorMessage());

    const bool markedSpam = blockEntry.value() && blockEntry.value()->note == Store::kSpamNote;
    context.spam = context.facts.spam || markedSpam;
    // A spam number calling another line: that conversation is spam too.
    if (markedSpam && !context.facts.spam) {
        const Status ok = m_store.markSpam(from, m_clock.nowMs());
        if (!ok)
            return ok;
        context.facts.spam = true;
    }
    if (undeliverable.value()) {
        context.undeliverable = undeliverable.value()->note;
        context.undeliverableAtMs = std::max<qint64>(1, undeliverable.value()->addedAtMs);
    }
    context.recentCalls = number->callsSince + 1; // this call is not stored yet
    context.everReplied = number->everReplied;
    *firstAutoText = !number->autoTexted && m_config.rules.optOutHint;
    return {};
}

QString Screening::withOptOutHint(const QString &text) const
{
    for (const LintWarning &w : lint(text, true)) {
        if (w.code == QLatin1String("no_opt_out")) {
            //: Appended to the first automatic text to a number when its template has no
            //: opt-out hint. Keep STOP in English: carriers only understand that keyword.
            return text.trimmed() + QLatin1Char(' ') + tr("Reply STOP to opt out.");
        }
    }
    return text;
}

Status Screening::rememberUndeliverable(qint64 conversationId, const QString &detail)
{
    const auto conversation = m_store.conversation(conversationId);
    if (!conversation)
        return {};
    const QString contact = conversation->contactNumber;
    Status ok = m_store.setListed(
        contact, Store::kUndeliverableList, true, detail.left(300), m_clock.nowMs());
    for (const qint64 id : m_store.conversationsOf(contact)) {
        if (!ok)
            break;
        const auto canceled = m_store.cancelPendingAutoTexts(
            id,
            DecisionCode::CantReceiveTexts,
            tr("not sent: this number can't receive texts (%1)").arg(detail.left(120)));
        ok = canceled ? Status() : Status(Error(canceled.errorMessage()));
    }
    return ok;
}

std::optional<qint64> Screening::quietDeferral(const OutboxItem &item)
{
    const QuietHoursRules &quiet = m_config.rules.quiet;
    // HELP answers and the one opt-out confirmation answer a text the person
    // just sent: they go at once.
    if (!quiet.enabled || item.kind == MessageKind::System)
        return std::nullopt;
    const qint64 now = m_clock.nowMs();
    // The first text-back to a call that just happened, a manual "send
    // anyway": the first attempt goes now. Retries and late sends wait.
    if (item.quietOk && item.attempts == 0
        && now - item.nextAttemptMs <= QuietHours::kJustHappenedMs)
        return std::nullopt;
    const auto place
        = QuietHours::placeOf(item.to, m_config.rules.line(item.from).hours.timeZone());
    const qint64 allowed = QuietHours::nextAllowedMs(now, place, quiet);
    if (allowed <= now)
        return std::nullopt;
    return allowed;
}

QString Screening::quietHoursNotice(qint64 conversationId)
{
    const QuietHoursRules &quiet = m_config.rules.quiet;
    if (!quiet.enabled)
        return {};
    const auto conversation = m_store.conversation(conversationId);
    if (!conversation)
        return {};
    const auto place
        = QuietHours::placeOf(conversation->contactNumber,
                              m_config.rules.line(conversation->businessNumber).hours.timeZone());
    const qint64 now = m_clock.nowMs();
    const qint64 allowed = QuietHours::nextAllowedMs(now, place, quiet);
    if (allowed <= now)
        return {};
    const QTime local = QDateTime::fromMSecsSinceEpoch(now, place.zone).time();
    const QTime opens = QDateTime::fromMSecsSinceEpoch(allowed, place.zone).time();
    // Two sentences, one time each: a translation agrees with that time's
    // hour through the %n forms (TimeOfDay).
    //: %1 is the caller's time of day, %2 the name of the time zone. Not
    //: shown: %n is the hour of %1 (1 for 1:05 PM), so the wording can agree
    //: with it, as in Spanish "es la 1:05" but "son las 2:05".
    const QString it
        = tr("It's %1 for this caller (%2 time).", nullptr, TimeOfDay::shownHour(local))
              .arg(TimeOfDay::text(local), QuietHours::zoneLabel(place.zone));
    //: %1 is a time of day. Not shown: %n is its hour (1 for 1:00 PM), so the
    //: wording can agree with it, as in Spanish "hasta la 1:00" but "hasta las 8:00".
    const QString until = tr("Quiet hours until %1.", nullptr, TimeOfDay::shownHour(opens))
                              .arg(TimeOfDay::text(opens));
    return it + QLatin1Char(' ') + until;
}

std::optional<ListEntry> Screening::cantReceiveTexts(qint64 conversationId)
{
    const auto conversation = m_store.conversation(conversationId);
    if (!conversation)
        return std::nullopt;
    const auto entry = m_store.listEntry(conversation->contactNumber, Store::kUndeliverableList);
    return entry ? entry.value() : std::nullopt;
}

Status Screening::clearCantReceiveTexts(qint64 conversationId)
{
    Transaction tx(m_db);
    const auto conversation = m_store.conversation(conversationId);
    if (!conversation)
        return Error(tr("This conversation no longer exists."));
    const QString contact = conversation->contactNumber;
    const auto entry = m_store.listEntry(contact, Store::kUndeliverableList);
    if (!entry)
        return Error(entry.errorMessage());
    if (!entry.value())
        return Error(tr("This number is not marked as unable to receive texts."));
    Status ok = m_store.setListed(contact, Store::kUndeliverableList, false, {}, 0);
    // The office's word outranks a lookup: the number is not looked up again.
    if (ok)
        ok = m_store.rememberLineType(contact, Store::kTextableByOffice, m_clock.nowMs());
    if (ok)
        ok = tx.commit();
    if (!ok)
        return ok;
    m_hooks.contactUpdated(contact);
    return {};
}

bool Screening::screenSpamReply(qint64 conversationId)
{
    const auto conversation = m_store.conversation(conversationId);
    if (!conversation)
        return false;
    if (conversation->leadState == LeadState::Spam)
        return true;
    const auto blockEntry = m_store.listEntry(conversation->contactNumber, Store::kBlockList);
    if (!blockEntry || !blockEntry.value() || blockEntry.value()->note != Store::kSpamNote)
        return false;
    // The office marked the number as spam on another line.
    const Status ok = m_store.markSpam(conversation->contactNumber, m_clock.nowMs());
    m_hooks.report(QT_TR_NOOP("store a reply"), ok);
    return ok.isOk();
}

Status Screening::markSpam(qint64 conversationId)
{
    Transaction tx(m_db);
    const auto conversation = m_store.conversation(conversationId);
    if (!conversation)
        return Error(tr("This conversation no longer exists."));
    if (conversation->leadState == LeadState::Spam)
        return Error(tr("This number is already marked as spam."));
    const QString contact = conversation->contactNumber;
    Status ok = m_store.markSpam(contact, m_clock.nowMs());
    for (const qint64 id : m_store.conversationsOf(contact)) {
        if (!ok)
            break;
        const auto canceled = m_store.cancelPendingAutoTexts(
            id, DecisionCode::Spam, tr("not sent: marked as spam"));
        ok = canceled ? Status() : Status(Error(canceled.errorMessage()));
    }
    if (ok)
        ok = tx.commit();
    if (!ok)
        return ok;
    m_hooks.contactUpdated(contact);
    return {};
}

Status Screening::markNotSpam(qint64 conversationId)
{
    Transaction tx(m_db);
    const auto conversation = m_store.conversation(conversationId);
    if (!conversation)
        return Error(tr("This conversation no longer exists."));
    if (conversation->leadState != LeadState::Spam)
        return Error(tr("This number is not marked as spam."));
    Status ok = m_store.unmarkSpam(conversation->contactNumber);
    if (ok)
        ok = tx.commit();
    if (!ok)
        return ok;
    m_hooks.contactUpdated(conversation->contactNumber);
    return {};
}

} // namespace ringback
