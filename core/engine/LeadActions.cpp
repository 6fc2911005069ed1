// Leads and the morning call-back queue: who waits for a call-back (set as
// calls, replies and office texts are stored) and what the office did about
// each lead (outcomes, bookings, snoozes, details), with its history.

#include "engine/LeadActions.h"

#include "leads/LeadStore.h"
#include "store/Database.h"
#include "store/Queries.h"

namespace ringback {

namespace {

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

QString LeadActions::cleanActor(const QString &actor)
{
    return actor.simplified().left(leads::kMaxActor);
}

LeadActions::LeadActions(Database &db, Clock &clock, std::function<void(qint64)> changed)
    : m_db(db)
    , m_store(db)
    , m_clock(clock)
    , m_changed(std::move(changed))
{}

Status LeadActions::afterMissedCall(qint64 conversationId,
                                    qint64 callEndedMs,
                                    bool callable,
                                    DecisionCode decisionCode)
{
    // A withheld number cannot be called back; a blocked one is not wanted.
    if (!callable)
        return {};
    // Likely pocket dials and robocallers are listed under Screened instead.
    if (decisionCode == DecisionCode::PocketDial)
        return LeadStore(m_db).screen(conversationId, false);
    if (decisionCode == DecisionCode::SpamPattern)
        return LeadStore(m_db).screen(conversationId, true);
    return LeadStore(m_db).enterQueue(conversationId,
                                      callEndedMs > 0 ? callEndedMs : m_clock.nowMs());
}

Status LeadActions::afterReply(qint64 conversationId, qint64 atMs, bool keywordOnly)
{
    // STOP, START, HELP: the carrier's business, not a lead's question.
    if (keywordOnly)
        return {};
    return LeadStore(m_db).enterQueue(conversationId, atMs);
}

Status LeadActions::afterOfficeText(qint64 conversationId)
{
    return LeadStore(m_db).officeWrote(conversationId);
}

Result<Conversation> LeadActions::leadFor(qint64 conversationId, bool refuseSpam)
{
    const auto conversation = m_store.conversation(conversationId);
    if (!conversation)
        return Error(tr("This conversation no longer exists."));
    if (refuseSpam && conversation->leadState == LeadState::Spam)
        return Error(tr("This number is marked as spam. Mark it as not spam first."));
    return *conversation;
}

Status LeadActions::change(qint64 conversationId,
                           SpamLeads spam,
                           const QString &event,
                           const QString &actor,
                           const std::function<Status(Change &)> &write)
{
    Transaction tx(m_db);
    const auto lead = leadFor(conversationId, spam == SpamLeads::Refuse);
    if (!lead)
        return Error(lead.errorMessage());
    LeadStore store(m_db);
    Change change{store, lead.value(), cleanActor(actor), m_clock.nowMs(), QString()};
    Status ok = write(change);
    if (ok && change.detail.isEmpty())
        return {}; // nothing changed: nothing to record (rolled back)
    if (ok)
        ok = store.appendEvent(conversationId, event, change.detail, change.who, change.now);
    if (ok)
        ok = tx.commit();
    if (ok)
        m_changed(conversationId);
    return ok;
}

Status LeadActions::calledBack(qint64 conversationId, CallbackOutcome outcome, const QString &actor)
{
    return change(conversationId, SpamLeads::Refuse, leads::kEventCallback, actor, [&](Change &c) {
        c.detail = toString(outcome);
        return c.store.recordCallback(conversationId, outcome, c.who, c.now);
    });
}

Status LeadActions::booked(qint64 conversationId,
                           const QDateTime &when,
                           const QString &actor,
                           const QString &note)
{
    if (!when.isValid())
        return Error(tr("Choose the date and time of the booking."));
    const QString cleanNote = note.trimmed();
    if (cleanNote.size() > leads::kMaxBookingNote)
        return Error(tr("The booking note can be at most %1 characters long (it has %2).")
                         .arg(leads::kMaxBookingNote)
                         .arg(cleanNote.size()));
    const qint64 at = when.toMSecsSinceEpoch();
    return change(conversationId, SpamLeads::Refuse, leads::kEventBooked, actor, [&](Change &c) {
        // detail: the booked time (ISO 8601 UTC), then the note after a space.
        c.detail = cleanNote.isEmpty() ? isoUtc(at) : isoUtc(at) + QLatin1Char(' ') + cleanNote;
        return c.store.book(conversationId, at, c.who, c.now);
    });
}

Status LeadActions::notALead(qint64 conversationId, const QString &actor)
{
    return change(conversationId, SpamLeads::Refuse, leads::kEventState, actor, [&](Change &c) {
        c.detail = toString(LeadState::Lost);
        return c.store.setState(conversationId, LeadState::Lost, c.who, c.now);
    });
}

Status LeadActions::snooze(qint64 conversationId, const QDateTime &until, const QString &actor)
{
    if (!until.isValid() || until.toMSecsSinceEpoch() <= m_clock.nowMs())
        return Error(tr("Choose a time in the future to snooze until."));
    const qint64 untilMs = until.toMSecsSinceEpoch();
    return change(conversationId, SpamLeads::Refuse, leads::kEventSnooze, actor, [&](Change &c) {
        c.detail = isoUtc(untilMs);
        return c.store.snooze(conversationId, untilMs, c.who, c.now);
    });
}

Status
LeadActions::setLeadDetails(qint64 conversationId, const LeadDetails &details, const QString &actor)
{
    const QString address = details.address.simplified();
    const QString service = details.service.simplified();
    const QString notes = details.notes.trimmed();
    const std::optional<QString> name
        = details.name ? std::optional<QString>(details.name->simplified()) : std::nullopt;
    if (name && name->size() > leads::kMaxName)
        return Error(tr("A name can be at most 80 characters long."));
    if (address.size() > leads::kMaxAddress)
        return Error(tr("The address can be at most %1 characters long (it has %2).")
                         .arg(leads::kMaxAddress)
                         .arg(address.size()));
    if (service.size() > leads::kMaxService)
        return Error(tr("The service can be at most %1 characters long (it has %2).")
                         .arg(leads::kMaxService)
                         .arg(service.size()));
    if (notes.size() > leads::kMaxNotes)
        return Error(tr("The notes can be at most %1 characters long (they have %2).")
                         .arg(leads::kMaxNotes)
                         .arg(notes.size()));
    return change(conversationId, SpamLeads::Allow, leads::kEventDetails, actor, [&](Change &c) {
        // The history says which fields changed (not their text).
        const bool newName = name && *name != c.lead.displayName;
        QStringList changed;
        if (newName)
            changed << QStringLiteral("name");
        if (address != c.lead.address)
            changed << QStringLiteral("address");
        if (service != c.lead.service)
            changed << QStringLiteral("service");
        if (notes != c.lead.notes)
            changed << QStringLiteral("notes");
        if (changed.isEmpty())
            return Status();
        c.detail = changed.join(QStringLiteral(", "));
        Status ok;
        if (newName)
            ok = m_store.setDisplayName(conversationId, *name);
        if (ok)
            ok = c.store.setDetails(conversationId, address, service, notes, c.who, c.now);
        return ok;
    });
}

Result<int> LeadActions::markAllDone(const std::vector<qint64> &conversationIds,
                                     const QString &actor)
{
    const QString who = cleanActor(actor);
    const qint64 now = m_clock.nowMs();
    std::vector<qint64> marked;
    Transaction tx(m_db);
    LeadStore store(m_db);
    Status ok;
    for (const qint64 id : conversationIds) {
        const auto conversation = m_store.conversation(id);
        // Only callers still waiting: one may have been handled meanwhile.
        if (!conversation || !Queries::inCallbackQueue(*conversation, now))
            continue;
        ok = store.recordCallback(id, CallbackOutcome::Reached, who, now);
        if (ok)
            ok = store.appendEvent(
                id, leads::kEventCallback, toString(CallbackOutcome::Reached), who, now);
        if (!ok)
            return Error(ok.errorMessage());
        marked.push_back(id);
    }
    ok = tx.commit();
    if (!ok)
        return Error(ok.errorMessage());
    for (const qint64 id : marked)
        m_changed(id);
    return int(marked.size());
}

} // namespace ringback
