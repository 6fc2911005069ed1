#pragma once

#include "domain/Records.h"
#include "engine/EngineConfig.h"
#include "engine/TextBackPolicy.h"
#include "store/Store.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QCoreApplication>

#include <optional>

namespace ringback {

class Database;
struct OutboxItem;

// What screening needs from the engine.
class ScreeningHooks
{
public:
    virtual ~ScreeningHooks() = default;
    // Every conversation with the number changed.
    virtual void contactUpdated(const QString &contactNumber) = 0;
    // what: QT_TR_NOOP in the engine's translation context.
    virtual void report(const char *what, const Status &status) = 0;
};

// Screening (README, "Who gets a text, and why"): spam (marked by the
// office, or a robocaller's pattern; replies from spam are kept quietly),
// numbers that can't receive texts and the office clearing that, the opt-out
// hint on first contact, and quiet hours in the caller's time zone. The
// line-type lookup is LineTypeGate.h.
class Screening
{
    Q_DECLARE_TR_FUNCTIONS(ringback::Engine)

public:
    Screening(Database &db, const EngineConfig &config, Clock &clock, ScreeningHooks &hooks);

    // ---- Inside the caller's transaction (call intake, the outbox) -------
    // Fills what the spam, landline and first-contact rules need.
    Status screenCall(CallContext &context, const QString &from, bool *firstAutoText);
    // The first automatic text to a number says how to opt out.
    QString withOptOutHint(const QString &text) const;
    // A send failed as "can't receive texts": remember the number.
    Status rememberUndeliverable(qint64 conversationId, const QString &detail);
    // Quiet hours in the caller's time zone for a due message: when it may
    // leave instead.
    std::optional<qint64> quietDeferral(const OutboxItem &item);
    // True for a reply from a number marked as spam, which is kept quietly:
    // not unread, not urgent, no notification. A new conversation with the
    // number (another line) becomes spam too.
    bool screenSpamReply(qint64 conversationId);

    // ---- The office's questions and actions (a transaction each) ---------
    // It is quiet hours for this caller now: the sentence that says so; empty otherwise.
    QString quietHoursNotice(qint64 conversationId);
    std::optional<ListEntry> cantReceiveTexts(qint64 conversationId);
    Status clearCantReceiveTexts(qint64 conversationId);
    Status markSpam(qint64 conversationId);
    Status markNotSpam(qint64 conversationId);

private:
    Database &m_db;
    Store m_store;
    const EngineConfig &m_config;
    Clock &m_clock;
    ScreeningHooks &m_hooks;
};

} // namespace ringback
