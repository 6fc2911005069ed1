#include "engine/RetryPolicy.h"

#include "net/Backoff.h"

#include <QCoreApplication>

#include <algorithm>

namespace ringback {
namespace {

struct Tr
{
    // The context the engine's texts have always had (translations/).
    Q_DECLARE_TR_FUNCTIONS(ringback::Engine)
};

constexpr qint64 kFirstWaitMs = 2000;
constexpr qint64 kMaxWaitMs = 5 * 60 * 1000;

} // namespace

qint64 retryBackoffMs(int attempts)
{
    net::Backoff backoff(kFirstWaitMs, kMaxWaitMs, 0.2);
    backoff.setFailures(std::max(1, attempts) - 1);
    return backoff.next();
}

RetryStep afterFailedAttempt(AttemptFailure failure,
                             int attempts,
                             int maxAttempts,
                             qint64 nowMs,
                             qint64 retryAfterMs,
                             const QString &error)
{
    RetryStep step;
    if (failure == AttemptFailure::RateLimited && attempts >= maxAttempts) {
        step.action = RetryStep::Action::Fail;
        step.failure = Tr::tr("gave up after %1 attempts: %2").arg(attempts).arg(error);
        return step;
    }
    step.action = failure == AttemptFailure::Unsure ? RetryStep::Action::AskFirst
                                                    : RetryStep::Action::Reschedule;
    step.dueMs = nowMs + std::max(retryAfterMs, retryBackoffMs(attempts));
    return step;
}

RetryStep afterNotFound(int attempts, int maxAttempts, qint64 nowMs)
{
    RetryStep step;
    if (attempts >= maxAttempts) {
        step.action = RetryStep::Action::Fail;
        step.failure = Tr::tr("gave up after %1 attempts").arg(attempts);
        return step;
    }
    step.action = RetryStep::Action::Reschedule;
    step.dueMs = nowMs;
    return step;
}

} // namespace ringback
