#pragma once

#include "RingbackCoreExport.h"
#include "engine/EngineConfig.h"
#include "engine/LeadActions.h"
#include "engine/LineTypeGate.h"
#include "engine/OptOuts.h"
#include "engine/Outbox.h"
#include "engine/Screening.h"
#include "engine/TextBackPolicy.h"
#include "engine/UrgencyTriage.h"
#include "leads/Leads.h"
#include "provider/ProviderApi.h"
#include "store/OptOutLedger.h"
#include "store/Store.h"
#include "util/Clock.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace ringback {

// The text-back engine. It turns provider events into stored calls and
// messages, decides which missed calls get a text, and drains the outbox.
// Split by job, one file each (core/engine/):
//
//   CallIntake.cpp     a call or a reply comes in: stored, and for a missed
//                      call the decision (TextBackPolicy.cpp decides, the
//                      intake writes it) and the automatic text, if any
//   TextBackPolicy.cpp whether a missed call is texted, and why (pure)
//   Outbox.h           where a text is sent: queue, send, reconcile, status
//   RetryPolicy.h      where a retry is decided (back-off, Retry-After, give up)
//   LineTypeGate.h     the optional line-type lookup before a first text
//   Screening.h        spam, numbers that can't receive texts, quiet hours
//   OptOuts.h          STOP, START, probable opt-outs, the office's records
//   LeadActions.cpp    the call-back queue and what the office did per lead
//   OfficeActions.cpp  texts and names from the office
//
// The engine lives on a thread of its own with its own database connection
// (session/EngineSession.h); it is not thread-safe: everything it does, and
// everything done to it, runs there. The window reaches it through
// session/EngineClient.h.
//
// At most one automatic text per missed call, across crashes:
//  1. the call, the decision and the outbox row are written in one transaction
//     (CallIntake.cpp), and a unique index allows one automatic text per call
//     (store/Migrations.cpp);
//  2. the outbox marks a row "sending" and commits before the provider sees
//     it, and asks the provider before it sends again anything whose outcome
//     is unknown (Outbox.h).
class RINGBACK_CORE_EXPORT Engine final : public QObject,
                                          private ProviderEvents,
                                          private OutboxHooks,
                                          private OptOutHooks,
                                          private ScreeningHooks
{
    Q_OBJECT

public:
    Engine(Database &db,
           Provider &provider,
           QString providerId,
           EngineConfig config,
           Clock &clock = Clock::system(),
           QObject *parent = nullptr);
    ~Engine() override;
    Q_DISABLE_COPY_MOVE(Engine)

    void start();
    void stop();

    const EngineConfig &config() const { return m_config; }
    void setConfig(const EngineConfig &config)
    {
        m_config = config;
        m_triage = UrgencyTriage(config.urgencyRules);
    }
    ConnectionState connectionState() const { return m_state; }
    QString connectionDetail() const { return m_stateDetail; }

    enum class QuietHoursCheck { Respect, SendAnyway };
    // Queues a text from the office. Refused, with the reason, for an opted-out
    // or unknown conversation or an empty or over-long body, and in quiet
    // hours in the caller's time zone unless the office said "send anyway".
    Status sendManual(qint64 conversationId,
                      const QString &body,
                      QuietHoursCheck quiet = QuietHoursCheck::Respect);
    // It is quiet hours for this caller now: the sentence that says so
    // ("It's 10:04 PM for this caller (Central time) ..."); empty otherwise.
    QString quietHoursNotice(qint64 conversationId)
    {
        return m_screening.quietHoursNotice(conversationId);
    }

    // Spam (Screening.cpp): the number is blocked on every line, its
    // conversations leave the default list and pending automatic texts are
    // withdrawn. markNotSpam undoes exactly that.
    // The caller's name as the office knows it (shown instead of the number,
    // {first_name} in templates). Empty clears it. At most 80 characters.
    Status setDisplayName(qint64 conversationId, const QString &name);
    Status markSpam(qint64 conversationId) { return m_screening.markSpam(conversationId); }
    Status markNotSpam(qint64 conversationId) { return m_screening.markNotSpam(conversationId); }
    Status markRead(qint64 conversationId);

    // Opt-outs (README, "Opt-outs"); `actor` names the person in the office.
    // A probable opt-out (a longer reply asking to stop) holds automation
    // until someone confirms it (recorded, one confirmation text) or says it
    // is not one (automation resumes). Manual events send no text.
    Status confirmProbableOptOut(qint64 conversationId, const QString &actor)
    {
        return m_optOuts.confirmProbable(conversationId, actor);
    }
    Status dismissProbableOptOut(qint64 conversationId, const QString &actor)
    {
        return m_optOuts.dismissProbable(conversationId, actor);
    }
    Status
    recordManualOptOut(qint64 conversationId, const QString &actor, const QString &note = QString())
    {
        return m_optOuts.recordManualOptOut(conversationId, actor, note);
    }
    Status
    recordManualOptIn(qint64 conversationId, const QString &actor, const QString &note = QString())
    {
        return m_optOuts.recordManualOptIn(conversationId, actor, note);
    }

    // Runs the outbox now (tests with a manual clock call this after advancing).
    void processOutbox();

    // ---- Leads and the call-back queue (LeadActions.h) -------------------
    // README, "The window" (Call-back queue). `actor` names the person in the
    // office; each call is one transaction that appends to the lead's history
    // (lead_events) and records who handled the lead and when. Refused, with
    // the reason, for an unknown conversation, and for spam (all but
    // setLeadDetails and setLeadState).
    // The clock the engine reads (views of the queue use the same "now").
    Clock &clock() const { return m_clock; }
    // Reached: called back, leaves the queue. No answer, voicemail: one more
    // attempt, the caller stays in the queue.
    Status calledBack(qint64 conversationId, CallbackOutcome outcome, const QString &actor)
    {
        return m_leads.calledBack(conversationId, outcome, actor);
    }
    Status booked(qint64 conversationId,
                  const QDateTime &when,
                  const QString &actor,
                  const QString &note = QString())
    {
        return m_leads.booked(conversationId, when, actor, note);
    }
    // Lead state lost; leaves the queue.
    Status notALead(qint64 conversationId, const QString &actor)
    {
        return m_leads.notALead(conversationId, actor);
    }
    // Hidden from the queue until `until` (which must be in the future).
    Status snooze(qint64 conversationId, const QDateTime &until, const QString &actor)
    {
        return m_leads.snooze(conversationId, until, actor);
    }
    Status setLeadDetails(qint64 conversationId, const LeadDetails &details, const QString &actor)
    {
        return m_leads.setLeadDetails(conversationId, details, actor);
    }
    // The lead panel's state combo. Spam goes through markSpam, leaving spam
    // through markNotSpam; called back, booked and lost leave the queue.
    Status setLeadState(qint64 conversationId, LeadState state, const QString &actor);
    // "Mark all done": "called back, reached" for each of these conversations
    // still in the queue, in one transaction. The number marked.
    Result<int> markAllDone(const std::vector<qint64> &conversationIds, const QString &actor)
    {
        return m_leads.markAllDone(conversationIds, actor);
    }
    // ----------------------------------------------------------------------

    // ---- Can't receive texts, the line-type lookup -------------------------
    // Screening.cpp and LineTypeGate.h; README, "Who gets a text,
    // and why". A number is marked "can't receive texts" by a send that
    // failed as not textable (Twilio 30006, 21612, ...) or by the line-type
    // lookup (landline, toll-free, fixed VoIP): the mark (the provider's
    // words or the line type, and since when), if any.
    std::optional<ListEntry> cantReceiveTexts(qint64 conversationId)
    {
        return m_screening.cantReceiveTexts(conversationId);
    }
    // "Number can receive texts again": the office knows better. Lifts the
    // mark on every line, and the line-type lookup will not hold the number.
    Status clearCantReceiveTexts(qint64 conversationId)
    {
        return m_screening.clearCantReceiveTexts(conversationId);
    }
    // How long a first automatic text waits for the line-type lookup before
    // it goes as usual (5 s; tests shorten it).
    void setLineTypeLookupTimeoutMs(int ms) { m_lineTypeGate.setTimeoutMs(ms); }
    // ----------------------------------------------------------------------

signals:
    void conversationChanged(qint64 conversationId);
    // A reply from a caller was stored (none for a number marked as spam:
    // its replies are kept quietly).
    void replyReceived(qint64 conversationId, qint64 messageId);
    void providerStateChanged(ringback::ConnectionState state, const QString &detail);
    // Something went wrong that the office should see (store errors).
    void problem(const QString &message);

private:
    // ProviderEvents
    void callEnded(const ProviderCall &call) override;
    void messageReceived(const ProviderMessage &message) override;
    void sendFinished(const SendOutcome &outcome) override;
    void reconciled(const ReconcileOutcome &outcome) override;
    void statusChanged(const StatusUpdate &update) override;
    void cursorAdvanced(const QString &cursor) override;
    void connectionStateChanged(ConnectionState state, const QString &detail) override;

    // OutboxHooks
    std::optional<qint64> holdBeforeSending(const OutboxItem &item) override;
    Status refused(qint64 conversationId,
                   SendError error,
                   const QString &reason,
                   bool *contactChanged) override;
    void conversationUpdated(qint64 conversationId) override
    {
        emit conversationChanged(conversationId);
    }
    // OutboxHooks, OptOutHooks, ScreeningHooks: every conversation with the
    // number changed.
    void contactUpdated(const QString &contactNumber) override;
    // OptOutHooks
    void outboxDue() override { processOutbox(); }

    void report(const char *what, const Status &status) override; // QT_TR_NOOP, English in the log

    Database &m_db;
    Store m_store;
    OptOutLedger m_ledger;
    Provider &m_provider;
    QString m_providerId;
    EngineConfig m_config;
    Clock &m_clock;
    UrgencyTriage m_triage;
    Outbox m_outbox;
    LineTypeGate m_lineTypeGate;
    LeadActions m_leads;
    OptOuts m_optOuts;
    Screening m_screening;
    bool m_running = false;
    qint64 m_startedMs = 0;
    ConnectionState m_state = ConnectionState::Disconnected;
    QString m_stateDetail;
};

} // namespace ringback
