#pragma once

#include <QString>

namespace ringback {

// Where a retry is decided: what becomes of a text after an attempt that did
// not go through (README, "How it works"). Pure: the outbox (engine/Outbox.cpp)
// writes what it says.
//
//  - RateLimited (429): the provider did not take the message. Sent again
//    after the wait: the server's Retry-After, never less than the back-off.
//  - Unsure (5xx, timeout): it may have gone out. The message is parked as
//    "unsure" and the provider is asked before anything is sent again
//    (reconciliation); never given up on without asking.
//  - After a reconciliation that found nothing: sent again at once, this is
//    the first delivery; after maxAttempts, failed with the reason.
// The back-off is core/net/Backoff.h: 2 s, doubling, at most 5 min, +-20 %.
struct RetryStep
{
    enum class Action { Reschedule, AskFirst, Fail };
    Action action = Action::Fail;
    qint64 dueMs = 0; // Reschedule, AskFirst: not before this time
    QString failure;  // Fail: the reason the office reads
};

enum class AttemptFailure { RateLimited, Unsure };

// `attempts` counts the attempt that just failed (1 for the first).
RetryStep afterFailedAttempt(AttemptFailure failure,
                             int attempts,
                             int maxAttempts,
                             qint64 nowMs,
                             qint64 retryAfterMs,
                             const QString &error);
RetryStep afterNotFound(int attempts, int maxAttempts, qint64 nowMs);

// The wait before attempt `attempts + 1` (with jitter).
qint64 retryBackoffMs(int attempts);

} // namespace ringback
