#pragma once

// The loop of a provider that polls: first the connection check, then every
// interval one pass. Healthy: Polling. Network trouble or 5xx: Reconnecting,
// with exponential backoff and jitter (429 waits Retry-After). Credentials
// refused: AuthFailed, and the check is redone before the next pass.
// Anything else: Error, retried with the same backoff.

#include "ClockTimer.h"
#include "Problem.h"
#include "RingbackCoreExport.h"
#include "net/Backoff.h"

#include <QLoggingCategory>
#include <QObject>

#include <functional>
#include <memory>
#include <vector>

namespace ringback::provider {

class SessionBase;

class RINGBACK_CORE_EXPORT PollLoop final : public QObject
{
    Q_OBJECT

public:
    using Step = std::function<void(Done)>;
    struct Steps
    {
        Step verify;                       // the connection check
        std::vector<Step> pass;            // one pass over what is new, in turn
        std::function<QString()> checking; // the state's detail while verifying
        std::function<QString()> healthy;  // the state's detail after a good pass
    };

    PollLoop(SessionBase &session, const QLoggingCategory &log, QObject *parent = nullptr);

    void setSteps(Steps steps) { m_steps = std::move(steps); }
    // Verifies, then passes every `intervalMs`.
    void start(int intervalMs);
    void start(Steps steps, int intervalMs);
    void stop();

    // Runs `steps` one after the other while the session runs; stops at the
    // first problem. `done` is called once.
    static void inTurn(SessionBase &session, std::vector<Step> steps, Done done);

private:
    static void runFrom(SessionBase &session,
                        std::shared_ptr<const std::vector<Step>> steps,
                        std::size_t index,
                        Done done);
    void runPass();
    void passDone(const std::optional<Problem> &problem);

    SessionBase &m_session;
    const QLoggingCategory &m_log;
    Steps m_steps;
    ClockTimer m_timer; // on the session's clock
    net::Backoff m_backoff;
    int m_intervalMs = 15000;
    bool m_verified = false;
    bool m_busy = false;
};

} // namespace ringback::provider
