#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

namespace ringback::twilio {

// Where polling stands, persisted by the engine as an opaque string so that a
// restart continues without losing events. Twilio's list filters are
// day-granular (StartTime>=, DateSent>=), so each stream keeps the first UTC
// day still polled and the sids already reported from that day on. The day
// only moves forward once nothing before it can still appear (no call still
// ringing, an hour of overlap past midnight); events seen twice are harmless
// (the engine de-duplicates by sid), lost ones are not.
struct StreamPosition
{
    QDate day;
    QSet<QString> seen;
};

// An outbound message whose delivery status is still awaited.
struct Tracked
{
    QString sid;
    qint64 sinceMs = 0;
};

struct Cursor
{
    static constexpr int kMaxSeen = 5000;   // per stream; beyond, repeats are re-reported
    static constexpr int kMaxTracked = 500; // awaited delivery statuses
    static constexpr qint64 kOverlapMs = 3600 * 1000;

    qint64 sinceMs = 0; // events that ended before this are not reported ("from now")
    StreamPosition calls;
    StreamPosition messages;
    std::vector<Tracked> tracked;

    // A fresh cursor: report what happens from `now` (less a minute of clock skew).
    static Cursor fromNow(const QDateTime &now);
    // Reads a persisted cursor; an empty or unreadable one starts from now.
    static Cursor parse(const QString &text, const QDateTime &now, bool *ok = nullptr);
    QString serialize() const;

    // The first day to poll: the stream's day, never later than today.
    static QDate firstDay(const StreamPosition &p, const QDateTime &now);
    // The day the next poll may start from, given the earliest start of
    // anything still unresolved (invalid: nothing).
    static QDate nextDay(const QDateTime &now, const QDateTime &earliestUnresolved);

    // After a pass: `handled` holds every sid reported or deliberately
    // skipped (with its UTC day). A complete pass (all pages, no error) may
    // move the day forward and forget the sids before it; an incomplete one
    // only adds to what was seen.
    static void advance(StreamPosition &p,
                        const QHash<QString, QDate> &handled,
                        bool complete,
                        const QDateTime &passStartedAt,
                        const QDateTime &earliestUnresolved);

    void track(const QString &sid, qint64 nowMs);
    void untrack(const QString &sid);
};

} // namespace ringback::twilio
