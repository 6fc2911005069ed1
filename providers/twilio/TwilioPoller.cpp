#include "TwilioPoller.h"

#include <QLocale>

namespace ringback::twilio {

namespace {

constexpr qint64 kMaxBackoffMs = 5 * 60 * 1000;

} // namespace

TwilioPoller::TwilioPoller(Session &session, TwilioSender &sender, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_sender(sender)
    , m_calls(session, this)
    , m_messages(session, this)
    , m_backoff(1000, kMaxBackoffMs)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &TwilioPoller::runPass);
}

void TwilioPoller::start()
{
    m_verified = false;
    m_busy = false;
    m_backoff.reset();
    m_backoff.setBase(std::min<qint64>(m_session.settings.pollIntervalMs, 5000));
    m_timer.start(0);
}

void TwilioPoller::stop()
{
    m_timer.stop();
    m_busy = false;
}

void TwilioPoller::runPass()
{
    if (!m_session.running || m_busy)
        return;
    m_busy = true;
    if (!m_verified) {
        m_session.setState(ConnectionState::Connecting, tr("Checking the Twilio account…"));
        verify([this](const std::optional<Problem> &problem) {
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
    m_calls.poll([this](const std::optional<Problem> &callsProblem) {
        if (callsProblem || !m_session.running)
            return passDone(callsProblem);
        m_messages.poll([this](const std::optional<Problem> &messagesProblem) {
            if (messagesProblem || !m_session.running)
                return passDone(messagesProblem);
            m_sender.pollStatuses(
                [this](const std::optional<Problem> &statusProblem) { passDone(statusProblem); });
        });
    });
}

void TwilioPoller::verify(Done done)
{
    m_session.http->get(
        m_session.endpoints.account(), [this, done](const net::HttpResponse &response) {
            if (!response.isSuccess()) {
                Problem p = Session::problemOf(response, tr("checking the account"));
                if (response.failure == net::HttpResponse::Failure::None && response.status == 404)
                    p.detail = tr("Twilio has no account %1 for these credentials (404)")
                                   .arg(m_session.settings.accountSid);
                done(p);
                return;
            }
            const auto account = parseAccount(response.body);
            if (!account) {
                done(Session::badAnswer(tr("checking the account"), account.errorMessage()));
                return;
            }
            if (!account->status.isEmpty() && account->status != QLatin1String("active")) {
                Problem p;
                p.kind = Problem::Kind::Refused;
                p.detail = tr("The Twilio account is %1, not active").arg(account->status);
                done(p);
                return;
            }
            m_accountName = account->friendlyName;
            const QUrl numbers
                = m_session.endpoints.incomingNumbers(m_session.settings.phoneNumber);
            m_session.http->get(numbers, [this, done](const net::HttpResponse &answer) {
                if (!answer.isSuccess()) {
                    done(Session::problemOf(answer, tr("checking the business number")));
                    return;
                }
                const auto count = parseIncomingNumberCount(answer.body);
                if (!count) {
                    done(Session::badAnswer(tr("checking the business number"),
                                            count.errorMessage()));
                    return;
                }
                if (count.value() == 0) {
                    Problem p;
                    p.kind = Problem::Kind::Refused;
                    p.detail = tr("the number %1 is not on this Twilio account")
                                   .arg(m_session.settings.phoneNumber);
                    done(p);
                    return;
                }
                done(std::nullopt);
            });
        });
}

void TwilioPoller::passDone(const std::optional<Problem> &problem)
{
    m_busy = false;
    if (!m_session.running)
        return;
    if (!problem) {
        m_backoff.reset();
        const QString every
            = QLocale().toString(m_session.settings.pollIntervalMs / 1000.0, 'g', 4);
        m_session.setState(
            ConnectionState::Polling,
            m_accountName.isEmpty()
                ? tr("Connected to Twilio; checking every %1 s").arg(every)
                : tr("Connected to Twilio (%1); checking every %2 s").arg(m_accountName, every));
        m_timer.start(m_session.settings.pollIntervalMs);
        return;
    }
    if (problem->kind == Problem::Kind::Auth)
        m_verified = false; // check the credentials again before polling
    const qint64 wait = std::min<qint64>(
        std::max(m_backoff.next(problem->retryAfterMs), qint64(m_session.settings.pollIntervalMs)),
        std::max<qint64>(kMaxBackoffMs, problem->retryAfterMs));
    qCWarning(lcTwilio).noquote() << problem->detail << "- next try in" << wait << "ms";
    m_session.setState(problem->state(), problem->detail);
    m_timer.start(int(std::min<qint64>(wait, 24LL * 3600 * 1000)));
}

} // namespace ringback::twilio
