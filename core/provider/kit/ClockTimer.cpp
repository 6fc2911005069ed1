#include "ClockTimer.h"

#include "SessionBase.h"
#include "util/Clock.h"

#include <algorithm>
#include <limits>
#include <vector>

namespace ringback::provider {

namespace {

constexpr qint64 kLongestWaitMs = 24LL * 3600 * 1000;

// The waits running now, for advance(); the providers run on one thread.
std::vector<ClockTimer *> &running()
{
    static std::vector<ClockTimer *> timers;
    return timers;
}

void forget(ClockTimer *timer)
{
    auto &timers = running();
    timers.erase(std::remove(timers.begin(), timers.end(), timer), timers.end());
}

} // namespace

ClockTimer::ClockTimer(const SessionBase &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ClockTimer::fire);
}

ClockTimer::~ClockTimer()
{
    forget(this);
}

void ClockTimer::start(qint64 ms)
{
    ms = std::clamp<qint64>(ms, 0, kLongestWaitMs);
    m_clock = &m_session.clock();
    m_deadlineMs = m_clock->nowMs() + ms;
    if (!m_active)
        running().push_back(this);
    m_active = true;
    m_timer.start(int(ms));
}

void ClockTimer::stop()
{
    m_timer.stop();
    m_active = false;
    forget(this);
}

void ClockTimer::fire()
{
    if (!m_active)
        return;
    stop();
    emit timeout();
}

void ClockTimer::singleShot(const SessionBase &session,
                            qint64 ms,
                            QObject *context,
                            std::function<void()> fn)
{
    auto *timer = new ClockTimer(session, context);
    connect(timer, &ClockTimer::timeout, timer, [timer, fn = std::move(fn)] {
        timer->deleteLater();
        fn();
    });
    timer->start(ms);
}

void ClockTimer::advance(ManualClock &clock, qint64 ms)
{
    clock.advance(ms);
    const qint64 now = clock.nowMs();
    // A wait that keeps starting itself at 0 ms would never end the loop.
    for (int fired = 0; fired < 10000; ++fired) {
        ClockTimer *next = nullptr;
        for (ClockTimer *t : running()) {
            if (t->m_clock == &clock && t->m_deadlineMs <= now
                && (!next || t->m_deadlineMs < next->m_deadlineMs))
                next = t;
        }
        if (!next)
            return;
        next->fire();
    }
}

} // namespace ringback::provider
