#pragma once

#include <QtGlobal>

namespace ringback::net {

// Exponential backoff with jitter for polling and reconnecting: the first
// failure waits `baseMs`, each further one twice as long, up to `maxMs`, each
// wait spread by +-jitter so that many offices never retry in step.
class Backoff
{
public:
    explicit Backoff(qint64 baseMs = 1000, qint64 maxMs = 5 * 60 * 1000, double jitter = 0.2);

    void setBase(qint64 baseMs) { m_baseMs = baseMs; }
    // The wait before the next attempt; counts one more failure.
    qint64 next();
    // The same, but never less than `atLeastMs` (a server's Retry-After).
    qint64 next(qint64 atLeastMs);
    void reset() { m_failures = 0; }
    // Resumes a count kept elsewhere (a message's stored attempts).
    void setFailures(int failures) { m_failures = failures > 0 ? failures : 0; }
    int failures() const { return m_failures; }

private:
    qint64 m_baseMs;
    qint64 m_maxMs;
    double m_jitter;
    int m_failures = 0;
};

} // namespace ringback::net
