#pragma once

// A single-shot wait for what a provider decides by the clock: the next
// poll, a reconnect, a retry, the next sync, a token refresh. It runs on the
// event loop's timers like a QTimer; when the session's clock is one a test
// moves by hand (util/Clock.h, ManualClock), ClockTimer::advance() moves it
// and fires every wait due by then, in the order of their deadlines, so a
// test reaches "the next sync" without sleeping.

#include "RingbackCoreExport.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace ringback {
class Clock;
class ManualClock;
} // namespace ringback

namespace ringback::provider {

class SessionBase;

class RINGBACK_CORE_EXPORT ClockTimer final : public QObject
{
    Q_OBJECT

public:
    // Reads the session's clock at each start(), so a clock set after
    // construction (Provider::configure) counts.
    explicit ClockTimer(const SessionBase &session, QObject *parent = nullptr);
    ~ClockTimer() override;

    // Fires once, `ms` from now (0: on the next turn of the event loop).
    void start(qint64 ms);
    void stop();
    bool isActive() const { return m_active; }
    // When it fires, on the session's clock (ms since the epoch).
    qint64 deadlineMs() const { return m_deadlineMs; }

    // Calls `fn` once, `ms` from now on the session's clock, unless
    // `context` is gone by then.
    static void
    singleShot(const SessionBase &session, qint64 ms, QObject *context, std::function<void()> fn);

    // Moves `clock` on by `ms` and fires, one after the other in the order
    // of their deadlines, the waits on that clock that are due by then
    // (including those a fired wait starts). For tests.
    static void advance(ManualClock &clock, qint64 ms);

signals:
    void timeout();

private:
    void fire();

    const SessionBase &m_session;
    QTimer m_timer;
    const Clock *m_clock = nullptr;
    qint64 m_deadlineMs = 0;
    bool m_active = false;
};

} // namespace ringback::provider
