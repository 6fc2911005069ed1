#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

#include <vector>

namespace ringback::quo {

// An outbound message whose delivery status is still awaited.
struct Tracked
{
    QString id;
    qint64 sinceMs = 0;
};

// Where polling stands, persisted by the engine as an opaque string so that a
// restart continues without losing events.
//
// Quo's v1 API lists calls and messages only per conversation partner
// (phoneNumberId + one participant), so a pass first lists the conversations
// of the business number updated since `checkedMs` (less kOverlapMs for clock
// skew and late updates), then each partner's calls and messages created
// since the window's start less kLookbackMs (a call is created when it starts
// ringing). Ids already reported are remembered with their creation time and
// skipped, so overlapping passes report each event once. Partners with a call
// still ringing are watched until it ends. `checkedMs` only moves forward
// after a complete pass (every page, no error).
struct Cursor
{
    static constexpr qint64 kOverlapMs = 10 * 60 * 1000;
    static constexpr qint64 kLookbackMs = 60 * 60 * 1000;
    static constexpr qint64 kWatchForMs = 4 * 3600 * 1000; // a call rings no longer than this
    static constexpr int kMaxSeen = 5000;                  // per kind
    static constexpr int kMaxTracked = 500;

    qint64 sinceMs = 0;   // events that ended before this are not reported ("from now")
    qint64 checkedMs = 0; // conversations updated before this (less the overlap) are done
    QHash<QString, qint64> seenCalls;    // id -> created, ms
    QHash<QString, qint64> seenMessages; // id -> created, ms
    QHash<QString, qint64> watch;        // partner (E.164) -> earliest open call, ms
    std::vector<Tracked> tracked;

    static Cursor fromNow(const QDateTime &now);
    // Reads a persisted cursor; an empty or unreadable one starts from now.
    static Cursor parse(const QString &text, const QDateTime &now, bool *ok = nullptr);
    QString serialize() const;

    // updatedAfter for the conversations of the next pass.
    qint64 conversationsAfterMs() const { return checkedMs - kOverlapMs; }
    // createdAfter for a partner's calls and messages.
    qint64 createdAfterMs(const QString &partner) const;

    // After a complete pass that started at `passStartedMs`: moves the window
    // and forgets ids too old to be listed again.
    void advance(qint64 passStartedMs);

    void track(const QString &id, qint64 nowMs);
    void untrack(const QString &id);
    bool isTracked(const QString &id) const;
};

} // namespace ringback::quo
