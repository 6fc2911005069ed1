#pragma once

#include "provider/ProviderApi.h"
#include "store/Store.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QTimer>

#include <map>
#include <memory>
#include <optional>

namespace ringback {

class Database;
class Outbox;
class OutboxHooks;
struct EngineConfig;

// The optional line-type lookup before the first automatic text to a new
// number (README, "Who gets a text, and why"; Twilio Lookup v2,
// https://www.twilio.com/docs/lookup/v2-api/line-type-intelligence). Off by
// default: the provider bills each lookup.
//
// Where it sits: the call, its decision ("texted") and the automatic text's
// outbox row are written in one transaction, as for any call
// (engine/CallIntake.cpp). The gate holds that row just before it would be
// marked "sending" (deferral(), inside the send's transaction): the row waits
// "queued" for the answer, at most timeoutMs(). The answer and what it means
// are written in one transaction: the number's line type is remembered (90
// days) and the waiting rows are either released (mobile, unknown, ...) or
// withdrawn, their calls becoming "held" with code Landline or NotMobile and
// the number marked "can't receive texts". A lookup that fails or times out
// releases the rows; the call's reason says so.
//
// Crash windows: a crash while the lookup is out leaves the row "queued";
// after the restart the gate asks again (one more lookup, never a second
// text: the row is still the call's only automatic text, and the unique
// index allows no other). A crash after the answer but before its
// transaction commits is the same case. Once released, the row takes the
// usual send path (engine/Outbox.h), so "at most one automatic text per
// missed call" is unchanged.
class LineTypeGate final
{
    // Its texts are the engine's (translations/, context ringback::Engine).
    Q_DECLARE_TR_FUNCTIONS(ringback::Engine)

public:
    LineTypeGate(Database &db,
                 Provider &provider,
                 const EngineConfig &config,
                 Clock &clock,
                 OutboxHooks &hooks,
                 Outbox &outbox);
    ~LineTypeGate();
    Q_DISABLE_COPY_MOVE(LineTypeGate)

    // For a due message: when it may leave instead (a lookup in flight), or
    // now after withdrawing it (a remembered landline); nullopt: it goes.
    std::optional<qint64> deferral(const OutboxItem &item);
    // How long a first automatic text waits for the answer (5 s).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

private:
    void startLookup(const QString &number, qint64 messageId);
    void answered(const QString &number, const LineTypeLookup &answer);
    // Writes what an answer means (inside the caller's transaction): the
    // cache, and the waiting messages released or withdrawn.
    Status
    apply(const QString &number, const QSet<qint64> &messageIds, const LineTypeLookup &answer);
    Status hold(const QString &number, const QString &type);
    void changedLater(const QString &number);

    struct Wait
    {
        QSet<qint64> messageIds;
        std::unique_ptr<QTimer> timer;
    };
    Database &m_db;
    Store m_store;
    Provider &m_provider;
    const EngineConfig &m_config;
    Clock &m_clock;
    OutboxHooks &m_hooks;
    Outbox &m_outbox;
    std::map<QString, Wait> m_waits; // number -> its lookup in flight
    // Released by their lookup (answered, failed, not available): they go.
    // (Keyed with the number too: SQLite may reuse a withdrawn message's id.)
    QHash<qint64, QString> m_settled;
    int m_timeoutMs = 5000;
    // Answers and queued notifications arriving after the gate is gone are dropped.
    std::shared_ptr<int> m_alive = std::make_shared<int>(0);
};

} // namespace ringback
