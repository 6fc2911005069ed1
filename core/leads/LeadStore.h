#pragma once

#include "domain/Records.h"
#include "leads/Leads.h"
#include "store/Database.h"
#include "util/Result.h"

namespace ringback {

// The writing side of leads and the call-back queue, used by the engine on
// its own connection. Like Store, each method is one statement; the engine
// groups them in a Transaction with the write they belong to.
//
// Queue membership: needs_callback = 1 while the caller waits for a person,
// waiting_since = when they started waiting (kept while they still wait).
// The queue itself (Queries::callbackQueuePage) also leaves out spam and
// conversations snoozed into the future.
class LeadStore
{
public:
    explicit LeadStore(Database &db);

    // The caller is waiting (a missed call, a reply): joins the queue from
    // atMs, or keeps the earlier time if already waiting. A snooze ends: they
    // got in touch again. A new wait starts its call-back attempts at 0.
    Status enterQueue(qint64 conversationId, qint64 atMs);
    // The office texted the caller: they leave the queue, unless the
    // conversation is urgent (then only an outcome takes it out).
    Status officeWrote(qint64 conversationId);
    // The caller's missed call was held as a likely pocket dial (stays in
    // the queue if already waiting) or robocaller (leaves the queue unless
    // urgent): listed under Screened. Any later activity clears it.
    Status screen(qint64 conversationId, bool leaveQueue);

    // The outcomes. Each records who acted and when (handled_by, handled_at).
    // Reached: called back (a booked lead stays booked) and out of the queue.
    // No answer, voicemail: one more attempt; the caller keeps waiting.
    Status recordCallback(qint64 conversationId,
                          CallbackOutcome outcome,
                          const QString &actor,
                          qint64 nowMs);
    Status book(qint64 conversationId, qint64 whenMs, const QString &actor, qint64 nowMs);
    // Any state but spam (Store::markSpam). Called back, booked and lost
    // leave the queue; new and replied leave the membership as it is.
    Status setState(qint64 conversationId, LeadState state, const QString &actor, qint64 nowMs);
    Status snooze(qint64 conversationId, qint64 untilMs, const QString &actor, qint64 nowMs);
    Status setDetails(qint64 conversationId,
                      const QString &address,
                      const QString &service,
                      const QString &notes,
                      const QString &actor,
                      qint64 nowMs);
    // Records who acted and when without changing anything else.
    Status touchHandled(qint64 conversationId, const QString &actor, qint64 nowMs);

    // Appends to the lead's history, with the lead state as it is now (so
    // call it after the change it records).
    Status appendEvent(qint64 conversationId,
                       const QString &event,
                       const QString &detail,
                       const QString &actor,
                       qint64 nowMs);

private:
    Database &m_db;
};

} // namespace ringback
