// What the office does in a conversation: a text of its own, the caller's
// name, marking it read, the lead panel's state (the call-back queue's
// outcomes are LeadActions.h).

#include "engine/Engine.h"

#include "leads/LeadStore.h"
#include "phone/PhoneNumber.h"

namespace ringback {

namespace {

constexpr int kMaxBodyLength = 1600; // Twilio's and Quo's limit

} // namespace

Status Engine::sendManual(qint64 conversationId, const QString &body, QuietHoursCheck quiet)
{
    const QString text = body.trimmed();
    if (text.isEmpty())
        return Error(tr("The message is empty."));
    if (text.size() > kMaxBodyLength)
        return Error(tr("The message is %1 characters long; the limit is %2.")
                         .arg(text.size())
                         .arg(kMaxBodyLength));
    Transaction tx(m_db);
    const auto conversation = m_store.conversation(conversationId);
    if (!conversation)
        return Error(tr("This conversation no longer exists."));
    if (conversation->optOut == OptOutState::OptedOut)
        return Error(m_optOuts.refusal(*conversation));
    if (!PhoneNumber::parse(conversation->contactNumber, m_config.homeRegion))
        return Error(tr("Not sent: %1 is not a number that can receive texts.")
                         .arg(conversation->contactNumber));
    if (quiet == QuietHoursCheck::Respect) {
        const QString notice = m_screening.quietHoursNotice(conversationId);
        if (!notice.isEmpty())
            return Error(notice);
    }
    // The office wrote first: a delayed automatic opener is withdrawn.
    const auto canceled
        = m_store.cancelPendingAutoTexts(conversationId,
                                         DecisionCode::CanceledOfficeWrote,
                                         tr("not sent: the office wrote to the caller first"));
    Status ok = canceled ? Status() : Status(Error(canceled.errorMessage()));
    if (ok)
        ok = m_outbox.queue(
            conversationId, MessageKind::Manual, text, 0, 0, quiet == QuietHoursCheck::SendAnyway);
    if (ok)
        ok = m_leads.afterOfficeText(conversationId);
    if (ok)
        ok = tx.commit();
    if (!ok)
        return ok;
    emit conversationChanged(conversationId);
    processOutbox();
    return {};
}

Status Engine::markRead(qint64 conversationId)
{
    Transaction tx(m_db);
    Status ok = m_store.markRead(conversationId);
    if (ok)
        ok = tx.commit();
    if (ok)
        emit conversationChanged(conversationId);
    return ok;
}

Status Engine::setDisplayName(qint64 conversationId, const QString &name)
{
    const QString clean = name.simplified();
    if (clean.size() > 80)
        return Error(tr("A name can be at most 80 characters long."));
    Transaction tx(m_db);
    if (!m_store.conversation(conversationId))
        return Error(tr("This conversation no longer exists."));
    Status ok = m_store.setDisplayName(conversationId, clean);
    if (ok)
        ok = tx.commit();
    if (ok)
        emit conversationChanged(conversationId);
    return ok;
}

Status Engine::setLeadState(qint64 conversationId, LeadState state, const QString &actor)
{
    const QString who = LeadActions::cleanActor(actor);
    auto current = m_leads.leadFor(conversationId, false);
    if (!current)
        return Error(current.errorMessage());
    if (current->leadState == state)
        return {};
    // Spam blocks the number on every line and withdraws pending texts; not
    // spam undoes exactly that. Then the history records who did it.
    if (state == LeadState::Spam || current->leadState == LeadState::Spam) {
        const Status spam = state == LeadState::Spam ? m_screening.markSpam(conversationId)
                                                     : m_screening.markNotSpam(conversationId);
        if (!spam)
            return spam;
    }
    const qint64 now = m_clock.nowMs();
    Transaction tx(m_db);
    const auto lead = m_leads.leadFor(conversationId, false);
    if (!lead)
        return Error(lead.errorMessage());
    LeadStore store(m_db);
    // markNotSpam restored the state from before spam; the combo's choice wins.
    Status ok = lead->leadState == state ? store.touchHandled(conversationId, who, now)
                                         : store.setState(conversationId, state, who, now);
    if (ok)
        ok = store.appendEvent(conversationId, leads::kEventState, toString(state), who, now);
    if (ok)
        ok = tx.commit();
    if (ok)
        emit conversationChanged(conversationId);
    return ok;
}

} // namespace ringback
