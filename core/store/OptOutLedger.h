#pragma once

#include "domain/Records.h"
#include "store/Database.h"
#include "util/Result.h"

#include <optional>
#include <vector>

namespace ringback {

// One line of the opt-out ledger (table opt_out_events, README "Opt-outs").
struct OptOutEvent
{
    enum class Type { OptOut, OptIn, Probable, Dismissed };
    enum class Scope { Line, All };

    // Where an event came from (stored as is; README lists them).
    static inline const QString kKeyword = QStringLiteral("keyword"); // STOP, START, ...
    static inline const QString kReply = QStringLiteral("reply");     // a longer reply
    static inline const QString kConfirmedReply = QStringLiteral("confirmed_reply");
    static inline const QString kProvider = QStringLiteral("provider"); // send error, block
    static inline const QString kManual = QStringLiteral("manual");     // the office
    static inline const QString kMigrated = QStringLiteral("migrated"); // before the ledger

    qint64 id = 0;
    QString contactNumber;
    QString businessNumber; // the line it happened on
    Type type = Type::OptOut;
    QString source;
    QString detail; // the keyword, the phrase, the provider's error, a note
    QString actor;  // who confirmed or recorded it; the provider's id; empty: automatic
    Scope scope = Scope::All;
    qint64 atMs = 0;

    static QString toString(Type type);
    static QString toString(Scope scope);
    static std::optional<Type> typeFromString(const QString &s);
};

// The append-only opt-out ledger. Every opt-out, opt-in, probable opt-out and
// dismissal is a new row; nothing is updated or deleted (triggers refuse it).
// A conversation's opt_out / opt_out_reason columns are the current state,
// derived from the ledger by record() in the caller's transaction.
//
// The state of a conversation (contact, line) folds the contact's events in
// order, taking those of scope "all" and those of scope "line" on that line:
// opt_out -> opted_out; opt_in -> none; probable -> probable unless opted out;
// dismissed -> none if probable.
class OptOutLedger
{
public:
    explicit OptOutLedger(Database &db);

    // Appends the event and updates every conversation of the contact.
    Result<qint64> record(const OptOutEvent &event);
    // Recomputes the conversations of a contact that has ledger events (a
    // conversation on a new line starts from them). No events: no change.
    Status refresh(const QString &contact);

    // The event behind a conversation's current opted_out or probable state.
    std::optional<OptOutEvent> currentEvent(qint64 conversationId);
    // The contact's events, oldest first.
    std::vector<OptOutEvent> events(const QString &contact);
    // Every event after `afterId`, oldest first (export, paged).
    std::vector<OptOutEvent> page(qint64 afterId, int limit);

    // "replied STOP", "replied “please stop texting me”, confirmed by Ana",
    // "the provider refused a text: 21610 ...", "recorded by Ana".
    static QString describe(const OptOutEvent &event);
    // "3 Nov 2026" in local time.
    static QString dateText(qint64 atMs);
    // "Not sent: (512) 555-0134 opted out on 3 Nov 2026 by replying STOP."
    static QString refusal(const OptOutEvent &event, const QString &displayNumber);

private:
    Database &m_db;
};

} // namespace ringback
