#pragma once

#include "domain/Records.h"
#include "engine/EngineConfig.h"
#include "store/OptOutLedger.h"
#include "store/Store.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QCoreApplication>

#include <optional>

namespace ringback {

class Database;
class Outbox;

// What the opt-out handling needs from the engine.
class OptOutHooks
{
public:
    virtual ~OptOutHooks() = default;
    // Every conversation with the number changed.
    virtual void contactUpdated(const QString &contactNumber) = 0;
    // A text was queued or released: the outbox should look now.
    virtual void outboxDue() = 0;
};

// Opt-outs (README, "Opt-outs"): replies (STOP, START, probable opt-outs),
// provider refusals, and what the office confirms or records. Every change is
// an event in the OptOutLedger, which keeps the conversations' state; a
// probable opt-out holds automation until a person confirms it (recorded, one
// confirmation text) or says it is not one (automation resumes). Manual
// events send no text.
class OptOuts
{
    Q_DECLARE_TR_FUNCTIONS(ringback::Engine)

public:
    OptOuts(Database &db,
            OptOutLedger &ledger,
            Outbox &outbox,
            QString providerId,
            const EngineConfig &config,
            Clock &clock,
            OptOutHooks &hooks);

    // Inside the caller's transaction. STOP, START or a probable opt-out in a
    // reply; *changed when the caller's opt-out state changed.
    Status applyReply(qint64 conversationId, const QString &body, bool *changed);
    // The provider refused a text because the caller opted out with it.
    Status applyProviderRefusal(qint64 conversationId, const QString &detail, bool *changed);
    // Why a text to this opted-out caller is refused, in the office's words.
    QString refusal(const Conversation &conversation);

    // The office's actions, each in a transaction of its own. `actor` names
    // the person in the office.
    Status confirmProbable(qint64 conversationId, const QString &actor);
    Status dismissProbable(qint64 conversationId, const QString &actor);
    Status recordManualOptOut(qint64 conversationId, const QString &actor, const QString &note);
    Status recordManualOptIn(qint64 conversationId, const QString &actor, const QString &note);

private:
    OptOutEvent::Scope scope() const;
    Status recordEvent(const Conversation &conversation,
                       OptOutEvent::Type type,
                       const QString &source,
                       const QString &detail,
                       const QString &actor,
                       std::optional<OptOutEvent::Scope> eventScope = std::nullopt);
    Status queueConfirmation(qint64 conversationId);
    Status recordManualEvent(qint64 conversationId,
                             OptOutEvent::Type type,
                             const QString &actor,
                             const QString &note);

    Database &m_db;
    Store m_store;
    OptOutLedger &m_ledger;
    Outbox &m_outbox;
    QString m_providerId;
    const EngineConfig &m_config;
    Clock &m_clock;
    OptOutHooks &m_hooks;
};

} // namespace ringback
