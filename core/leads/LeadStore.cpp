#include "leads/LeadStore.h"

#include "store/SqlHelpers.h"

namespace ringback {

using sql::run;

LeadStore::LeadStore(Database &db)
    : m_db(db)
{}

Status LeadStore::enterQueue(qint64 conversationId, qint64 atMs)
{
    // SET expressions read the row as it was before the update.
    return run(
        m_db.db(),
        QStringLiteral("UPDATE conversations SET "
                       "waiting_since = CASE WHEN needs_callback = 1 AND waiting_since IS NOT NULL "
                       "THEN min(waiting_since, ?) ELSE ? END, "
                       "callback_attempts = CASE WHEN needs_callback = 1 THEN callback_attempts "
                       "ELSE 0 END, "
                       "callback_outcome = CASE WHEN needs_callback = 1 THEN callback_outcome "
                       "ELSE '' END, "
                       "needs_callback = 1, screened = 0, snoozed_until = NULL WHERE id = ?"),
        {atMs, atMs, conversationId});
}

Status LeadStore::officeWrote(qint64 conversationId)
{
    // Out of the queue unless urgent; no longer only a screened caller.
    // SET expressions read the row as it was before the update.
    return run(m_db.db(),
               QStringLiteral("UPDATE conversations SET screened = 0, "
                              "snoozed_until = CASE WHEN needs_callback = 1 AND urgent = 0 "
                              "THEN NULL ELSE snoozed_until END, "
                              "needs_callback = CASE WHEN urgent = 0 THEN 0 ELSE needs_callback "
                              "END WHERE id = ?"),
               {conversationId});
}

Status LeadStore::screen(qint64 conversationId, bool leaveQueue)
{
    // A robocaller's pattern also takes it out of the queue (it never wrote,
    // so it is not urgent); a pocket dial only marks a caller nobody waits for.
    return run(m_db.db(),
               leaveQueue ? QStringLiteral("UPDATE conversations SET screened = 1, "
                                           "needs_callback = 0, snoozed_until = NULL "
                                           "WHERE id = ? AND urgent = 0")
                          : QStringLiteral("UPDATE conversations SET screened = 1 "
                                           "WHERE id = ? AND needs_callback = 0"),
               {conversationId});
}

Status LeadStore::recordCallback(qint64 conversationId,
                                 CallbackOutcome outcome,
                                 const QString &actor,
                                 qint64 nowMs)
{
    if (outcome == CallbackOutcome::Reached) {
        return run(
            m_db.db(),
            QStringLiteral(
                "UPDATE conversations SET lead_state = CASE WHEN lead_state = 'booked' "
                "THEN 'booked' ELSE 'called_back' END, "
                "needs_callback = 0, screened = 0, snoozed_until = NULL, callback_outcome = ?, "
                "callback_attempts = callback_attempts + 1, handled_by = ?, handled_at = ? "
                "WHERE id = ?"),
            {toString(outcome), actor, nowMs, conversationId});
    }
    // Not reached: they keep waiting (and join the queue if they were not in it).
    return run(
        m_db.db(),
        QStringLiteral("UPDATE conversations SET "
                       "waiting_since = CASE WHEN needs_callback = 1 AND waiting_since IS NOT NULL "
                       "THEN waiting_since ELSE ? END, "
                       "needs_callback = 1, screened = 0, callback_outcome = ?, "
                       "callback_attempts = callback_attempts + 1, handled_by = ?, handled_at = ? "
                       "WHERE id = ?"),
        {nowMs, toString(outcome), actor, nowMs, conversationId});
}

Status LeadStore::book(qint64 conversationId, qint64 whenMs, const QString &actor, qint64 nowMs)
{
    return run(
        m_db.db(),
        QStringLiteral("UPDATE conversations SET lead_state = 'booked', booked_for = ?, "
                       "needs_callback = 0, screened = 0, snoozed_until = NULL, handled_by = ?, "
                       "handled_at = ? WHERE id = ?"),
        {whenMs, actor, nowMs, conversationId});
}

Status
LeadStore::setState(qint64 conversationId, LeadState state, const QString &actor, qint64 nowMs)
{
    const bool leaves
        = state == LeadState::CalledBack || state == LeadState::Booked || state == LeadState::Lost;
    return run(m_db.db(),
               QStringLiteral("UPDATE conversations SET lead_state = ?, screened = 0, "
                              "needs_callback = CASE WHEN ? THEN 0 ELSE needs_callback END, "
                              "snoozed_until = CASE WHEN ? THEN NULL ELSE snoozed_until END, "
                              "handled_by = ?, handled_at = ? WHERE id = ?"),
               {toString(state), leaves ? 1 : 0, leaves ? 1 : 0, actor, nowMs, conversationId});
}

Status LeadStore::snooze(qint64 conversationId, qint64 untilMs, const QString &actor, qint64 nowMs)
{
    return run(m_db.db(),
               QStringLiteral("UPDATE conversations SET snoozed_until = ?, handled_by = ?, "
                              "handled_at = ? WHERE id = ?"),
               {untilMs, actor, nowMs, conversationId});
}

Status LeadStore::setDetails(qint64 conversationId,
                             const QString &address,
                             const QString &service,
                             const QString &notes,
                             const QString &actor,
                             qint64 nowMs)
{
    return run(m_db.db(),
               QStringLiteral("UPDATE conversations SET address = ?, service = ?, notes = ?, "
                              "handled_by = ?, handled_at = ? WHERE id = ?"),
               {address, service, notes, actor, nowMs, conversationId});
}

Status LeadStore::touchHandled(qint64 conversationId, const QString &actor, qint64 nowMs)
{
    return run(
        m_db.db(),
        QStringLiteral("UPDATE conversations SET handled_by = ?, handled_at = ? WHERE id = ?"),
        {actor, nowMs, conversationId});
}

Status LeadStore::appendEvent(qint64 conversationId,
                              const QString &event,
                              const QString &detail,
                              const QString &actor,
                              qint64 nowMs)
{
    return run(m_db.db(),
               QStringLiteral("INSERT INTO lead_events (conversation_id, event, lead_state, "
                              "detail, actor, at) SELECT id, ?, lead_state, ?, ?, ? "
                              "FROM conversations WHERE id = ?"),
               {event, detail, actor, nowMs, conversationId});
}

} // namespace ringback
