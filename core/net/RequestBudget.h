#pragma once

#include <QtGlobal>

#include <deque>

namespace ringback::net {

// A provider's request limit over a sliding window ("5 requests a minute"),
// kept on our side so that a burst of reconnects never trips the provider's
// penalty (RingCentral restarts its 60 s penalty at every request made
// during it). Times are milliseconds from any monotonic or wall clock.
class RequestBudget
{
public:
    RequestBudget(int limit, qint64 windowMs);

    // How long to wait from nowMs before the next request fits; 0: now.
    qint64 waitMs(qint64 nowMs) const;
    // Records a request made at nowMs.
    void spend(qint64 nowMs);

private:
    void forget(qint64 nowMs) const;

    int m_limit;
    qint64 m_windowMs;
    mutable std::deque<qint64> m_spent; // oldest first
};

} // namespace ringback::net
