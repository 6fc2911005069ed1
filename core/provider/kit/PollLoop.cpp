#include "PollLoop.h"

#include "SessionBase.h"

#include <memory>

namespace ringback::provider {

namespace {

constexpr qint64 kMaxBackoffMs = 5 * 60 * 1000;

} // namespace

PollLoop::PollLoop(SessionBase &session, const QLoggingCategory &log, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_log(log)
    , m_timer(session)
    , m_backoff(1000, kMaxBackoffMs)
{
    connect(&m_timer, &ClockTimer::timeout, this, &PollLoop::runPass);
}

void PollLoop::start(int intervalMs)
{
    m_intervalMs = intervalMs;
    m_verified = false;
    m_busy = false;
    m_backoff.reset();
    m_backoff.setBase(std::min<qint64>(intervalMs, 5000));
    m_timer.start(0);
}

void PollLoop::start(Steps steps, int intervalMs)
{
    m_steps = std::move(steps);
    start(intervalMs);
}

void PollLoop::stop()
{
    m_timer.stop();
    m_busy = false;
}

void PollLoop::runPass()
{
    if (!m_session.running || m_busy)
        return;
    m_busy = true;
    if (!m_verified) {
        m_session.setState(ConnectionState::Connecting, m_steps.checking());
        m_steps.verify([this](const std::optional<Problem> &problem) {
            if (problem) {
                passDone(problem);
                return;
            }
            m_verified = true;
            m_busy = false;
            runPass();
        });
        return;
    }
    inTurn(m_session, m_steps.pass, [this](const std::optional<Problem> &problem) {
        passDone(problem);
    });
}

void PollLoop::passDone(const std::optional<Problem> &problem)
{
    m_busy = false;
    if (!m_session.running)
        return;
    if (!problem) {
        m_backoff.reset();
        m_session.setState(ConnectionState::Polling, m_steps.healthy());
        m_timer.start(m_intervalMs);
        return;
    }
    if (problem->kind == Problem::Kind::Auth)
        m_verified = false; // check the credentials again before polling
    const qint64 wait
        = std::min<qint64>(std::max(m_backoff.next(problem->retryAfterMs), qint64(m_intervalMs)),
                           std::max<qint64>(kMaxBackoffMs, problem->retryAfterMs));
    qCWarning(m_log).noquote() << problem->detail << "- next try in" << wait << "ms";
    m_session.setState(problem->state(), problem->detail);
    m_timer.start(wait);
}

void PollLoop::inTurn(SessionBase &session, std::vector<Step> steps, Done done)
{
    runFrom(
        session, std::make_shared<const std::vector<Step>>(std::move(steps)), 0, std::move(done));
}

void PollLoop::runFrom(SessionBase &session,
                       std::shared_ptr<const std::vector<Step>> steps,
                       std::size_t index,
                       Done done)
{
    if (index >= steps->size()) {
        done(std::nullopt);
        return;
    }
    const Step &step = (*steps)[index];
    step([&session, steps, index, done](const std::optional<Problem> &problem) {
        if (problem || !session.running)
            return done(problem);
        runFrom(session, steps, index + 1, done);
    });
}

} // namespace ringback::provider
