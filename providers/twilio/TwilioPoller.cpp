#include "TwilioPoller.h"

#include <QLocale>

namespace ringback::twilio {

TwilioPoller::TwilioPoller(Session &session, TwilioSender &sender, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_sender(sender)
    , m_calls(session, this)
    , m_messages(session, this)
    , m_loop(session, lcTwilio())
{}

void TwilioPoller::start()
{
    m_loop.start({[this](Done done) { verify(std::move(done)); },
                  {[this](Done next) { m_calls.poll(std::move(next)); },
                   [this](Done next) { m_messages.poll(std::move(next)); },
                   [this](Done next) {
                       m_sender.pollStatuses(std::move(next));
                   }},
                  [] { return tr("Checking the Twilio account…"); },
                  [this] {
                      return healthy();
                  }},
                 m_session.settings.pollIntervalMs);
}

void TwilioPoller::stop()
{
    m_loop.stop();
}

void TwilioPoller::verify(Done done)
{
    m_session.http->get(
        m_session.endpoints.account(), [this, done](const net::HttpResponse &response) {
            if (!response.isSuccess()) {
                Problem p = m_session.problemOf(response, tr("checking the account"));
                if (response.failure == net::HttpResponse::Failure::None && response.status == 404)
                    p.detail = tr("Twilio has no account %1 for these credentials (404)")
                                   .arg(m_session.settings.accountSid);
                done(p);
                return;
            }
            const auto account = parseAccount(response.body);
            if (!account) {
                done(m_session.badAnswer(tr("checking the account"), account.errorMessage()));
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
                    done(m_session.problemOf(answer, tr("checking the business number")));
                    return;
                }
                const auto count = parseIncomingNumberCount(answer.body);
                if (!count) {
                    done(m_session.badAnswer(tr("checking the business number"),
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

QString TwilioPoller::healthy() const
{
    const QString every = QLocale().toString(m_session.settings.pollIntervalMs / 1000.0, 'g', 4);
    return m_accountName.isEmpty()
               ? tr("Connected to Twilio; checking every %1 s").arg(every)
               : tr("Connected to Twilio (%1); checking every %2 s").arg(m_accountName, every);
}

} // namespace ringback::twilio
