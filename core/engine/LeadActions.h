#pragma once

#include "domain/DecisionCode.h"
#include "domain/Records.h"
#include "leads/Leads.h"
#include "store/Store.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QCoreApplication>

#include <functional>
#include <vector>

namespace ringback {

class LeadStore;

class Database;

// Leads and the morning call-back queue (README, "The window": Call-back
// queue): who waits for a call-back (written in the transaction of the call,
// reply or office text it follows from) and what the office did about each
// lead, with its history (lead_events) and who handled it when. Each action
// is one transaction; refused, with the reason, for an unknown conversation
// and for spam (all but setLeadDetails). The lead panel's state combo is
// Engine::setLeadState: it crosses into spam (Screening.cpp).
class LeadActions final
{
    // Its texts are the engine's (translations/, context ringback::Engine).
    Q_DECLARE_TR_FUNCTIONS(ringback::Engine)

public:
    // changed: a conversation changed (after the commit).
    LeadActions(Database &db, Clock &clock, std::function<void(qint64)> changed);
    Q_DISABLE_COPY_MOVE(LeadActions)

    // Queue membership, inside the caller's transaction.
    Status afterMissedCall(qint64 conversationId,
                           qint64 callEndedMs,
                           bool callable,
                           DecisionCode decisionCode);
    Status afterReply(qint64 conversationId, qint64 atMs, bool keywordOnly);
    Status afterOfficeText(qint64 conversationId);

    // The office's outcomes; `actor` names the person.
    Status calledBack(qint64 conversationId, CallbackOutcome outcome, const QString &actor);
    Status
    booked(qint64 conversationId, const QDateTime &when, const QString &actor, const QString &note);
    Status notALead(qint64 conversationId, const QString &actor);
    Status snooze(qint64 conversationId, const QDateTime &until, const QString &actor);
    Status setLeadDetails(qint64 conversationId, const LeadDetails &details, const QString &actor);
    Result<int> markAllDone(const std::vector<qint64> &conversationIds, const QString &actor);

    // The conversation as a lead; refused when unknown (or spam, if asked).
    Result<Conversation> leadFor(qint64 conversationId, bool refuseSpam);
    static QString cleanActor(const QString &actor);

private:
    // One office action on a lead, in one transaction: the lead is looked up
    // (refused when unknown, and when spam unless `spam` allows it), `write`
    // changes it and says what in `detail`, the lead's history gets one event
    // with that detail, and the change is announced. An empty detail means
    // nothing changed: nothing is written or announced.
    struct Change
    {
        LeadStore &store;
        const Conversation &lead;
        const QString who;
        const qint64 now;
        QString detail;
    };
    enum class SpamLeads { Refuse, Allow };
    Status change(qint64 conversationId,
                  SpamLeads spam,
                  const QString &event,
                  const QString &actor,
                  const std::function<Status(Change &)> &write);

    Database &m_db;
    Store m_store;
    Clock &m_clock;
    std::function<void(qint64)> m_changed;
};

} // namespace ringback
