#pragma once

#include <QDateTime>

#include <atomic>

namespace ringback {

// Injectable clock: production code asks the clock, tests advance a fake one.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    qint64 nowMs() const { return now().toMSecsSinceEpoch(); }

    // The process-wide wall clock.
    static Clock &system();
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock a test sets and advances by hand. Safe to read on one thread (the
// engine's) while a test advances it on another.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC))
        : m_nowMs(start.toMSecsSinceEpoch())
    {}
    QDateTime now() const override
    {
        return QDateTime::fromMSecsSinceEpoch(m_nowMs.load(), Qt::UTC);
    }
    void set(const QDateTime &t) { m_nowMs.store(t.toMSecsSinceEpoch()); }
    void advance(qint64 ms) { m_nowMs.fetch_add(ms); }

private:
    std::atomic<qint64> m_nowMs;
};

} // namespace ringback
