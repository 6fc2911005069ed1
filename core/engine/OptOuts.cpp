// Opt-outs: replies, provider refusals, the office's records (OptOuts.h).

#include "engine/OptOuts.h"

#include "engine/Keywords.h"
#include "engine/OptOutDetector.h"
#include "engine/Outbox.h"
#include "phone/PhoneNumber.h"
#include "store/Database.h"

namespace ringback {

OptOuts::OptOuts(Database &db,
                 OptOutLedger &ledger,
                 Outbox &outbox,
                 QString providerId,
                 const EngineConfig &config,
                 Clock &clock,
                 OptOutHooks &hooks)
    : m_db(db)
    , m_store(db)
    , m_ledger(ledger)
    , m_outbox(outbox)
    , m_providerId(std::move(providerId))
    , m_config(config)
    , m_clock(clock)
    , m_hooks(hooks)
{}

OptOutEvent::Scope OptOuts::scope() const
{
    return m_config.optOutAllLines ? OptOutEvent::Scope::All : OptOutEvent::Scope::Line;
}

Status OptOuts::recordEvent(const Conversation &conversation,
                            OptOutEvent::Type type,
                            const QString &source,
                            const QString &detail,
                            const QString &actor,
                            std::optional<OptOutEvent::Scope> eventScope)
{
    OptOutEvent e;
    e.contactNumber = conversation.contactNumber;
    e.businessNumber = conversation.businessNumber;
    e.type = type;
    e.source = source;
    e.detail = detail;
    e.actor = actor;
    e.scope = eventScope.value_or(scope());
    e.atMs = m_clock.nowMs();
    const auto id = m_ledger.record(e);
    return id ? Status() : Status(Error(id.errorMessage()));
}

Status OptOuts::queueConfirmation(qint64 conversationId)
{
    return m_outbox.queue(
        conversationId,
        MessageKind::System,
        m_config.systemText(m_config.optOutConfirmation, EngineConfig().optOutConfirmation),
        0);
}

Status OptOuts::applyReply(qint64 conversationId, const QString &body, bool *changed)
{
    const auto conversation = m_store.conversation(conversationId);
    if (!conversation)
        return Error(tr("no conversation %1").arg(conversationId));
    const OptOutState state = conversation->optOut;
    const Keyword keyword = classifyKeyword(body);
    Status ok;
    if (keyword == Keyword::OptOut) {
        if (state == OptOutState::OptedOut)
            return {}; // already out: no second event, no second confirmation
        ok = recordEvent(*conversation,
                         OptOutEvent::Type::OptOut,
                         OptOutEvent::kKeyword,
                         keywordText(body),
                         QString());
        *changed = true;
        // One confirmation, and none when the provider sends its own.
        if (ok && !m_config.providerAnswers(body))
            ok = queueConfirmation(conversationId);
        return ok;
    }
    if (keyword == Keyword::OptIn) {
        // START after STOP. A probable opt-out waits for a person instead:
        // "Yes" may answer anything.
        if (state != OptOutState::OptedOut)
            return {};
        *changed = true;
        return recordEvent(*conversation,
                           OptOutEvent::Type::OptIn,
                           OptOutEvent::kKeyword,
                           keywordText(body),
                           QString());
    }
    if (keyword != Keyword::None || state == OptOutState::OptedOut)
        return {};
    const OptOutMatch match = OptOutDetector::classify(body);
    if (match.kind != OptOutMatch::Kind::Probable)
        return {};
    // Automation stops at once; nothing is sent until a person confirms.
    ok = recordEvent(
        *conversation, OptOutEvent::Type::Probable, OptOutEvent::kReply, match.phrase, QString());
    *changed = true;
    const std::vector<qint64> affected = scope() == OptOutEvent::Scope::All
                                             ? m_store.conversationsOf(conversation->contactNumber)
                                             : std::vector<qint64>{conversationId};
    for (const qint64 id : affected) {
        if (!ok)
            break;
        const auto canceled = m_store.cancelPendingAutoTexts(
            id, DecisionCode::ProbableOptOut, tr("not sent: probable opt-out waiting for review"));
        ok = canceled ? Status() : Status(Error(canceled.errorMessage()));
    }
    return ok;
}

Status OptOuts::applyProviderRefusal(qint64 conversationId, const QString &detail, bool *changed)
{
    const auto conversation = m_store.conversation(conversationId);
    if (!conversation || conversation->optOut == OptOutState::OptedOut)
        return {}; // already out: the first event stays the reason
    *changed = true;
    return recordEvent(
        *conversation, OptOutEvent::Type::OptOut, OptOutEvent::kProvider, detail, m_providerId);
}

QString OptOuts::refusal(const Conversation &conversation)
{
    const QString number = PhoneNumber::display(conversation.contactNumber, m_config.homeRegion);
    if (const auto event = m_ledger.currentEvent(conversation.id))
        return OptOutLedger::refusal(*event, number);
    return tr("Not sent: %1 opted out of texts (%2).").arg(number, conversation.optOutReason);
}

Status OptOuts::confirmProbable(qint64 conversationId, const QString &actor)
{
    Transaction tx(m_db);
    const auto conversation = m_store.conversation(conversationId);
    if (!conversation)
        return Error(tr("This conversation no longer exists."));
    if (conversation->optOut != OptOutState::Probable)
        return Error(tr("There is no probable opt-out to confirm in this conversation."));
    const auto probable = m_ledger.currentEvent(conversationId);
    Status ok = recordEvent(*conversation,
                            OptOutEvent::Type::OptOut,
                            OptOutEvent::kConfirmedReply,
                            probable ? probable->detail : QString(),
                            actor);
    // The one confirmation. The provider saw no keyword here, so it sent none.
    if (ok)
        ok = queueConfirmation(conversationId);
    if (ok)
        ok = tx.commit();
    if (!ok)
        return ok;
    m_hooks.contactUpdated(conversation->contactNumber);
    m_hooks.outboxDue();
    return {};
}

Status OptOuts::dismissProbable(qint64 conversationId, const QString &actor)
{
    Transaction tx(m_db);
    const auto conversation = m_store.conversation(conversationId);
    if (!conversation)
        return Error(tr("This conversation no longer exists."));
    if (conversation->optOut != OptOutState::Probable)
        return Error(tr("There is no probable opt-out to dismiss in this conversation."));
    const auto probable = m_ledger.currentEvent(conversationId);
    // Clears exactly what the probable opt-out covered.
    Status ok = recordEvent(*conversation,
                            OptOutEvent::Type::Dismissed,
                            OptOutEvent::kManual,
                            probable ? probable->detail : QString(),
                            actor,
                            probable ? std::optional(probable->scope) : std::nullopt);
    if (ok)
        ok = tx.commit();
    if (!ok)
        return ok;
    m_hooks.contactUpdated(conversation->contactNumber);
    return {};
}

Status OptOuts::recordManualOptOut(qint64 conversationId, const QString &actor, const QString &note)
{
    return recordManualEvent(conversationId, OptOutEvent::Type::OptOut, actor, note);
}

Status OptOuts::recordManualOptIn(qint64 conversationId, const QString &actor, const QString &note)
{
    return recordManualEvent(conversationId, OptOutEvent::Type::OptIn, actor, note);
}

Status OptOuts::recordManualEvent(qint64 conversationId,
                                  OptOutEvent::Type type,
                                  const QString &actor,
                                  const QString &note)
{
    const bool optIn = type == OptOutEvent::Type::OptIn;
    Transaction tx(m_db);
    const auto conversation = m_store.conversation(conversationId);
    if (!conversation)
        return Error(tr("This conversation no longer exists."));
    if (!optIn && conversation->optOut == OptOutState::OptedOut)
        return Error(tr("This number has already opted out."));
    if (optIn && conversation->optOut == OptOutState::None)
        return Error(tr("This number has not opted out."));
    Status ok = recordEvent(*conversation, type, OptOutEvent::kManual, note, actor);
    if (ok)
        ok = tx.commit();
    if (!ok)
        return ok;
    m_hooks.contactUpdated(conversation->contactNumber);
    if (optIn)
        m_hooks.outboxDue(); // texts held for the opt-out may go now
    return {};
}

} // namespace ringback
