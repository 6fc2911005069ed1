#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

namespace ringback::ringcentral {

// Where the catch-up syncs stand, persisted by the engine as an opaque string
// (JSON): the call-log and message sync tokens with their sync times, the
// ids already reported (bounded, newest last) so a resync or a notification
// seen twice reports nothing twice, the moment Ringback first started (calls
// that ended before it are not reported) and the sent messages whose delivery
// is still followed.
struct SyncPosition
{
    QString token; // empty: the next sync is a full one (FSync)
    qint64 syncTimeMs = 0;
};

struct Tracked
{
    QString id;
    qint64 sinceMs = 0;
};

class Cursor
{
public:
    static constexpr int kMaxSeen = 1000;

    qint64 sinceMs = 0;
    SyncPosition calls;
    SyncPosition messages;
    QStringList seenCalls;
    QStringList seenMessages;
    std::vector<Tracked> tracked;

    // An empty or unreadable text starts from `now`; *readable says which.
    static Cursor parse(const QString &text, const QDateTime &now, bool *readable = nullptr);
    QString serialize() const;

    static void remember(QStringList &seen, const QString &id);
    void track(const QString &id, qint64 nowMs);
    bool isTracked(const QString &id) const;
    void untrack(const QString &id);
};

} // namespace ringback::ringcentral
