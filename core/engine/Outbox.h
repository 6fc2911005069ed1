#pragma once

#include "domain/Enums.h"
#include "provider/ProviderApi.h"
#include "store/Store.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QTimer>

#include <optional>

namespace ringback {

class Database;
struct EngineConfig;

// What the outbox asks of the rest of the engine (engine/Engine.h).
class OutboxHooks
{
public:
    virtual ~OutboxHooks() = default;
    // Just before a due message is marked "sending", inside that transaction:
    // when it may leave instead (the line-type gate, quiet hours); nullopt: now.
    virtual std::optional<qint64> holdBeforeSending(const OutboxItem &item) = 0;
    // The provider refused a text for good, or reported it undeliverable
    // later (inside that transaction): what it means for the caller (an
    // opt-out, a number that can't receive texts). *contactChanged when every
    // conversation with the number changed.
    virtual Status
    refused(qint64 conversationId, SendError error, const QString &reason, bool *contactChanged)
        = 0;
    virtual void conversationUpdated(qint64 conversationId) = 0;
    virtual void contactUpdated(const QString &contactNumber) = 0;
    // what: QT_TR_NOOP in the engine's translation context.
    virtual void report(const char *what, const Status &status) = 0;
};

// Where a text is sent: the outbox queues texts and hands them to the
// provider one at a time, paced, and records what the provider answered.
//
// The send half of "at most one automatic text per missed call" (the other
// half, one outbox row per call, is engine/CallIntake.cpp):
//  1. before handing a message to the provider the row is marked "sending"
//     and committed;
//  2. a row found "sending" at start-up, or after an answer that leaves the
//     outcome unknown (timeout, 5xx), becomes "unsure" and is reconciled: the
//     provider is asked whether it has the message. Only a definite "no"
//     sends again; "can't tell" fails the message with the reason shown,
//     never a blind resend.
// What follows a failed attempt is decided in engine/RetryPolicy.h.
class Outbox final
{
    // Its texts are the engine's (translations/, context ringback::Engine).
    Q_DECLARE_TR_FUNCTIONS(ringback::Engine)

public:
    Outbox(Database &db,
           Provider &provider,
           const QString &providerId,
           const EngineConfig &config,
           Clock &clock,
           OutboxHooks &hooks);
    Q_DISABLE_COPY_MOVE(Outbox)

    // Start: anything left "sending" by a crash is asked about first.
    void start();
    void stop();

    // A text for the outbox, in the caller's transaction. sendAtMs: not
    // before then; quietOk: its first attempt may go in quiet hours.
    Status queue(qint64 conversationId,
                 MessageKind kind,
                 const QString &body,
                 qint64 callId,
                 qint64 sendAtMs = 0,
                 bool quietOk = false);
    // Sends what is due now, or schedules the next look.
    void process();

    // The provider's answers.
    void sendFinished(const SendOutcome &outcome);
    void reconciled(const ReconcileOutcome &outcome);
    void statusChanged(const StatusUpdate &update);

private:
    void schedule(qint64 dueMs);
    void reconcileUnsure();
    void sendNext();
    void applyRetry(qint64 messageId, int attempts, const SendOutcome &outcome);

    Database &m_db;
    Store m_store;
    Provider &m_provider;
    const QString &m_providerId;
    const EngineConfig &m_config;
    Clock &m_clock;
    OutboxHooks &m_hooks;
    QTimer m_timer;
    QTimer m_sendTimeout;
    qint64 m_inFlight = 0; // handed to the provider, awaiting its answer
    int m_inFlightAttempts = 0;
    qint64 m_lastSendMs = 0;
    bool m_running = false;
};

} // namespace ringback
