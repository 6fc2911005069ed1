#include "QuoPoller.h"

#include <QLocale>

namespace ringback::quo {

namespace {

constexpr qint64 kMaxBackoffMs = 5 * 60 * 1000;

} // namespace

QuoPoller::QuoPoller(Session &session, QuoSender &sender, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_sender(sender)
    , m_watcher(session, this)
    , m_backoff(1000, kMaxBackoffMs)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &QuoPoller::runPass);
}

void QuoPoller::start()
{
    m_verified = false;
    m_busy = false;
    m_backoff.reset();
    m_backoff.setBase(std::min<qint64>(m_session.settings.pollIntervalMs, 5000));
    m_timer.start(0);
}

void QuoPoller::stop()
{
    m_timer.stop();
    m_busy = false;
}

void QuoPoller::runPass()
{
    if (!m_session.running || m_busy)
        return;
    m_busy = true;
    if (!m_verified) {
        m_session.setState(ConnectionState::Connecting, tr("Checking the Quo workspace…"));
        m_session.lookUpNumber([this](const std::optional<Problem> &problem) {
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
    m_watcher.poll([this](const std::optional<Problem> &problem) {
        if (problem || !m_session.running)
            return passDone(problem);
        m_sender.pollStatuses(
            [this](const std::optional<Problem> &statusProblem) { passDone(statusProblem); });
    });
}

void QuoPoller::passDone(const std::optional<Problem> &problem)
{
    m_busy = false;
    if (!m_session.running)
        return;
    if (!problem) {
        m_backoff.reset();
        const QString every
            = QLocale().toString(m_session.settings.pollIntervalMs / 1000.0, 'g', 4);
        const QString line = m_session.numberName.isEmpty()
                                 ? m_session.settings.phoneNumber
                                 : QStringLiteral("%1, %2").arg(m_session.numberName,
                                                                m_session.settings.phoneNumber);
        if (m_session.webhookUrl.isEmpty())
            m_session.setState(ConnectionState::Polling,
                               tr("Connected to Quo (%1); checking every %2 s").arg(line, every));
        else
            m_session.setState(ConnectionState::Polling,
                               tr("Connected to Quo (%1); receiving webhooks at %2 and checking "
                                  "every %3 s")
                                   .arg(line, m_session.webhookUrl, every));
        m_timer.start(m_session.settings.pollIntervalMs);
        return;
    }
    if (problem->kind == Problem::Kind::Auth)
        m_verified = false; // check the key again before polling
    const qint64 wait = std::min<qint64>(
        std::max(m_backoff.next(problem->retryAfterMs), qint64(m_session.settings.pollIntervalMs)),
        std::max<qint64>(kMaxBackoffMs, problem->retryAfterMs));
    qCWarning(lcQuo).noquote() << problem->detail << "- next try in" << wait << "ms";
    m_session.setState(problem->state(), problem->detail);
    m_timer.start(int(std::min<qint64>(wait, 24LL * 3600 * 1000)));
}

} // namespace ringback::quo
